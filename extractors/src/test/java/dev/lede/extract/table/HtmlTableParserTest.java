package dev.lede.extract.table;

import dev.lede.extract.money.MoneyExtractor;
import dev.lede.model.DataTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlTableParserTest {
    private final HtmlTableParser parser = new HtmlTableParser();

    private DataTable first(String html) {
        Document doc = Jsoup.parse(html);
        return parser.parse(doc.selectFirst("table"));
    }

    @Test
    void theadTbodyAndCaption() {
        DataTable t = first("<table><caption>Valuations</caption><thead><tr><th>Lab</th><th>Value</th></tr></thead>"
                + "<tbody><tr><td><a href=x>Northwind</a> <b>AI</b></td><td>$80B<br>(2024)</td></tr></tbody></table>");
        assertEquals("Valuations", t.caption());
        assertEquals(List.of("Lab", "Value"), t.header());
        assertEquals(List.of(List.of("Northwind AI", "$80B (2024)")), t.rows());
        assertEquals("html", t.source());
    }

    @Test
    void colspanAndRowspanFillTheGrid() {
        DataTable t = first("""
                <table>
                <thead><tr><th rowspan=2>Lab</th><th colspan=2>Funding</th></tr>
                <tr><th>2024</th><th>2025</th></tr></thead>
                <tbody>
                <tr><td>Northwind</td><td colspan=2>$1B</td></tr>
                <tr><td rowspan=2>Contoso</td><td>$2B</td><td>$3B</td></tr>
                <tr><td>$4B</td><td>$5B</td></tr>
                </tbody></table>""");
        assertEquals(List.of("Lab", "Funding 2024", "Funding 2025"), t.header());
        assertEquals(List.of(List.of("Northwind", "$1B", "$1B"), List.of("Contoso", "$2B", "$3B"),
                List.of("Contoso", "$4B", "$5B")), t.rows());
    }

    @Test
    void headerFromThRowsOrFromALabelRowOverFigures() {
        assertEquals(List.of("A", "B"), first("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>").header());
        DataTable t = first("<table><tr><td>Model</td><td>Cost</td></tr><tr><td>GPT-4</td><td>$100M</td></tr></table>");
        assertEquals(List.of("Model", "Cost"), t.header());
        assertEquals(1, t.rows().size());
        assertEquals(List.of(), first("<table><tr><td>x</td><td>y</td></tr><tr><td>z</td><td>w</td></tr></table>").header());
    }

    @Test
    void nestedTablesStayOutOfTheirCell() {
        DataTable t = first("<table><tr><th>A</th><th>B</th></tr><tr><td>outer<table><tr><td>inner</td></tr></table></td>"
                + "<td>2</td></tr></table>");
        assertEquals(List.of(List.of("outer", "2")), t.rows());
    }

    @Test
    void takeawayParagraphAfterTheTable() {
        Document doc = Jsoup.parse("<table><tr><th>A</th><th>B</th></tr><tr><td>1</td><td>2</td></tr></table>"
                + "<p>Data Takeaway: B grows.</p>");
        assertEquals("Data Takeaway: B grows.", parser.parse(doc.selectFirst("table")).caption());
    }

    @Test
    void hostileSpansAreCapped() {
        DataTable t = first("<table><tr><th colspan=999999>A</th></tr><tr><td rowspan=999999>1</td></tr></table>");
        assertTrue(t.header().size() <= HtmlTableParser.MAX_COLUMNS);
    }

    @Test
    void placedInTheBodyWhereItsTextStands() {
        DataTable html = first("""
                <table><thead><tr><th>Lab</th><th colspan=2>Funding</th></tr></thead>
                <tbody><tr><td>Northwind</td><td>$2B</td><td>$3B</td></tr></tbody></table>""");
        String body = "Intro text.\n\nLab | Funding\nNorthwind | $2B | $3B\n\nData Takeaway: money flows.";
        BodyTables tables = new BodyTables(new MarkdownTableParser(), new CellTypes(new MoneyExtractor()));
        DataTable placed = tables.find(body, List.of(html), "en").get(0);
        assertEquals("Lab | Funding\nNorthwind | $2B | $3B", body.substring(placed.start(), placed.end()));
        assertEquals("Data Takeaway: money flows.", placed.caption());
        assertEquals("money", placed.cells().get(0).get(2).type());
    }
}

package dev.lede.extract.table;

import dev.lede.model.DataTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Properties of the table readers: generated tables round-trip, any input yields well-formed tables. */
class TablePropertiesTest {
    private final MarkdownTableParser markdown = new MarkdownTableParser();
    private final HtmlTableParser html = new HtmlTableParser();

    record Generated(List<String> header, List<List<String>> rows, String text) {
    }

    private static Arbitrary<String> cell() {
        return Arbitraries.strings().withChars("abcXYZ019 $€.,%-()").ofMaxLength(12).map(String::strip)
                .map(s -> s.replaceAll("^-+$", "x").replaceAll("\\s+", " "));
    }

    @Provide
    Arbitrary<Generated> tables() {
        Arbitrary<Integer> width = Arbitraries.integers().between(1, 6);
        return width.flatMap(w -> Combinators.combine(
                // a header line without outer pipes must not open a list or another block ("- a | b", "1) x | y")
                cell().filter(s -> !s.isEmpty() && Character.isLetter(s.charAt(0))).list().ofSize(w),
                cell().list().ofSize(w).list().ofMaxSize(8),
                Arbitraries.of(true, false),
                Arbitraries.of("", "  ", " "),
                Arbitraries.of("---", ":--", "--:", ":-:")).as((header, rows, pipes, indent, delimiter) -> {
            StringBuilder sb = new StringBuilder("Some text before the table.\n");
            sb.append(indent).append(line(header, pipes)).append('\n');
            sb.append(indent).append(line(header.stream().map(h -> delimiter).toList(), pipes)).append('\n');
            for (List<String> r : rows) {
                sb.append(indent).append(line(r, true)).append('\n');
            }
            sb.append("\nData Takeaway: a caption.");
            return new Generated(header, rows, sb.toString());
        }));
    }

    private static String line(List<String> cells, boolean outerPipes) {
        String inner = String.join(" | ", cells);
        return outerPipes ? "| " + inner + " |" : (cells.size() == 1 ? "| " + inner + " |" : inner);
    }

    @Property(tries = 400)
    void generatedTablesRoundTrip(@ForAll("tables") Generated g) {
        List<DataTable> tables = markdown.parse(g.text());
        assertEquals(1, tables.size(), g::text);
        DataTable t = tables.get(0);
        assertEquals(g.header(), t.header(), g::text);
        assertEquals(g.rows(), t.rows(), g::text);
        assertEquals("Data Takeaway: a caption.", t.caption());
        String source = g.text().substring(t.start(), t.end());
        assertTrue(source.startsWith("|") || source.startsWith(g.header().get(0)), source);
        assertEquals(g.rows().size() + 2, source.split("\n").length, source);
    }

    @Provide
    Arbitrary<String> pipey() {
        return Arbitraries.of("|", "||", "-", "---", ":", " ", "\n", "\\", "`", "*", "a", "1", "$5", "<br>", "\n\n", ">", "#")
                .list().ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 800)
    void anyTextYieldsWellFormedTables(@ForAll("pipey") String text) {
        for (DataTable t : markdown.parse(text)) {
            assertTrue(t.start() >= 0 && t.start() < t.end() && t.end() <= text.length(), t::toString);
            for (List<String> row : t.rows()) {
                assertEquals(t.header().size(), row.size(), "GFM rows are as wide as the header");
            }
            assertEquals(t.rows().size(), t.cells().size());
        }
        markdown.parseMarkdown(text);
    }

    @Provide
    Arbitrary<String> htmlish() {
        return Arbitraries.of("<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th>", "<thead>", "</thead>",
                "<td colspan=3>", "<td rowspan=2>", "<th colspan=999999>", "<td rowspan=-1>", "x", "$5M", " ", "<br>",
                "<caption>c</caption>", "<tbody>")
                .list().ofMaxSize(60).map(l -> "<table>" + String.join("", l) + "</table>");
    }

    @Property(tries = 500)
    void anyHtmlTableYieldsRectangularRows(@ForAll("htmlish") String source) {
        List<Element> found = new ArrayList<>(Jsoup.parse(source).select("table"));
        for (Element table : found) {
            DataTable t = html.parse(table);
            int width = t.rows().isEmpty() ? t.header().size() : t.rows().get(0).size();
            for (List<String> row : t.rows()) {
                assertEquals(width, row.size());
                assertTrue(row.size() <= HtmlTableParser.MAX_COLUMNS);
            }
        }
    }
}

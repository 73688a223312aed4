package dev.lede.extract.table;

import dev.lede.model.DataTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTableParserTest {
    private final MarkdownTableParser parser = new MarkdownTableParser();

    @Test
    void tableInsideAParagraphWithTakeawayCaption() {
        String body = "The cash-out is spread unevenly across the labs.\n\n"
                + "Het overzicht per bedrijf:\n"
                + "| Company | Valuation | Cash-Out |\n"
                + "|---|---|---|\n"
                + "| OpenAI | $80B (2024) | $2.5B |\n"
                + "| Cohere | $5B (2024) | $500M |\n"
                + "| Other | — | $1.6B |\n\n"
                + "Data Takeaway: the top labs take most of it.\n\nNext paragraph.";
        List<DataTable> tables = parser.parse(body);
        assertEquals(1, tables.size());
        DataTable t = tables.get(0);
        assertEquals(List.of("Company", "Valuation", "Cash-Out"), t.header());
        assertEquals(List.of(List.of("OpenAI", "$80B (2024)", "$2.5B"), List.of("Cohere", "$5B (2024)", "$500M"),
                List.of("Other", "—", "$1.6B")), t.rows());
        assertEquals("Data Takeaway: the top labs take most of it.", t.caption());
        assertEquals("markdown", t.source());
        assertTrue(body.substring(t.start(), t.end()).startsWith("| Company"));
        assertTrue(body.substring(t.start(), t.end()).endsWith("| Other | — | $1.6B |"));
    }

    @Test
    void takeawayOnTheNextLineIsNotARow() {
        String body = "| A | B |\n|---|---|\n| 1 | 2 |\nData Takeaway: rising.";
        DataTable t = parser.parse(body).get(0);
        assertEquals(List.of(List.of("1", "2")), t.rows());
        assertEquals("Data Takeaway: rising.", t.caption());
    }

    @Test
    void leadInLineOrHeadingBecomesCaptionWhenNoTakeaway() {
        String body = "Technical Deep Dive\n\nTabel 1: kosten per model\n| Model | Kosten |\n|:--|--:|\n| GPT-4 | $100M+ |";
        DataTable t = parser.parse(body).get(0);
        assertEquals("Tabel 1: kosten per model", t.caption());
        assertEquals(java.util.Arrays.asList("left", "right"), t.align());

        String headed = "Key Players\n\n| Model | Kosten |\n|---|---|\n| GPT-4 | $100M+ |";
        assertEquals("Key Players", parser.parse(headed).get(0).caption());
    }

    @Test
    void severalTablesInOneBlockWithoutOuterPipesEscapesAndMarkup() {
        String body = "First:\n"
                + "Name | Score\n"
                + "--- | ---\n"
                + "**Claude** | `92.0%`\n"
                + "a \\| b | [link](http://x) <br> more\n"
                + "Then the second one.\n"
                + "| X |\n"
                + "| - |\n"
                + "| y |";
        List<DataTable> tables = parser.parse(body);
        assertEquals(2, tables.size());
        assertEquals(List.of(List.of("Claude", "92.0%"), List.of("a | b", "link more")), tables.get(0).rows());
        assertEquals(List.of(List.of("y")), tables.get(1).rows());
    }

    @Test
    void raggedRowsArePaddedOrCut() {
        DataTable t = parser.parse("| a | b |\n|---|---|\n| 1 |\n| 1 | 2 | 3 |").get(0);
        assertEquals(List.of(List.of("1", ""), List.of("1", "2")), t.rows());
    }

    @Test
    void htmlTableTextWithoutDelimiterRowIsNoMarkdownTable() {
        assertEquals(List.of(), parser.parse("Company | Valuation\nOpenAI | $80B\nCohere | $5B"));
        assertEquals(List.of(), parser.parse("a | b\nno delimiter here\n|---|---|"));
    }

    @Test
    void indentedTableLinesAreStillATable() {
        assertEquals(1, parser.parse("    | a | b |\n    |---|---|\n    | 1 | 2 |").size());
    }
}

package dev.lede.extract.html;

import dev.lede.extract.table.HtmlTableParser;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells data tables from layout tables and writes a data table as body text: one line per row, cells joined
 * by {@code " | "}, no leading or trailing pipe and no delimiter row (so the markdown table parser does not
 * find the table a second time).
 */
final class TableReader {
    /** A cell longer than this holds running text, not data: the table is there for layout. */
    private static final int MAX_DATA_CELL_CHARS = 1200;
    /** Parsed once: jsoup parses a selector string again on every is() call. */
    private static final Evaluator CELL = QueryParser.parse("td, th");

    /** Whether {@code table} holds data (rows and columns) rather than laying out the page. */
    boolean isDataTable(Element table) {
        if ("presentation".equalsIgnoreCase(table.attr("role")) || "none".equalsIgnoreCase(table.attr("role"))) {
            return false;
        }
        if (table.getElementsByTag("table").size() > 1) {
            return false;
        }
        int maxCells = 0;
        int rows = 0;
        for (Element tr : HtmlTableParser.rows(table)) {
            int cells = 0;
            for (Element cell : tr.children()) {
                if (cell.is(CELL)) {
                    cells++;
                    if (cell.getElementsByTag("p").size() > 2 || cell.text().length() > MAX_DATA_CELL_CHARS) {
                        return false;
                    }
                }
            }
            maxCells = Math.max(maxCells, cells);
            rows++;
        }
        return rows >= 1 && maxCells >= 2;
    }

    /** One line per row, cells joined by {@code " | "}; empty rows left out. */
    String rowsText(Element table) {
        StringBuilder out = new StringBuilder();
        for (Element tr : HtmlTableParser.rows(table)) {
            StringBuilder line = new StringBuilder();
            boolean any = false;
            for (Element cell : tr.children()) {
                if (!cell.is(CELL)) {
                    continue;
                }
                String text = cell.text().replace('\u00a0', ' ').strip();
                if (line.length() > 0 || any) {
                    line.append(" | ");
                }
                line.append(text);
                any = true;
            }
            if (any && !line.toString().replace("|", "").isBlank()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(line.toString().strip());
            }
        }
        return out.toString();
    }

    /** Non-whitespace characters of the table that sit inside links. */
    int linkChars(Element table) {
        int n = 0;
        for (Element a : table.getElementsByTag("a")) {
            n += BlockSplitter.nonSpace(a.text());
        }
        return n;
    }
}

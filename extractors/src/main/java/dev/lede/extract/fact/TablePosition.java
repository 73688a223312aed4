package dev.lede.extract.fact;

import dev.lede.extract.table.BodyTables;
import dev.lede.model.DataTable;

import java.util.List;

/**
 * Which row and column of a table an offset in the body falls in, read from the table's text: one line
 * per row, cells between pipes (a markdown table has its delimiter row second; an HTML table's text has
 * none).
 */
final class TablePosition {
    private TablePosition() {
    }

    /** A body row (from 0) and column (from 0). */
    record Cell(int row, int column) {
    }

    /** Where {@code offset} falls in {@code table}, or null when outside it, in its header or delimiter row. */
    static Cell of(String body, DataTable table, int offset) {
        if (table.start() < 0 || offset < table.start() || offset >= table.end() || table.end() > body.length()) {
            return null;
        }
        int line = 0;
        int lineStart = table.start();
        for (int i = table.start(); i < offset; i++) {
            if (body.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        if (!"markdown".equals(table.source())) {
            return htmlCell(body, table, line, lineStart, offset);
        }
        int row = line - 2; // header, delimiter row
        if (row < 0 || row >= table.rows().size()) {
            return null;
        }
        int pipes = 0;
        boolean leading = true;
        boolean leadingPipe = false;
        for (int i = lineStart; i < offset; i++) {
            char c = body.charAt(i);
            if (c == '|' && (i == lineStart || body.charAt(i - 1) != '\\')) {
                if (leading) {
                    leadingPipe = true;
                }
                pipes++;
            }
            if (!Character.isWhitespace(c)) {
                leading = false;
            }
        }
        int column = leadingPipe ? pipes - 1 : pipes;
        return column >= 0 ? new Cell(row, column) : null;
    }

    /**
     * An HTML table's text has a line per row but no delimiter row, may merge header rows and writes a
     * spanning cell once: find the row whose cells read like the line, nearest to the line's position.
     */
    private static Cell htmlCell(String body, DataTable table, int line, int lineStart, int offset) {
        int lineEnd = body.indexOf('\n', lineStart);
        if (lineEnd < 0 || lineEnd > table.end()) {
            lineEnd = table.end();
        }
        List<String> cells = BodyTables.cells(body, lineStart, lineEnd);
        int best = -1;
        for (int r = 0; r < table.rows().size(); r++) {
            if (BodyTables.collapse(table.rows().get(r)).equals(cells)
                    && (best < 0 || Math.abs(r + 1 - line) < Math.abs(best + 1 - line))) {
                best = r;
            }
        }
        if (best < 0) {
            return null;
        }
        int group = 0;
        for (int i = lineStart; i < offset; i++) {
            if (body.charAt(i) == '|') {
                group++;
            }
        }
        List<String> row = table.rows().get(best);
        int g = 0;
        for (int c = 0; c < row.size(); c++) {
            if (c > 0 && !(row.get(c).strip().equals(row.get(c - 1).strip()) && !row.get(c).isBlank())) {
                g++;
            }
            if (g == group) {
                return new Cell(best, c);
            }
        }
        return new Cell(best, -1);
    }
}

package dev.lede.extract.fact;

import dev.lede.model.DataTable;

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
        int firstRow = "markdown".equals(table.source()) ? 2 : table.header().isEmpty() ? 0 : 1;
        int row = line - firstRow;
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
}

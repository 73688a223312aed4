package dev.lede.model;

import java.util.List;

/**
 * A data table in the article body.
 *
 * @param caption the heading or "Data Takeaway"-style paragraph that explains it, or empty
 * @param header  the header cells
 * @param rows    the body rows, cell text as rendered (inline markup dropped); every row as wide as the
 *                header (GFM pads short rows with empty cells and drops the excess of long ones)
 * @param source  {@code markdown} or {@code html}
 * @param align   per column {@code left}, {@code center}, {@code right}, or null where the table says nothing
 * @param cells   the body rows again, each cell typed (money, percent, number, text, empty) with its value
 * @param start   offset of the table's text in the body, or -1 where it is not found there
 * @param end     end offset (exclusive), or -1
 */
public record DataTable(String caption, List<String> header, List<List<String>> rows, String source,
                        List<String> align, List<List<TableCell>> cells, int start, int end) {
    public DataTable {
        caption = caption == null ? "" : caption;
        header = header == null ? List.of() : List.copyOf(header);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
        align = align == null ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(align));
        cells = cells == null || cells.isEmpty()
                ? rows.stream().map(r -> r.stream().map(TableCell::text).toList()).toList()
                : cells.stream().map(List::copyOf).toList();
    }

    /** A table whose cells are not typed and whose place in the body is unknown. */
    public DataTable(String caption, List<String> header, List<List<String>> rows, String source) {
        this(caption, header, rows, source, null, null, -1, -1);
    }

    /** This table with another caption. */
    public DataTable withCaption(String newCaption) {
        return new DataTable(newCaption, header, rows, source, align, cells, start, end);
    }

    /** This table with typed cells. */
    public DataTable withCells(List<List<TableCell>> typed) {
        return new DataTable(caption, header, rows, source, align, typed, start, end);
    }

    /** This table at {@code [newStart, newEnd)} of the body. */
    public DataTable at(int newStart, int newEnd) {
        return new DataTable(caption, header, rows, source, align, cells, newStart, newEnd);
    }
}

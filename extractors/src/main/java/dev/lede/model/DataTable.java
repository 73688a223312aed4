package dev.lede.model;

import java.util.List;

/**
 * A data table in the article body.
 *
 * @param caption the heading or "Data Takeaway"-style paragraph that explains it, or empty
 * @param header  the header cells
 * @param rows    the body rows, cell text as rendered (inline markup dropped)
 * @param source  {@code markdown} or {@code html}
 */
public record DataTable(String caption, List<String> header, List<List<String>> rows, String source) {
    public DataTable {
        caption = caption == null ? "" : caption;
        header = header == null ? List.of() : List.copyOf(header);
        rows = rows == null ? List.of() : rows.stream().map(List::copyOf).toList();
    }
}

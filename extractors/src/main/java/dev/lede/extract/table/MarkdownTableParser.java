package dev.lede.extract.table;

import dev.lede.model.DataTable;

import java.util.List;

/**
 * Finds GitHub-flavoured markdown pipe tables inside plain text (they arrive inside paragraphs) and reads
 * them into header and rows; a "Data Takeaway"-style paragraph right after a table becomes its caption.
 */
public final class MarkdownTableParser {

    /** Every table in {@code text}, in order. */
    public List<DataTable> parse(String text) {
        // TODO(tables helper)
        return List.of();
    }
}

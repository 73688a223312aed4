package dev.lede.extract.table;

import dev.lede.model.DataTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * All the tables of an article body: the markdown pipe tables inside its text, and the HTML tables the
 * HTML stage found, placed where their text stands in the body (one " | "-joined line per row) so that
 * both kinds get offsets, a caption from the text next to them, and typed cells. Thread-safe.
 */
public final class BodyTables {
    private final MarkdownTableParser markdown;
    private final CellTypes types;
    private final TableCaptions captions = new TableCaptions();

    public BodyTables(MarkdownTableParser markdown, CellTypes types) {
        this.markdown = markdown;
        this.types = types;
    }

    /**
     * @param body       the article body
     * @param htmlTables tables the HTML stage read from the page's {@code <table>} elements
     * @param language   language of the body, deciding ambiguous decimal separators in cells
     */
    public List<DataTable> find(String body, List<DataTable> htmlTables, String language) {
        return find(body, htmlTables, (start, end) -> language);
    }

    /** The language of the text at {@code [start, end)} of the body. */
    @FunctionalInterface
    public interface LanguageAt {
        String of(int start, int end);
    }

    /**
     * @param body       the article body
     * @param htmlTables tables the HTML stage read from the page's {@code <table>} elements
     * @param languageAt the language of a stretch of the body, deciding ambiguous decimal separators in cells
     */
    public List<DataTable> find(String body, List<DataTable> htmlTables, LanguageAt languageAt) {
        List<DataTable> all = new ArrayList<>(markdown.parse(body));
        int from = 0;
        for (DataTable html : htmlTables) {
            int[] at = locate(body, html, from);
            if (at != null) {
                from = at[1];
                all.add(html.at(at[0], at[1]));
            } else {
                all.add(html);
            }
        }
        all.sort(Comparator.comparingInt(t -> t.start() < 0 ? Integer.MAX_VALUE : t.start()));
        List<DataTable> captioned = captions.attach(body, all);
        List<DataTable> typed = new ArrayList<>(captioned.size());
        for (DataTable t : captioned) {
            typed.add(types.type(t, languageAt.of(Math.max(0, t.start()), Math.max(0, t.end()))));
        }
        return typed;
    }

    /** Where an HTML table's text stands in the body: its first row line through its last, or null. */
    static int[] locate(String body, DataTable table, int from) {
        List<String> lines = new ArrayList<>();
        if (!table.header().isEmpty()) {
            lines.add(String.join(" | ", table.header()));
        }
        for (List<String> row : table.rows()) {
            lines.add(String.join(" | ", row));
        }
        if (lines.isEmpty() || lines.get(0).isBlank()) {
            return null;
        }
        String first = lines.get(0);
        int tries = 0;
        for (int at = body.indexOf(first, from); at >= 0 && tries++ < 20; at = body.indexOf(first, at + 1)) {
            if (at > 0 && body.charAt(at - 1) != '\n') {
                continue;
            }
            int end = at + first.length();
            String lastLine = lines.get(lines.size() - 1);
            int last = lines.size() == 1 ? at : body.indexOf(lastLine, end);
            if (last >= 0) {
                int lastEnd = last + lastLine.length();
                int blank = body.indexOf("\n\n", at);
                if (blank < 0 || blank >= lastEnd) {
                    return new int[] {at, lastEnd};
                }
            }
        }
        return null;
    }
}

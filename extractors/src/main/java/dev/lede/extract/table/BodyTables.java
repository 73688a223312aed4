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

    /**
     * Where an HTML table's text stands in the body: the line that reads like its first row (cells joined
     * by " | ", a spanning cell written once) through the end of that block, or null.
     */
    static int[] locate(String body, DataTable table, int from) {
        List<String> first = !table.header().isEmpty() ? table.header()
                : table.rows().isEmpty() ? List.of() : table.rows().get(0);
        List<String> key = collapse(first);
        if (key.isEmpty() || key.stream().allMatch(String::isEmpty)) {
            return null;
        }
        int lineStart = from == 0 ? 0 : body.indexOf('\n', from - 1) + 1;
        while (lineStart < body.length()) {
            int lineEnd = body.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = body.length();
            }
            if (lineEnd - lineStart < 10_000 && key.equals(cells(body, lineStart, lineEnd))) {
                int end = lineEnd;
                while (end < body.length() && body.charAt(end) == '\n' && end + 1 < body.length()
                        && body.charAt(end + 1) != '\n' && lineHasPipe(body, end + 1)) {
                    int next = body.indexOf('\n', end + 1);
                    end = next < 0 ? body.length() : next;
                }
                return new int[] {lineStart, end};
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static boolean lineHasPipe(String body, int from) {
        for (int i = from; i < body.length() && body.charAt(i) != '\n'; i++) {
            if (body.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** The cells of a " | "-joined line, stripped, with a repeated neighbour written once. */
    public static List<String> cells(String body, int from, int to) {
        List<String> out = new ArrayList<>();
        int s = from;
        for (int i = from; i <= to; i++) {
            if (i == to || body.charAt(i) == '|') {
                out.add(body.substring(s, i).strip());
                s = i + 1;
            }
        }
        return collapse(out);
    }

    /** Cells with consecutive equal cells written once, as a spanning cell stands in a row's text. */
    public static List<String> collapse(List<String> cells) {
        List<String> out = new ArrayList<>(cells.size());
        for (String c : cells) {
            String t = c.strip();
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t) || t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }
}

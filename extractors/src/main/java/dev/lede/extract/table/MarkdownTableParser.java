package dev.lede.extract.table;

import dev.lede.model.DataTable;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds GitHub-flavoured markdown pipe tables inside plain text (they arrive inside paragraphs) and reads
 * them into header and rows; a "Data Takeaway"-style paragraph next to a table becomes its caption.
 *
 * <p>The table rules are GFM's "Tables (extension)", implemented by commonmark-java's GFM tables
 * extension: header row, delimiter row with alignment, escaped pipes, inline markup, rows padded or cut
 * to the header's width. In article text ({@link #parse}) two things differ on purpose, because the text
 * is not a markdown document: only lines that carry a pipe are table lines (GFM would make a following
 * sentence such as "Data Takeaway: ..." into one more row), and leading indentation is ignored (it is
 * layout, not an indented code block). {@link #parseMarkdown} applies GFM to a markdown document as is.
 *
 * <p>Thread-safe: commonmark's parser is immutable and shareable.
 */
public final class MarkdownTableParser {
    /** Wider tables are not data tables; refusing them keeps a megabyte of pipes from padding a million rows. */
    static final int MAX_COLUMNS = 200;

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private final TableCaptions captions = new TableCaptions();

    /** Every table in article text {@code text}, in order, with offsets into it and captions. */
    public List<DataTable> parse(String text) {
        List<DataTable> tables = new ArrayList<>();
        int lineStart = 0;
        int runStart = -1;
        int runLines = 0;
        boolean runHasDelimiter = false;
        int n = text.length();
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            boolean pipe = hasPipe(text, lineStart, lineEnd);
            if (pipe) {
                if (runStart < 0) {
                    runStart = lineStart;
                    runLines = 0;
                    runHasDelimiter = false;
                }
                runLines++;
                runHasDelimiter |= runLines > 1 && isDelimiterRow(text, lineStart, lineEnd);
            }
            if (!pipe || lineEnd == n) {
                if (runStart >= 0 && runHasDelimiter) {
                    int runEnd = pipe ? lineEnd : lineStart - 1;
                    readRun(text, runStart, runEnd, tables);
                }
                runStart = -1;
            }
            lineStart = lineEnd + 1;
        }
        return captions.attach(text, tables);
    }

    /** Every table of a markdown document, by the GFM rules exactly (offsets refer to {@code markdown}). */
    public List<DataTable> parseMarkdown(String markdown) {
        List<DataTable> tables = new ArrayList<>();
        if (!tooWide(markdown, 0, markdown.length())) {
            read(parser.parse(markdown), null, markdown.length(), tables);
        }
        return tables;
    }

    /** Parses the pipe lines {@code text[from, to)} with indentation removed, offsets mapped back. */
    private void readRun(String text, int from, int to, List<DataTable> out) {
        if (tooWide(text, from, to)) {
            return;
        }
        StringBuilder md = new StringBuilder(to - from + 1);
        int[] map = new int[to - from + 2];
        int i = from;
        while (i < to) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0 || lineEnd > to) {
                lineEnd = to;
            }
            int s = i;
            while (s < lineEnd && (text.charAt(s) == ' ' || text.charAt(s) == '\t' || text.charAt(s) == '\u00a0')) {
                s++;
            }
            for (int j = s; j < lineEnd; j++) {
                map[md.length()] = j;
                md.append(text.charAt(j) == '\r' ? ' ' : text.charAt(j));
            }
            map[md.length()] = lineEnd;
            md.append('\n');
            i = lineEnd + 1;
        }
        map[md.length()] = to;
        read(parser.parse(md.toString()), map, md.length(), out);
    }

    private static void read(Node document, int[] map, int length, List<DataTable> out) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof TableBlock table) {
                out.add(table(table, map, length));
            }
        }
    }

    private static DataTable table(TableBlock block, int[] map, int length) {
        List<String> header = new ArrayList<>();
        List<String> align = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (!(row instanceof TableRow)) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        cells.add(CellText.of(c));
                        if (part instanceof TableHead) {
                            align.add(alignment(c.getAlignment()));
                        }
                    }
                }
                if (part instanceof TableHead) {
                    header.addAll(cells);
                } else if (part instanceof TableBody) {
                    rows.add(cells);
                }
            }
        }
        List<SourceSpan> spans = block.getSourceSpans();
        int start = -1;
        int end = -1;
        if (!spans.isEmpty()) {
            SourceSpan first = spans.get(0);
            SourceSpan last = spans.get(spans.size() - 1);
            int s = first.getInputIndex();
            int e = last.getInputIndex() + last.getLength();
            start = map == null ? s : map[Math.min(s, length)];
            end = map == null ? e : map[Math.max(0, Math.min(e, length) - 1)] + 1;
        }
        return new DataTable("", header, rows, "markdown", align, null, start, end);
    }

    private static String alignment(TableCell.Alignment a) {
        return a == null ? null : a.name().toLowerCase(Locale.ROOT);
    }

    private static boolean hasPipe(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** A GFM delimiter row: only pipes, dashes, colons and spaces, and at least one dash. */
    static boolean isDelimiterRow(String text, int from, int to) {
        boolean dash = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '-') {
                dash = true;
            } else if (c != '|' && c != ':' && c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return dash;
    }

    /** Whether some line of {@code text[from, to)} has more cells than any data table has columns. */
    private static boolean tooWide(String text, int from, int to) {
        int pipes = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                pipes = 0;
            } else if (c == '|' && ++pipes > MAX_COLUMNS) {
                return true;
            }
        }
        return false;
    }

    /** The text of a cell as rendered: code spans and text kept, markup dropped, line breaks as spaces. */
    static final class CellText {
        private CellText() {
        }

        static String of(Node cell) {
            StringBuilder sb = new StringBuilder();
            append(cell, sb, 0);
            return sb.toString().replaceAll("\\s+", " ").strip();
        }

        private static void append(Node node, StringBuilder sb, int depth) {
            for (Node n = node.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    sb.append(t.getLiteral());
                } else if (n instanceof Code c) {
                    sb.append(c.getLiteral());
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    sb.append(' ');
                } else if (n instanceof HtmlInline h) {
                    if (h.getLiteral().toLowerCase(Locale.ROOT).startsWith("<br")) {
                        sb.append(' ');
                    }
                } else if (depth < 50) {
                    append(n, sb, depth + 1);
                }
            }
        }
    }
}

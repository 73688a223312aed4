package dev.lede.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as safe HTML: every character of the article text is escaped, and the
 * only markup is {@code <mark>} around matches. A passage longer than {@link #WINDOW} characters (a
 * table or a run-on paragraph has no sentence breaks) is cut to a window around its first match, on
 * word boundaries, so that a snippet stays a snippet.
 */
final class SnippetFormatter extends PassageFormatter {
    static final int WINDOW = 240;
    private static final String ELLIPSIS = "…";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        for (Passage p : passages) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > WINDOW) {
                int firstMatch = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
                start = wordStart(content, Math.max(start, firstMatch - WINDOW / 3), p.getStartOffset());
                end = wordEnd(content, Math.min(end, start + WINDOW), p.getEndOffset());
            }
            while (end > start && Character.isWhitespace(content.charAt(end - 1))) {
                end--;
            }
            while (start < end && Character.isWhitespace(content.charAt(start))) {
                start++;
            }
            if (!html.isEmpty() || start > 0) {
                html.append(html.isEmpty() ? ELLIPSIS : " " + ELLIPSIS + " ");
            }
            int pos = start;
            for (int i = 0; i < p.getNumMatches(); i++) {
                int ms = p.getMatchStarts()[i];
                int me = p.getMatchEnds()[i];
                if (ms < pos || ms >= end) {
                    continue; // overlaps the previous match, or lies outside the window
                }
                escape(html, content, pos, ms);
                html.append("<mark>");
                escape(html, content, ms, Math.min(me, end));
                html.append("</mark>");
                pos = Math.min(me, end);
            }
            escape(html, content, pos, end);
            if (end < p.getEndOffset()) {
                html.append(ELLIPSIS);
            }
        }
        return html.toString().strip();
    }

    /** The first {@code max} characters of {@code text}, cut on a word boundary, escaped, no marks. */
    static String lead(String text, int max) {
        String t = text.strip();
        int end = t.length() <= max ? t.length() : wordEnd(t, max, t.length());
        StringBuilder html = new StringBuilder();
        escape(html, t, 0, end);
        if (end < t.length()) {
            html.append(ELLIPSIS);
        }
        return html.toString();
    }

    private static int wordStart(String s, int pos, int floor) {
        int i = pos;
        while (i > floor && !Character.isWhitespace(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static int wordEnd(String s, int pos, int ceiling) {
        int i = pos;
        int limit = Math.min(ceiling, pos + 40);
        while (i < limit && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * HTML-escapes {@code s[start, end)}, which makes it safe in element content and in quoted attributes.
     * A table inside the body is markdown (rows of {@code | cells |}): a snippet shows its cells as text,
     * separated by a middle dot, without the {@code | --- |} line under the header or escaped pipes.
     */
    static void escape(StringBuilder out, String s, int start, int end) {
        for (int i = start; i < end; i++) {
            if ((i == 0 || s.charAt(i - 1) == '\n') && isDelimiterRow(s, i, lineEnd(s, i, s.length()))) {
                i = lineEnd(s, i, end);
                continue;
            }
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case ' ', '\n', '\r', '\t' -> space(out);
                case '\\' -> {
                    if (i + 1 < end && s.charAt(i + 1) == '|') {
                        out.append('|');
                        i++;
                    } else {
                        out.append(c);
                    }
                }
                case '|' -> {
                    if (endsRow(s, i)) {
                        if (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                            out.setLength(out.length() - 1);
                        }
                        out.append(';');
                    } else if (!startsRow(s, i)) {
                        space(out);
                        out.append("\u00B7 ");
                    }
                }
                default -> out.append(c);
            }
        }
    }

    private static int lineEnd(String s, int from, int end) {
        int i = from;
        while (i < end && s.charAt(i) != '\n') {
            i++;
        }
        return i;
    }

    /** A markdown table's header delimiter: pipes, colons, spaces and at least three dashes, nothing else. */
    private static boolean isDelimiterRow(String s, int from, int to) {
        int dashes = 0;
        boolean pipe = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '-') {
                dashes++;
            } else if (c == '|') {
                pipe = true;
            } else if (c != ':' && c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return pipe && dashes >= 3;
    }

    /**
     * Whether the pipe at {@code i} opens its row (only blanks between the line's start and it). Looks at the
     * whole text, not the piece being escaped: a highlight can end or start right at a cell's pipe.
     */
    private static boolean startsRow(String s, int i) {
        int before = i - 1;
        while (before >= 0 && (s.charAt(before) == ' ' || s.charAt(before) == '\t')) {
            before--;
        }
        return before < 0 || s.charAt(before) == '\n';
    }

    /** Whether the pipe at {@code i} closes its row (only blanks between it and the line's end). */
    private static boolean endsRow(String s, int i) {
        int after = i + 1;
        while (after < s.length() && (s.charAt(after) == ' ' || s.charAt(after) == '\t' || s.charAt(after) == '\r')) {
            after++;
        }
        return after >= s.length() || s.charAt(after) == '\n';
    }

    /** One space, never two in a row: line breaks and table cells would otherwise leave runs of blanks. */
    private static void space(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
    }
}

package dev.lede.extract.table;

import dev.lede.model.DataTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Gives a table found in article text the caption next to it: a "Data Takeaway:"-style paragraph right
 * after it, or else a lead-in line ("Table 2: ...", "The figures:") or a heading right before it.
 */
final class TableCaptions {
    /** Words that make a short "Label:" at the start of a paragraph a caption label. */
    private static final Set<String> LABEL_WORDS = Set.of("takeaway", "takeaways", "insight", "insights",
            "conclusion", "conclusie", "lesson", "les", "note", "noot", "source", "bron", "analysis", "analyse",
            "inzicht", "kernpunt", "caption", "bottom", "data", "table", "tabel", "chart", "grafiek", "figure",
            "figuur", "lezing", "duiding");
    private static final int MAX_HEADING = 100;
    private static final int MAX_CAPTION = 2000;

    /** {@code tables} (in text order) with a caption where they had none and one is found next to them. */
    List<DataTable> attach(String text, List<DataTable> tables) {
        List<DataTable> out = new ArrayList<>(tables.size());
        for (int i = 0; i < tables.size(); i++) {
            DataTable t = tables.get(i);
            if (!t.caption().isEmpty() || t.start() < 0) {
                out.add(t);
                continue;
            }
            int limit = i + 1 < tables.size() && tables.get(i + 1).start() >= 0 ? tables.get(i + 1).start() : text.length();
            String caption = after(text, t.end(), limit);
            if (caption == null) {
                caption = before(text, t.start(), i > 0 ? Math.max(0, tables.get(i - 1).end()) : 0);
            }
            out.add(caption == null ? t : t.withCaption(caption));
        }
        return out;
    }

    /** A labelled paragraph starting on the first non-blank line after {@code end}. */
    private static String after(String text, int end, int limit) {
        int i = end;
        int newlines = 0;
        while (i < limit && Character.isWhitespace(text.charAt(i))) {
            if (text.charAt(i) == '\n') {
                newlines++;
            }
            i++;
        }
        if (i >= limit || newlines > 2) {
            return null;
        }
        int e = paragraphEnd(text, i, limit);
        String paragraph = text.substring(i, e).strip();
        return isLabelled(paragraph) ? paragraph : null;
    }

    /** A lead-in line or heading just before {@code start}. */
    private static String before(String text, int start, int floor) {
        int e = start;
        int newlines = 0;
        while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
            if (text.charAt(e - 1) == '\n') {
                newlines++;
            }
            e--;
        }
        if (e <= floor || newlines > 2) {
            return null;
        }
        int s = text.lastIndexOf('\n', e - 1) + 1;
        if (s < floor || e - s > MAX_CAPTION) {
            return null;
        }
        String line = text.substring(s, e).strip();
        if (line.isEmpty() || line.indexOf('|') >= 0) {
            return null;
        }
        boolean ownBlock = s <= floor || (s >= 2 && text.charAt(s - 1) == '\n' && text.charAt(s - 2) == '\n')
                || s == 0;
        if (line.endsWith(":") || isLabelled(line) || (newlines > 1 && ownBlock && isHeading(line))) {
            return line;
        }
        return null;
    }

    private static int paragraphEnd(String text, int from, int limit) {
        int i = from;
        while (i < limit && i - from < MAX_CAPTION) {
            int nl = text.indexOf('\n', i);
            if (nl < 0 || nl >= limit) {
                return limit;
            }
            int next = nl + 1;
            if (next >= limit || text.charAt(next) == '\n' || lineHasPipe(text, next, limit)) {
                return nl;
            }
            i = next;
        }
        return Math.min(limit, from + MAX_CAPTION);
    }

    private static boolean lineHasPipe(String text, int from, int limit) {
        for (int i = from; i < limit && text.charAt(i) != '\n'; i++) {
            if (text.charAt(i) == '|') {
                return true;
            }
        }
        return false;
    }

    /** "Data Takeaway: ...", "Tabel 2: ...", "Bron: ...": a short label with a caption word, then a colon. */
    static boolean isLabelled(String paragraph) {
        int colon = paragraph.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return false;
        }
        String label = paragraph.substring(0, colon).toLowerCase(Locale.ROOT);
        for (String word : label.split("[^\\p{L}]+")) {
            if (LABEL_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** A heading: one short line without the punctuation that ends a sentence. */
    private static boolean isHeading(String line) {
        if (line.length() > MAX_HEADING || line.indexOf('\n') >= 0) {
            return false;
        }
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ',' && last != ';' && Character.isUpperCase(line.codePointAt(0));
    }
}

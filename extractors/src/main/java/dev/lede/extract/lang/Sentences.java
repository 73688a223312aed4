package dev.lede.extract.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Sentence boundaries in English, Dutch and Chinese news text, good enough to quote the sentence an
 * amount stands in and to split a paragraph that changes language.
 *
 * <p>A sentence ends at a line break, at "。！？", or at ". ! ? …" followed by white space and a capital,
 * digit or quote, unless the word before the point is a known abbreviation ("Mr.", "dhr.", "ca.",
 * "mld."). Look-around is capped, so a sentence of a megabyte costs linear time, not quadratic.
 */
public final class Sentences {
    /** The farthest a sentence is followed from an offset; beyond it the sentence is cut. */
    static final int MAX_REACH = 500;

    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr",
            "vs", "e.g", "i.e", "etc", "inc", "ltd", "corp", "co", "no", "nr", "fig", "dhr", "mevr", "mw", "drs", "ir",
            "ing", "bijv", "o.a", "m.b.t", "ca", "mln", "mld", "mrd", "resp", "jan", "feb", "aug", "sept", "okt",
            "oct", "nov", "dec", "u.s", "approx", "est");

    private Sentences() {
    }

    /** Offsets {start, end} of the sentence around {@code [start, end)}, within {@code [from, to)}, trimmed. */
    public static int[] around(CharSequence text, int start, int end, int from, int to) {
        int s = start;
        int floor = Math.max(from, start - MAX_REACH);
        while (s > floor && !startsSentence(text, s, from)) {
            s--;
        }
        int e = end;
        int ceiling = Math.min(to, end + MAX_REACH);
        while (e < ceiling) {
            char c = text.charAt(e);
            if (c == '\n' || c == '\r') {
                break;
            }
            e++;
            if (isTerminal(c) && endsSentence(text, e, from, to)) {
                e = skipClosers(text, e, to);
                break;
            }
        }
        return trim(text, s, e);
    }

    /** The sentences of {@code text[from, to)} as {start, end} pairs, trimmed, empty ones left out. */
    public static List<int[]> split(CharSequence text, int from, int to) {
        List<int[]> out = new ArrayList<>();
        int s = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            int cut = -1;
            if (c == '\n' || c == '\r') {
                cut = i;
            } else if (isTerminal(c)) {
                if (endsSentence(text, i + 1, from, to)) {
                    cut = skipClosers(text, i + 1, to);
                }
            }
            if (cut >= 0) {
                add(out, text, s, cut);
                s = cut;
                i = Math.max(i, cut - 1);
            }
        }
        add(out, text, s, to);
        return out;
    }

    private static void add(List<int[]> out, CharSequence text, int s, int e) {
        int[] t = trim(text, s, e);
        if (t[1] > t[0]) {
            out.add(t);
        }
    }

    private static int[] trim(CharSequence text, int s, int e) {
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new int[] {s, e};
    }

    /** Whether a sentence starts at {@code p} (after skipping the white space before it). */
    static boolean startsSentence(CharSequence text, int p, int from) {
        if (p <= from) {
            return true;
        }
        char prev = text.charAt(p - 1);
        if (prev == '\n' || prev == '\r') {
            return true;
        }
        if (prev == '。' || prev == '！' || prev == '？') {
            return true;
        }
        if (!Character.isWhitespace(prev) || p >= text.length()) {
            return false;
        }
        char first = text.charAt(p);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || first == '"' || first == '“'
                || first == '‘' || first == '\'' || first == '(' || Character.isIdeographic(first))) {
            return false;
        }
        int q = p - 1;
        while (q > from && Character.isWhitespace(text.charAt(q)) && p - q < 4) {
            q--;
        }
        while (q > from && isCloser(text.charAt(q)) && p - q < 6) {
            q--;
        }
        char end = text.charAt(q);
        if (end == '!' || end == '?' || end == '…') {
            return true;
        }
        if (end != '.') {
            return false;
        }
        int w = q;
        while (w > from && q - w < 12 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
            w--;
        }
        String word = text.subSequence(w, q).toString().toLowerCase(Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) {
            return false; // an initial: "J. Smith"
        }
        return !ABBREVIATIONS.contains(word);
    }

    /** Whether the terminal mark just before {@code i} ends a sentence. */
    private static boolean endsSentence(CharSequence text, int i, int from, int to) {
        int j = skipClosers(text, i, to);
        int k = j;
        while (k < to && k - j < 4 && (text.charAt(k) == ' ' || text.charAt(k) == '\u00a0' || text.charAt(k) == '\t')) {
            k++;
        }
        if (k >= to || text.charAt(k) == '\n' || text.charAt(k) == '\r') {
            return true;
        }
        char prev = text.charAt(i - 1);
        if (k == j) {
            return prev == '。' || prev == '！' || prev == '？';
        }
        return startsSentence(text, k, from);
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。' || c == '！' || c == '？';
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    private static int skipClosers(CharSequence text, int i, int to) {
        int j = i;
        while (j < to && j - i < 4 && isCloser(text.charAt(j))) {
            j++;
        }
        return j;
    }
}

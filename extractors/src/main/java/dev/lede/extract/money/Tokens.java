package dev.lede.extract.money;

import java.util.Arrays;

/**
 * A flat, array-backed token stream over a stretch of text: numbers, words, currency symbols and single
 * punctuation characters, each with its offsets and the whitespace before it.
 *
 * <p>Arrays rather than objects because hostile input (a megabyte of pipes) makes a million tokens;
 * every step is a single left-to-right pass, so tokenising is linear in the input.
 */
final class Tokens {
    static final byte NUM = 1;
    static final byte WORD = 2;
    static final byte SYM = 3;
    static final byte PUNCT = 4;

    private final CharSequence text;
    private byte[] kinds = new byte[64];
    private int[] starts = new int[64];
    private int[] ends = new int[64];
    /** Bit 0: a line break in the whitespace before the token; bits 1..: number of whitespace chars (capped). */
    private int[] before = new int[64];
    private int size;

    private Tokens(CharSequence text) {
        this.text = text;
    }

    static Tokens of(CharSequence text, int from, int to) {
        Tokens t = new Tokens(text);
        int i = from;
        int ws = 0;
        boolean newline = false;
        while (i < to) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                ws++;
                newline |= c == '\n' || c == '\r';
                i++;
                continue;
            }
            int start = i;
            byte kind;
            if (isDigit(c)) {
                i++;
                while (i < to) {
                    char d = text.charAt(i);
                    if (isDigit(d)) {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < to && isDigit(text.charAt(i + 1))) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                kind = NUM;
            } else if (Character.isLetter(c)) {
                i++;
                while (i < to && (Character.isLetterOrDigit(text.charAt(i)))) {
                    i++;
                }
                kind = WORD;
            } else if (Currencies.isSymbol(c)) {
                i++;
                kind = SYM;
            } else {
                i += Character.isHighSurrogate(c) && i + 1 < to ? 2 : 1;
                kind = PUNCT;
            }
            t.add(kind, start, i, Math.min(ws, 1000), newline);
            ws = 0;
            newline = false;
        }
        return t;
    }

    private void add(byte kind, int start, int end, int ws, boolean newline) {
        if (size == kinds.length) {
            int n = size * 2;
            kinds = Arrays.copyOf(kinds, n);
            starts = Arrays.copyOf(starts, n);
            ends = Arrays.copyOf(ends, n);
            before = Arrays.copyOf(before, n);
        }
        kinds[size] = kind;
        starts[size] = start;
        ends[size] = end;
        before[size] = (ws << 1) | (newline ? 1 : 0);
        size++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00a0' || c == '\u202f' || c == '\u2009'
                || c == '\u2007' || c == '\f';
    }

    int size() {
        return size;
    }

    byte kind(int i) {
        return i >= 0 && i < size ? kinds[i] : 0;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    int length(int i) {
        return ends[i] - starts[i];
    }

    String text(int i) {
        return text.subSequence(starts[i], ends[i]).toString();
    }

    char firstChar(int i) {
        return text.charAt(starts[i]);
    }

    /** Token {@code i} directly follows the previous one, no whitespace between. */
    boolean adjacent(int i) {
        return before[i] == 0;
    }

    /** Token {@code i} follows the previous one on the same line with at most one space. */
    boolean near(int i) {
        return before[i] <= (1 << 1);
    }

    /** Token {@code i} follows on the same line, whatever the spacing. */
    boolean sameLine(int i) {
        return (before[i] & 1) == 0;
    }

    boolean isPunct(int i, char c) {
        return kind(i) == PUNCT && text.charAt(starts[i]) == c;
    }

    boolean isWord(int i, String lowerCase) {
        return kind(i) == WORD && length(i) == lowerCase.length()
                && text.subSequence(starts[i], ends[i]).toString().toLowerCase(java.util.Locale.ROOT).equals(lowerCase);
    }
}

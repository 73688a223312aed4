package dev.lede.extract.entity;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a name: diacritics, case, punctuation and a possessive ending removed, so that
 * "Zoë Musk's", "ZOE MUSK" and "Zoe Musk" are one name.
 */
final class NameKey {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern POSSESSIVE = Pattern.compile("(?:['’`]s|['’`])$");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameKey() {
    }

    static String of(String name) {
        String stripped = name.strip();
        // most names and words are ASCII, and every word of every sentence is keyed: no regex for them
        return isAscii(stripped) ? asciiKey(stripped) : generalKey(stripped);
    }

    /** The key of any stripped text: the definition {@link #asciiKey} agrees with. */
    static String generalKey(String stripped) {
        String s = stripPossessive(stripped);
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** {@link #generalKey} of ASCII text, without regular expressions or normalisation. */
    static String asciiKey(String s) {
        int end = s.length();
        if (end >= 2 && s.charAt(end - 1) == 's' && isAsciiQuote(s.charAt(end - 2))) {
            end -= 2;
        } else if (end >= 1 && isAsciiQuote(s.charAt(end - 1))) {
            end--;
        }
        StringBuilder key = new StringBuilder(end);
        boolean gap = false;
        for (int i = 0; i < end; i++) {
            char c = s.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            if (upper || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && key.length() > 0) {
                    key.append(' ');
                }
                gap = false;
                key.append(upper ? (char) (c + ('a' - 'A')) : c);
            } else {
                gap = true;
            }
        }
        return key.toString();
    }

    private static boolean isAsciiQuote(char c) {
        return c == '\'' || c == '`';
    }

    /** "Musk's" → "Musk", "Mercedes'" → "Mercedes"; other text unchanged. */
    static String stripPossessive(String name) {
        return POSSESSIVE.matcher(name).replaceFirst("");
    }

    /** Length of the possessive ending of {@code word} ("'s", "’s", "'"), 0 when it has none. */
    static int possessiveLength(String word) {
        var m = POSSESSIVE.matcher(word);
        return m.find() && m.start() > 0 ? word.length() - m.start() : 0;
    }

    /** Whether a token can be part of the edge of a name (punctuation tokens cannot). */
    static boolean hasLetterOrDigit(String token) {
        return token.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}

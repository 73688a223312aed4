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
        String s = stripPossessive(name.strip());
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        return s;
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

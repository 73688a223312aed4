package dev.lede.extract.money;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers written as words before a scale word: "two billion dollars", "half a billion dollars",
 * "twee miljard euro", "anderhalf miljard euro", "een half miljoen euro".
 */
final class NumberWords {
    private static final Map<String, BigDecimal> WORDS = Map.ofEntries(
            Map.entry("a", BigDecimal.ONE), Map.entry("one", BigDecimal.ONE), Map.entry("two", BigDecimal.valueOf(2)),
            Map.entry("three", BigDecimal.valueOf(3)), Map.entry("four", BigDecimal.valueOf(4)),
            Map.entry("five", BigDecimal.valueOf(5)), Map.entry("six", BigDecimal.valueOf(6)),
            Map.entry("seven", BigDecimal.valueOf(7)), Map.entry("eight", BigDecimal.valueOf(8)),
            Map.entry("nine", BigDecimal.valueOf(9)), Map.entry("ten", BigDecimal.TEN),
            Map.entry("twelve", BigDecimal.valueOf(12)), Map.entry("twenty", BigDecimal.valueOf(20)),
            Map.entry("fifty", BigDecimal.valueOf(50)), Map.entry("hundred", BigDecimal.valueOf(100)),
            Map.entry("een", BigDecimal.ONE), Map.entry("één", BigDecimal.ONE), Map.entry("twee", BigDecimal.valueOf(2)),
            Map.entry("drie", BigDecimal.valueOf(3)), Map.entry("vier", BigDecimal.valueOf(4)),
            Map.entry("vijf", BigDecimal.valueOf(5)), Map.entry("zes", BigDecimal.valueOf(6)),
            Map.entry("zeven", BigDecimal.valueOf(7)), Map.entry("acht", BigDecimal.valueOf(8)),
            Map.entry("negen", BigDecimal.valueOf(9)), Map.entry("tien", BigDecimal.TEN),
            Map.entry("twaalf", BigDecimal.valueOf(12)), Map.entry("twintig", BigDecimal.valueOf(20)),
            Map.entry("vijftig", BigDecimal.valueOf(50)), Map.entry("honderd", BigDecimal.valueOf(100)),
            Map.entry("anderhalf", new BigDecimal("1.5")), Map.entry("half", new BigDecimal("0.5")));

    private NumberWords() {
    }

    /** A number phrase at token {@code k}: {value, index of its last token}, or null. */
    static Object[] at(Tokens t, int k) {
        if (t.kind(k) != Tokens.WORD || t.length(k) > 9) {
            return null;
        }
        String w = t.text(k).toLowerCase(Locale.ROOT);
        // "half a billion", "een half miljard"
        if (w.equals("half") && t.isWord(k + 1, "a") && t.near(k + 1)) {
            return new Object[] {new BigDecimal("0.5"), k + 1};
        }
        if (w.equals("een") && t.isWord(k + 1, "half") && t.near(k + 1)) {
            return new Object[] {new BigDecimal("0.5"), k + 1};
        }
        BigDecimal v = WORDS.get(w);
        return v == null ? null : new Object[] {v, k};
    }
}

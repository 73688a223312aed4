package dev.lede.extract.money;

import java.util.Locale;
import java.util.Map;

/**
 * Scale words and abbreviations after a number ("miljard", "bn", "M"), with the number convention each
 * one betrays: "miljard" is written by someone using a decimal comma, "billion" by someone using a point.
 *
 * @param exponent power of ten the number is multiplied by
 * @param language {@code nl}, {@code en}, or null where the word says nothing about the writer's convention
 */
record Scale(int exponent, String language) {
    private static final Map<String, Scale> WORDS = Map.ofEntries(
            Map.entry("thousand", new Scale(3, "en")), Map.entry("duizend", new Scale(3, "nl")),
            Map.entry("million", new Scale(6, "en")), Map.entry("millions", new Scale(6, "en")),
            Map.entry("miljoen", new Scale(6, "nl")), Map.entry("mln", new Scale(6, "nl")),
            Map.entry("mio", new Scale(6, null)), Map.entry("mn", new Scale(6, "en")),
            Map.entry("mm", new Scale(6, "en")),
            Map.entry("billion", new Scale(9, "en")), Map.entry("billions", new Scale(9, "en")),
            Map.entry("miljard", new Scale(9, "nl")), Map.entry("mld", new Scale(9, "nl")),
            Map.entry("mrd", new Scale(9, "nl")), Map.entry("bn", new Scale(9, "en")),
            Map.entry("bln", new Scale(9, "en")),
            Map.entry("trillion", new Scale(12, "en")), Map.entry("biljoen", new Scale(12, "nl")),
            Map.entry("tn", new Scale(12, "en")), Map.entry("trn", new Scale(12, "en")),
            // Indian English: ₹10,372 crore
            Map.entry("lakh", new Scale(5, "en")), Map.entry("lakhs", new Scale(5, "en")),
            Map.entry("crore", new Scale(7, "en")), Map.entry("crores", new Scale(7, "en")));

    /** Single letters, only valid written right against the number ("€600M", "$10B", "$128K"). */
    private static final Map<String, Scale> LETTERS = Map.of(
            "k", new Scale(3, null), "K", new Scale(3, null), "m", new Scale(6, null), "M", new Scale(6, null),
            "b", new Scale(9, null), "B", new Scale(9, null), "T", new Scale(12, null));

    /** Dutch abbreviations written with a period ("mld.", "mln."), which then belongs to the amount's text. */
    private static final java.util.Set<String> WITH_PERIOD = java.util.Set.of("mln", "mld", "mrd", "mio");

    /** Whether {@code word} is an abbreviation written with a period after it. */
    static boolean takesPeriod(String word) {
        return WITH_PERIOD.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The scale a word stands for, or null.
     *
     * @param adjacent whether the word is written right against the number (no space)
     */
    static Scale of(String word, boolean adjacent) {
        Scale letter = LETTERS.get(word);
        if (letter != null) {
            return adjacent ? letter : null;
        }
        if (word.length() > 8) {
            return null;
        }
        return WORDS.get(word.toLowerCase(Locale.ROOT));
    }
}

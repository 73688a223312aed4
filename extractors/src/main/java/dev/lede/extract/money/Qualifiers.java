package dev.lede.extract.money;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words around an amount that say it is not exact: "over $1 billion", "ruim €5 miljoen",
 * "$10B+", "$5 million or more". Normalised to {@code over}, {@code at least}, {@code about},
 * {@code up to}, {@code under} and {@code plus}.
 */
final class Qualifiers {
    private Qualifiers() {
    }

    /** Phrases written before an amount, longest first so "more than" wins over "than". */
    private static final List<Map.Entry<String, String>> BEFORE = List.of(
            Map.entry("in excess of", "over"), Map.entry("upwards of", "over"), Map.entry("more than", "over"),
            Map.entry("north of", "over"), Map.entry("meer dan", "over"), Map.entry("exceeding", "over"),
            Map.entry("above", "over"), Map.entry("boven de", "over"), Map.entry("over", "over"),
            Map.entry("ruim", "over"), Map.entry("bijna", "about"),
            Map.entry("a minimum of", "at least"), Map.entry("no less than", "at least"),
            Map.entry("at least", "at least"), Map.entry("ten minste", "at least"),
            Map.entry("tenminste", "at least"), Map.entry("minstens", "at least"), Map.entry("minimaal", "at least"),
            Map.entry("op zijn minst", "at least"), Map.entry("vanaf", "at least"),
            Map.entry("starting at", "at least"), Map.entry("starting from", "at least"),
            Map.entry("an estimated", "about"), Map.entry("estimated at", "about"), Map.entry("approximately", "about"),
            Map.entry("naar schatting", "about"), Map.entry("roughly", "about"), Map.entry("around", "about"),
            Map.entry("about", "about"), Map.entry("nearly", "about"), Map.entry("almost", "about"),
            Map.entry("close to", "about"), Map.entry("some", "about"), Map.entry("circa", "about"),
            Map.entry("ca.", "about"), Map.entry("ongeveer", "about"), Map.entry("zo'n", "about"),
            Map.entry("zo’n", "about"), Map.entry("rond de", "about"), Map.entry("rond", "about"),
            Map.entry("a maximum of", "up to"), Map.entry("as much as", "up to"), Map.entry("up to", "up to"),
            Map.entry("at most", "up to"), Map.entry("tot wel", "up to"), Map.entry("maximaal", "up to"),
            Map.entry("hooguit", "up to"), Map.entry("ten hoogste", "up to"),
            Map.entry("less than", "under"), Map.entry("minder dan", "under"), Map.entry("nog geen", "under"),
            Map.entry("below", "under"), Map.entry("under", "under"), Map.entry("onder de", "under"));

    private static final List<Map.Entry<String, String>> AFTER = List.of(
            Map.entry("or more", "at least"), Map.entry("of meer", "at least"), Map.entry("en meer", "at least"),
            Map.entry("or less", "up to"), Map.entry("of minder", "up to"), Map.entry("plus", "plus"));

    /**
     * Estimates that a Dutch writer separates from the amount by a preposition: "verkocht naar schatting
     * voor $400 miljoen", "de omzet komt naar schatting op €5 miljard".
     */
    private static final List<String> PREPOSITIONS = List.of(" voor", " op");
    private static final String ESTIMATE = "naar schatting";

    /** The qualifier written just before {@code start} on the same line, or null. */
    static String before(CharSequence text, int lineStart, int start) {
        int end = start;
        while (end > lineStart && Tokens.isSpace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start || end - lineStart < 2) {
            return null;
        }
        int from = Math.max(lineStart, end - 20);
        String window = text.subSequence(from, end).toString().toLowerCase(Locale.ROOT);
        for (String p : PREPOSITIONS) {
            if (window.endsWith(ESTIMATE + p)) {
                return "about";
            }
        }
        for (Map.Entry<String, String> e : BEFORE) {
            String phrase = e.getKey();
            if (window.endsWith(phrase)) {
                int at = window.length() - phrase.length();
                if (at == 0 ? from == lineStart || !Character.isLetter(text.charAt(from - 1))
                        : !Character.isLetter(window.charAt(at - 1))) {
                    return e.getValue();
                }
            }
        }
        return null;
    }

    /** Verbs of change: "rose from $450 to $520" gives two amounts, not a range. */
    private static final java.util.Set<String> CHANGE_VERBS = java.util.Set.of("rose", "rise", "rises", "risen",
            "rising", "fell", "fall", "falls", "fallen", "grew", "grow", "grows", "grown", "increased", "increase",
            "decreased", "dropped", "climbed", "jumped", "slipped", "slid", "surged", "soared", "plunged", "cut",
            "raised", "lowered", "boosted", "reduced", "went", "changed", "moved", "up", "down", "steeg", "stijgt",
            "gestegen", "daalde", "daalt", "gedaald", "groeide", "groeit", "gegroeid", "zakte", "zakt", "gezakt",
            "verhoogd", "verlaagd", "verhoogde", "verlaagde", "ging", "gaat", "liep", "loopt", "opgelopen",
            // plural and infinitive forms, doubling and halving
            "stegen", "stijgen", "daalden", "dalen", "groeiden", "groeien", "zakten", "zakken", "liepen", "gingen",
            "verhoogden", "verlaagden", "klom", "klommen", "verdubbelde", "verdubbelden", "halveerde", "halveerden",
            "doubled", "halved", "tripled", "climbs", "jumps", "drops", "dropping", "falling", "climbing");

    /** Whether a verb of change stands among the few words before {@code start} on its line ("rose from"). */
    static boolean changeBefore(CharSequence text, int lineStart, int start) {
        int from = Math.max(lineStart, start - 40);
        String[] words = text.subSequence(from, start).toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        int seen = 0;
        for (int i = words.length - 1; i >= 0 && seen < 4; i--) {
            if (words[i].isEmpty()) {
                continue;
            }
            seen++;
            if (CHANGE_VERBS.contains(words[i])) {
                return true;
            }
        }
        return false;
    }

    /** The qualifier phrase right after {@code end} ("or more"), as {qualifier, end of phrase}, or null. */
    static Map.Entry<String, Integer> after(CharSequence text, int end, int limit) {
        int from = end;
        while (from < limit && (text.charAt(from) == ' ' || text.charAt(from) == '\u00a0')) {
            from++;
        }
        if (from == end) {
            return null;
        }
        int to = Math.min(limit, from + 10);
        String window = text.subSequence(from, to).toString().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : AFTER) {
            String phrase = e.getKey();
            if (window.startsWith(phrase)
                    && (window.length() == phrase.length() || !Character.isLetterOrDigit(window.charAt(phrase.length())))) {
                int next = from + phrase.length();
                while (next < limit && text.charAt(next) == ' ') {
                    next++;
                }
                if ("plus".equals(phrase) && next < limit && (Character.isLetterOrDigit(text.charAt(next))
                        || Currencies.isSymbol(text.charAt(next)))) {
                    return null; // "$5 million plus $3 million", "plus interest": an addition, not a qualifier
                }
                return Map.entry(e.getValue(), from + phrase.length());
            }
        }
        return null;
    }
}

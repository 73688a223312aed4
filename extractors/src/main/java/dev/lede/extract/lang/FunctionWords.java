package dev.lede.extract.lang;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap first look at Latin-script text: counts the function words ("the", "het", "und", ...) of
 * English, Dutch, German, French and Spanish. It never decides a language on its own: it only lets
 * {@link LanguageIdentifier} skip Lingua for a paragraph whose function words overwhelmingly agree with
 * a language Lingua has already confirmed in the same article. Words two of these languages share
 * ("de", "en", "in", "is", "was", "die", "la", "que", "un", "es", "se") are left out.
 */
final class FunctionWords {
    /** Function-word hits the winner needs before the vote counts. */
    static final int MIN_HITS = 5;
    /** The winner must have at least this many times the runner-up's hits. */
    static final int MIN_RATIO = 5;

    private static final Map<String, String> WORDS = new HashMap<>();

    static {
        add("en", "the", "and", "of", "to", "that", "with", "for", "are", "were", "has", "have", "had", "this",
                "from", "by", "which", "said", "will", "would", "their", "its", "not", "but", "been", "on", "at",
                "after", "it", "he", "she", "they", "than", "who", "or", "as", "be", "an", "more", "about");
        add("nl", "het", "een", "van", "dat", "niet", "met", "voor", "op", "zijn", "werd", "wordt", "heeft",
                "hebben", "ook", "maar", "naar", "bij", "door", "aan", "deze", "nog", "uit", "tot", "zal", "zou",
                "ze", "wij", "jaar", "volgens", "dan", "meer", "worden", "hun", "geen", "om");
        add("de", "der", "und", "den", "dem", "das", "ist", "nicht", "mit", "sich", "auf", "für", "ein", "eine",
                "einer", "auch", "wird", "wurde", "sind", "werden", "nach", "zum", "zur", "dass", "hat", "aus",
                "noch", "vom", "im", "über", "sie");
        add("fr", "le", "les", "et", "des", "du", "une", "est", "pour", "qui", "dans", "sur", "pas", "au", "aux",
                "avec", "ont", "été", "sont", "plus", "cette", "il", "elle", "ce", "ses", "leur", "selon");
        add("es", "el", "los", "las", "y", "del", "para", "con", "una", "fue", "su", "sus", "al", "como", "más",
                "pero", "este", "esta", "según", "han", "ha", "lo", "muy");
    }

    private FunctionWords() {
    }

    private static void add(String language, String... words) {
        for (String w : words) {
            String previous = WORDS.put(w, language);
            if (previous != null) {
                throw new IllegalStateException(w + " listed for " + previous + " and " + language);
            }
        }
    }

    /** The languages this check knows. */
    static final Set<String> LANGUAGES = Set.of("en", "nl", "de", "fr", "es");

    /** Function-word hits per language in {@code [from, to)}, in the order of {@link #name(int)}. */
    static int[] hits(CharSequence text, int from, int to) {
        int[] hits = new int[NAMES.length];
        StringBuilder word = new StringBuilder(16);
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                word.append(Character.toLowerCase(c));
            } else if (word.length() > 0) {
                if (word.length() <= 7) {
                    String l = WORDS.get(word.toString());
                    if (l != null) {
                        hits[index(l)]++;
                    }
                }
                word.setLength(0);
            }
        }
        return hits;
    }

    /**
     * The language whose function words clearly dominate (at least {@link #MIN_HITS} hits and
     * {@link #MIN_RATIO} times any other language's), or null.
     */
    static String dominant(int[] hits) {
        int best = 0;
        for (int k = 1; k < hits.length; k++) {
            if (hits[k] > hits[best]) {
                best = k;
            }
        }
        if (hits[best] < MIN_HITS) {
            return null;
        }
        for (int k = 0; k < hits.length; k++) {
            if (k != best && hits[k] * MIN_RATIO > hits[best]) {
                return null;
            }
        }
        return NAMES[best];
    }

    /** Whether {@code language}'s function words are present and no other language has more. */
    static boolean agrees(int[] hits, String language) {
        int l = index(language);
        if (hits[l] == 0) {
            return false;
        }
        for (int k = 0; k < hits.length; k++) {
            if (hits[k] > hits[l]) {
                return false;
            }
        }
        return true;
    }

    private static final String[] NAMES = {"en", "nl", "de", "fr", "es"};

    private static int index(String l) {
        return switch (l) {
            case "en" -> 0;
            case "nl" -> 1;
            case "de" -> 2;
            case "fr" -> 3;
            default -> 4;
        };
    }
}

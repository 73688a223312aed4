package dev.lede.extract.lang;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A cheap first look at Latin-script text: counts the function words ("the", "het", "und", ...) of
 * English, Dutch, German, French and Spanish. It never decides a language on its own: it only lets
 * {@link LanguageIdentifier} skip Lingua for a paragraph whose function words overwhelmingly agree with
 * a language Lingua has already confirmed in the same article. Words two of these languages share
 * ("de", "en", "in", "is", "was", "die", "la", "que", "un", "es", "se") are left out.
 */
final class FunctionWords {
    /** Function-word hits the winner needs before the vote counts. */
    static final int MIN_HITS = 3;
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

    /** Function-word hits per language in {@code [from, to)}, in the order of {@link #NAMES}. */
    static int[] hits(CharSequence text, int from, int to) {
        int[] hits = new int[NAMES.length];
        // a word is packed into a long, 8 bits a letter, so that counting allocates nothing
        long key = 0;
        int length = 0;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                char lower = Character.toLowerCase(c);
                length++;
                key = length <= MAX_LENGTH && lower < 256 ? key << 8 | lower : -1;
            } else if (length > 0) {
                if (length <= MAX_LENGTH && key >= 0) {
                    int at = Arrays.binarySearch(KEYS, key);
                    if (at >= 0) {
                        hits[LANGUAGE_OF_KEY[at]]++;
                    }
                }
                key = 0;
                length = 0;
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
    /** Longest function word, in letters. */
    private static final int MAX_LENGTH = 7;
    /** The function words packed as {@link #hits} packs words, sorted, and the language index of each. */
    private static final long[] KEYS;
    private static final int[] LANGUAGE_OF_KEY;

    static {
        TreeMap<Long, String> packed = new TreeMap<>();
        WORDS.forEach((word, language) -> {
            long key = 0;
            for (char c : word.toCharArray()) {
                if (c >= 256 || word.length() > MAX_LENGTH) {
                    throw new IllegalStateException("function word not packable: " + word);
                }
                key = key << 8 | c;
            }
            packed.put(key, language);
        });
        KEYS = packed.keySet().stream().mapToLong(Long::longValue).toArray();
        LANGUAGE_OF_KEY = packed.values().stream().mapToInt(FunctionWords::index).toArray();
    }

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

package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.MoneyAmount;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says that does not depend on its language: the companies and people it names, its
 * money figures and numbers, its topics and its name-like tokens ("anchors"). Related articles compare
 * these across languages. Two MinHash signatures go into the index beside them: {@link #storyHash()} (one
 * piece in two languages) and {@link #minHash(String)} of the wording (near-duplicates); a related list
 * reads its candidates' signatures from the index and computes neither for its source.
 *
 * @param companies lower-cased canonical company names
 * @param people    lower-cased canonical person names
 * @param topics    lower-cased topics
 * @param money     money keys, currency and exact amount ({@code USD:6600000000})
 * @param numbers   normalised numbers of two or more digits, or with decimals ("6.6", "700", "2026")
 * @param anchors   name-like tokens, lower-cased and accent-folded: capitalised words inside sentences,
 *                  acronyms, tokens mixing letters and digits ("nvidia", "asml", "h100")
 */
public record StoryFeatures(Set<String> companies, Set<String> people, Set<String> topics, Set<String> money,
                            Set<String> numbers, Set<String> anchors) {
    /** Number of hash functions in a MinHash signature. */
    public static final int MINHASH_SIZE = 64;

    private static final Pattern WORD = Pattern.compile(
            "\\p{L}[\\p{L}\\p{N}]*(?:[-'’][\\p{L}\\p{N}]+)*|\\p{N}+(?:[.,]\\p{N}+)*");
    private static final Pattern THOUSANDS = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final CharArraySet ENGLISH_STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    private static final CharArraySet DUTCH_STOP_WORDS = DutchAnalyzer.getDefaultStopSet();
    private static final long[] SEEDS = new long[MINHASH_SIZE];

    static {
        long seed = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < MINHASH_SIZE; i++) {
            seed = mix(seed + i);
            SEEDS[i] = seed;
        }
    }

    public StoryFeatures {
        companies = Collections.unmodifiableSet(new LinkedHashSet<>(companies));
        people = Collections.unmodifiableSet(new LinkedHashSet<>(people));
        topics = Collections.unmodifiableSet(new LinkedHashSet<>(topics));
        money = Collections.unmodifiableSet(new LinkedHashSet<>(money));
        numbers = Collections.unmodifiableSet(new LinkedHashSet<>(numbers));
        anchors = Collections.unmodifiableSet(new LinkedHashSet<>(anchors));
    }

    /** Computes the features of an article. */
    public static StoryFeatures of(Article a) {
        return of(a, anchorForms(a));
    }

    /** As {@link #of(Article)}, with the article's {@link #anchorForms(Article)} already at hand. */
    static StoryFeatures of(Article a, Map<String, String> anchorForms) {
        Set<String> money = moneyKeys(a.money());
        Set<String> numbers = numbers(a.title() + "\n" + a.summary() + "\n" + a.body());
        Set<String> anchors = anchorForms.keySet();
        return new StoryFeatures(entityKeys(a.companies()), entityKeys(a.people()), keys(a.topics()), money, numbers,
                anchors);
    }

    /**
     * MinHash signature of the names and figures ({@link #storyKeys}), {@link #MINHASH_SIZE} values: one piece
     * in two languages shares nearly all of them.
     */
    int[] storyHash() {
        return minHashOfKeys(storyKeys(money, numbers, anchors));
    }

    /**
     * What two editions of one piece in two languages share: names, money figures and numbers, but not
     * years or two-letter tokens ("AI"), which any two articles of a season share.
     */
    static Set<String> storyKeys(Set<String> money, Set<String> numbers, Set<String> anchors) {
        Set<String> keys = new LinkedHashSet<>();
        anchors.stream().filter(a -> a.length() > 2).forEach(a -> keys.add("a:" + a));
        money.forEach(m -> keys.add("m:" + m));
        numbers.stream().filter(n -> !YEAR.matcher(n).matches()).forEach(n -> keys.add("n:" + n));
        return keys;
    }

    /** The keyword form of a name or tag: lower case, accents folded, spaces squeezed. */
    public static String key(String value) {
        String v = value.strip();
        boolean plain = !v.contains("  ");
        for (int i = 0; i < v.length() && plain; i++) {
            char c = v.charAt(i);
            plain = c < 128 && (c == ' ' || !Character.isWhitespace(c));
        }
        if (plain) {
            return v.toLowerCase(Locale.ROOT); // ASCII: nothing to fold
        }
        String folded = MARKS.matcher(Normalizer.normalize(v, Normalizer.Form.NFD)).replaceAll("");
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ");
    }

    static Set<String> entityKeys(List<Entity> entities) {
        Set<String> keys = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.name() != null && !e.name().isBlank()) {
                keys.add(key(e.name()));
            }
        }
        return keys;
    }

    private static Set<String> keys(List<String> values) {
        Set<String> keys = new LinkedHashSet<>();
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                keys.add(key(v));
            }
        }
        return keys;
    }

    /** {@code CUR:amount} for every amount, and for a range its high end too. */
    static Set<String> moneyKeys(List<MoneyAmount> amounts) {
        Set<String> keys = new LinkedHashSet<>();
        for (MoneyAmount m : amounts) {
            String currency = m.currency() == null ? "?" : m.currency();
            for (BigDecimal v : new BigDecimal[]{m.amount(), m.high()}) {
                if (v != null) {
                    keys.add(currency + ":" + v.stripTrailingZeros().toPlainString());
                }
            }
        }
        return keys;
    }

    /**
     * Numbers written either way ("1,234" / "1.234" grouped thousands; "6,6" / "6.6" decimals) in one
     * form, so that a Dutch and an English article about the same figures share them. Single digits say
     * too little to keep.
     */
    static Set<String> numbers(String text) {
        Set<String> numbers = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (!Character.isDigit(token.charAt(0))) {
                continue;
            }
            String n = THOUSANDS.matcher(token).matches()
                    ? token.replace(".", "").replace(",", "")
                    : token.replace(',', '.');
            if (n.length() >= 2) {
                numbers.add(n);
            }
        }
        return numbers;
    }

    /** The anchors of an article's summary and body, each with the form it is first written in. */
    static Map<String, String> anchorForms(Article a) {
        return anchorForms(a.summary() + "\n\n" + a.body());
    }

    /**
     * The name-like tokens of a text ("anchors"), each with the form it is first written in ("nvidia" →
     * "Nvidia"): capitalised words that do not open a sentence (or that also appear capitalised inside
     * one), all-caps acronyms and letter-digit mixes. Names, places and products are written the same in
     * Dutch and English, so these tie the two languages together even where entity recognition misses a
     * name.
     */
    static Map<String, String> anchorForms(String text) {
        Map<String, String> anchors = new LinkedHashMap<>();
        Map<String, String> initial = new LinkedHashMap<>();
        Map<String, Integer> initialCount = new HashMap<>();
        Set<String> lowerCase = new HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String token = m.group();
            String lower = token.toLowerCase(Locale.ROOT);
            if (!isNameLike(token)) {
                lowerCase.add(key(lower));
                continue;
            }
            if (ENGLISH_STOP_WORDS.contains(lower) || DUTCH_STOP_WORDS.contains(lower)) {
                continue;
            }
            String form = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
            String k = key(form);
            if (opensSentence(text, m.start()) && !isAcronymOrCode(token)) {
                initial.putIfAbsent(k, form);
                initialCount.merge(k, 1, Integer::sum);
            } else {
                anchors.putIfAbsent(k, form);
            }
        }
        // a capital at the start of a sentence says little: such a word counts when it opens two sentences
        // and is never written in lower case ("Nvidia said ... Nvidia expects ...", but not "Analysts")
        initial.forEach((k, form) -> {
            if (initialCount.get(k) >= 2 && !lowerCase.contains(k)) {
                anchors.putIfAbsent(k, form);
            }
        });
        return anchors;
    }

    private static boolean isNameLike(String token) {
        return Character.isUpperCase(token.codePointAt(0)) || isAcronymOrCode(token);
    }

    private static boolean isAcronymOrCode(String token) {
        boolean letter = false;
        boolean digit = false;
        int upper = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            letter |= Character.isLetter(c);
            digit |= Character.isDigit(c);
            if (Character.isUpperCase(c)) {
                upper++;
            }
        }
        return (letter && digit) || upper >= 2;
    }

    private static boolean opensSentence(String text, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == '.' || c == '!' || c == '?' || c == ':' || c == '"' || c == '“' || c == '‘') {
                return true;
            }
            if (!Character.isWhitespace(c) && c != '(' && c != '\'' && c != '-' && c != '—' && c != '–') {
                return false;
            }
        }
        return true;
    }

    /**
     * MinHash over lower-cased word 3-shingles, {@link #MINHASH_SIZE} values: near-identical wording in one
     * language. An empty body gives a signature that matches nothing.
     */
    static int[] minHash(String body) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(body);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        int[] signature = new int[MINHASH_SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        if (words.isEmpty()) {
            return signature;
        }
        int shingles = Math.max(1, words.size() - 2);
        for (int i = 0; i < shingles; i++) {
            long h = 1125899906842597L;
            for (int j = i; j < Math.min(words.size(), i + 3); j++) {
                h = 31 * h + words.get(j).hashCode();
                h = mix(h);
            }
            for (int k = 0; k < MINHASH_SIZE; k++) {
                int v = (int) (mix(h ^ SEEDS[k]) >>> 33);
                if (v < signature[k]) {
                    signature[k] = v;
                }
            }
        }
        return signature;
    }

    /** MinHash over a set of strings; an empty set gives a signature that matches nothing. */
    static int[] minHashOfKeys(Set<String> keys) {
        int[] signature = new int[MINHASH_SIZE];
        java.util.Arrays.fill(signature, Integer.MAX_VALUE);
        for (String k : keys) {
            long h = mix(1125899906842597L + k.hashCode());
            for (int i = 0; i < MINHASH_SIZE; i++) {
                int v = (int) (mix(h ^ SEEDS[i]) >>> 33);
                if (v < signature[i]) {
                    signature[i] = v;
                }
            }
        }
        return signature;
    }

    /** Estimated Jaccard similarity of the shingle sets behind two signatures. */
    public static double jaccard(int[] a, int[] b) {
        if (a == null || b == null || a.length != b.length) {
            return 0;
        }
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i] && a[i] != Integer.MAX_VALUE) {
                same++;
            }
        }
        return same / (double) a.length;
    }

    static byte[] encode(int[] signature) {
        ByteBuffer buffer = ByteBuffer.allocate(signature.length * 4);
        for (int v : signature) {
            buffer.putInt(v);
        }
        return buffer.array();
    }

    static int[] decode(byte[] bytes, int offset, int length) {
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, length);
        int[] signature = new int[length / 4];
        for (int i = 0; i < signature.length; i++) {
            signature[i] = buffer.getInt();
        }
        return signature;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

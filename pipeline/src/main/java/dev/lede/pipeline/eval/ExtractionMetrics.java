package dev.lede.pipeline.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body and title metrics of the article-extraction benchmarks, computed exactly as their reference
 * scripts do, so that Lede's figures can be compared with published ones:
 * <ul>
 *   <li>WCXB word F1: per page, F1 of the multisets of lower-cased {@code \w+} tokens, averaged over pages
 *       (WCXB's {@code evaluate.py});</li>
 *   <li>shingle precision/recall/F1: 4-token shingles, per-page normalised counts, precision and recall
 *       averaged over pages, F1 of the two averages (scrapinghub's benchmark, as {@code score.py} implements it);</li>
 *   <li>title exact and normalised match and token F1 ({@code score.py}).</li>
 * </ul>
 * Tokens follow Python's {@code \w}: letters, digits, other numerals and the underscore (combining marks
 * split words, as they do in Python).
 */
public final class ExtractionMetrics {
    private ExtractionMetrics() {
    }

    /** Python's {@code re.findall(r'\w+', text)}. */
    public static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isWord(cp)) {
                int start = i;
                while (i < n && isWord(text.codePointAt(i))) {
                    i += Character.charCount(text.codePointAt(i));
                }
                out.add(text.substring(start, i));
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }

    static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** Precision, recall and F1 of one page. */
    public record Prf(double precision, double recall, double f1) {
    }

    /** WCXB's word-level score of one page (lower-cased {@code \w+} multisets). */
    public static Prf wordF1(String predicted, String reference) {
        List<String> pred = tokens(predicted == null ? "" : predicted.toLowerCase(Locale.ROOT));
        List<String> ref = tokens(reference == null ? "" : reference.toLowerCase(Locale.ROOT));
        if (ref.isEmpty()) {
            return pred.isEmpty() ? new Prf(1, 1, 1) : new Prf(0, 0, 0);
        }
        if (pred.isEmpty()) {
            return new Prf(0, 0, 0);
        }
        Map<String, Integer> refCounts = counts(ref);
        int overlap = 0;
        for (String t : pred) {
            Integer c = refCounts.get(t);
            if (c != null && c > 0) {
                overlap++;
                refCounts.put(t, c - 1);
            }
        }
        double p = (double) overlap / pred.size();
        double r = (double) overlap / ref.size();
        double f = p + r > 0 ? 2 * p * r / (p + r) : 0;
        return new Prf(p, r, f);
    }

    private static Map<String, Integer> counts(List<String> tokens) {
        Map<String, Integer> m = new HashMap<>(tokens.size() * 2);
        for (String t : tokens) {
            m.merge(t, 1, Integer::sum);
        }
        return m;
    }

    /** One page's shingle counts, normalised so that every page weighs the same. */
    public record ShingleCounts(double tp, double fp, double fn) {
        public double precision() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fp == 0) {
                return 0;
            }
            return tp / (tp + fp);
        }

        public double recall() {
            if (fp == 0 && fn == 0) {
                return 1;
            }
            if (tp == 0 && fn == 0) {
                return 0;
            }
            return tp / (tp + fn);
        }
    }

    /** score.py's {@code page_counts}: 4-token shingles (case kept) of the true and the predicted body. */
    public static ShingleCounts shingles(String reference, String predicted) {
        Map<String, Integer> t = shingleCounts(reference);
        Map<String, Integer> p = shingleCounts(predicted);
        Set<String> keys = new HashSet<>(t.keySet());
        keys.addAll(p.keySet());
        long tp = 0;
        long fp = 0;
        long fn = 0;
        for (String k : keys) {
            int a = t.getOrDefault(k, 0);
            int b = p.getOrDefault(k, 0);
            tp += Math.min(a, b);
            fp += Math.max(0, b - a);
            fn += Math.max(0, a - b);
        }
        double total = tp + fp + fn;
        if (total == 0) {
            return new ShingleCounts(0, 0, 0);
        }
        return new ShingleCounts(tp / total, fp / total, fn / total);
    }

    private static Map<String, Integer> shingleCounts(String text) {
        List<String> toks = tokens(text);
        Map<String, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < 4) {
            out.put(String.join("\u0001", toks), 1);
            return out;
        }
        for (int i = 0; i + 4 <= toks.size(); i++) {
            String key = toks.get(i) + '\u0001' + toks.get(i + 1) + '\u0001' + toks.get(i + 2) + '\u0001' + toks.get(i + 3);
            out.merge(key, 1, Integer::sum);
        }
        return out;
    }

    /** Whether the two texts have identical token lists (score.py's "accuracy"). */
    public static boolean sameTokens(String a, String b) {
        return tokens(a).equals(tokens(b));
    }

    /** Corpus shingle precision, recall and F1 (F1 of the two means, as the benchmark defines it). */
    public static Prf aggregate(List<ShingleCounts> pages) {
        double p = 0;
        int np = 0;
        double r = 0;
        int nr = 0;
        for (ShingleCounts c : pages) {
            if (c.tp() + c.fp() > 0) {
                p += c.precision();
                np++;
            }
            if (c.tp() + c.fn() > 0) {
                r += c.recall();
                nr++;
            }
        }
        double mp = np == 0 ? Double.NaN : p / np;
        double mr = nr == 0 ? Double.NaN : r / nr;
        double f = mp + mr > 0 ? 2 * mp * mr / (mp + mr) : 0;
        return new Prf(mp, mr, f);
    }

    /** score.py's {@code norm_title}: NFKC, quotes and dashes unified, case folded, punctuation dropped. */
    public static String normTitle(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '\u2018', '\u2019', '\u201a', '\u201b', '\u2032' -> b.append('\'');
                case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb' -> b.append('"');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> b.append('-');
                case '\u00a0' -> b.append(' ');
                default -> b.append(c);
            }
        }
        // casefold: upper then lower folds ß to ss as Python's casefold does
        String folded = b.toString().toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            boolean keep = isWord(cp) || Character.isWhitespace(cp) || Character.isSpaceChar(cp);
            out.appendCodePoint(keep ? cp : ' ');
            i += Character.charCount(cp);
        }
        return String.join(" ", out.toString().trim().split("[\\s\\p{Z}]+")).trim();
    }

    /** score.py's title token F1 (over normalised title words). */
    public static double titleTokenF1(String truth, String predicted) {
        List<String> a = words(normTitle(truth));
        List<String> b = words(normTitle(predicted));
        if (a.isEmpty() && b.isEmpty()) {
            return 1;
        }
        Map<String, Integer> ca = counts(a);
        int overlap = 0;
        for (String w : b) {
            Integer c = ca.get(w);
            if (c != null && c > 0) {
                overlap++;
                ca.put(w, c - 1);
            }
        }
        if (overlap == 0) {
            return 0;
        }
        double p = (double) overlap / b.size();
        double r = (double) overlap / a.size();
        return 2 * p * r / (p + r);
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.split(" ")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

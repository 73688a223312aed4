package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One sentence on its way through the recognition stages: its tokens (with character offsets into the
 * text they came from), the names found so far, and where the text came from.
 *
 * <p>Mutable on purpose: each stage of a {@link NerPipeline} adds, retypes or drops names in place.
 * Instances never leave the entity package.
 */
final class TaggedSentence {
    /** Where a sentence came from: mentions are only counted in the body; title and summary set flags. */
    enum Origin { TITLE, SUMMARY, BODY, TABLE }

    final List<CoreLabel> tokens;
    final String language;
    final Origin origin;
    private final List<NameSpan> names = new ArrayList<>();

    TaggedSentence(List<CoreLabel> tokens, String language, Origin origin) {
        this.tokens = new ArrayList<>(tokens);
        this.language = language;
        this.origin = origin;
    }

    List<NameSpan> names() {
        return names;
    }

    String word(int i) {
        return tokens.get(i).word();
    }

    int size() {
        return tokens.size();
    }

    /** The words of a span joined by single spaces, the key used to compare names. */
    String words(int start, int end) {
        StringBuilder sb = new StringBuilder();
        for (int i = start; i < end; i++) {
            if (i > start) {
                sb.append(' ');
            }
            sb.append(tokens.get(i).word());
        }
        return sb.toString();
    }

    /**
     * How likely the CRF found each of {@link CrfStage#MARGINAL_TYPES} over tokens {@code start..end}: the
     * tokens' marginals averaged and scaled to sum to 1 (the name is taken as given, only its type is in
     * question). Null where a token has no marginals (a sentence no single CRF tagged, a split token) or
     * the CRF gave no name type any weight.
     */
    double[] typeProbabilities(int start, int end) {
        return averaged(start, end, CrfStage.TypeProbabilities.class);
    }

    /** {@link #typeProbabilities} by another language's CRF ({@link ForeignNameStage}), or null. */
    double[] secondOpinion(int start, int end) {
        return averaged(start, end, CrfStage.SecondOpinion.class);
    }

    private double[] averaged(int start, int end, Class<? extends edu.stanford.nlp.ling.CoreAnnotation<double[]>> marginals) {
        double[] sum = new double[CrfStage.MARGINAL_TYPES.size()];
        for (int i = start; i < end; i++) {
            double[] p = tokens.get(i).get(marginals);
            if (p == null) {
                return null;
            }
            for (int k = 0; k < sum.length; k++) {
                sum[k] += p[k];
            }
        }
        double total = java.util.Arrays.stream(sum).sum();
        if (total <= 0) {
            return null;
        }
        for (int k = 0; k < sum.length; k++) {
            sum[k] /= total;
        }
        return sum;
    }

    int beginOffset(int token) {
        return tokens.get(token).beginPosition();
    }

    int endOffset(int token) {
        return tokens.get(token).endPosition();
    }

    /** The name covering token {@code i}, or null. */
    NameSpan nameAt(int i) {
        for (NameSpan n : names) {
            if (n.start() <= i && i < n.end()) {
                return n;
            }
        }
        return null;
    }

    boolean isFree(int start, int end) {
        for (NameSpan n : names) {
            if (n.start() < end && start < n.end()) {
                return false;
            }
        }
        return true;
    }

    /** Adds {@code span}, first removing every name it overlaps. */
    void put(NameSpan span) {
        names.removeIf(span::overlaps);
        names.add(span);
        names.sort(Comparator.comparingInt(NameSpan::start));
    }

    void replace(NameSpan old, NameSpan replacement) {
        names.remove(old);
        put(replacement);
    }

    void remove(NameSpan span) {
        names.remove(span);
    }

    /**
     * Splits token {@code i} at character {@code at} of its word into the part before, the separator
     * character, and the part after ("ByteDance-oprichter" → "ByteDance", "-", "oprichter"), moving
     * the names after it. A name that covered the token is returned to the caller to re-place, and
     * removed here.
     */
    NameSpan splitToken(int i, int at) {
        CoreLabel t = tokens.get(i);
        String w = t.word();
        int begin = t.beginPosition();
        CoreLabel left = piece(w.substring(0, at), begin);
        CoreLabel sep = piece(w.substring(at, at + 1), begin + at);
        CoreLabel right = piece(w.substring(at + 1), begin + at + 1);
        tokens.set(i, left);
        tokens.add(i + 1, sep);
        tokens.add(i + 2, right);
        NameSpan covering = nameAt(i);
        if (covering != null) {
            names.remove(covering);
        }
        List<NameSpan> moved = new ArrayList<>();
        for (NameSpan n : names) {
            moved.add(n.start() > i ? new NameSpan(n.start() + 2, n.end() + 2, n.type(), n.source()) : n);
        }
        names.clear();
        names.addAll(moved);
        return covering;
    }

    private static CoreLabel piece(String word, int begin) {
        CoreLabel t = new CoreLabel();
        t.setWord(word);
        t.setValue(word);
        t.setOriginalText(word);
        t.setBeginPosition(begin);
        t.setEndPosition(begin + word.length());
        return t;
    }
}

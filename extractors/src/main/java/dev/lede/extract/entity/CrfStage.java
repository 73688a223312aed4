package dev.lede.extract.entity;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.TestSequenceModel;
import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.ExactBestSequenceFinder;
import edu.stanford.nlp.sequences.ObjectBankWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a CoreNLP sequence classifier (a CRF, or an {@code NERClassifierCombiner} of several) over the
 * sentences of one language, through {@code classifySentence} so that the classifier's own preprocessing
 * (word normalisation, known-word tracking) runs as it did in training. Labels are mapped to
 * {@link NameSpan} types; IOB prefixes ("B-PER") and plain labels ("PERSON") are both understood.
 *
 * <p>A single CRF also leaves on each token how likely each type is there ({@link TypeProbabilities}, the
 * marginals of the forward-backward pass that Viterbi decoding computes anyway): the document stage weighs
 * a mention's vote by them, so a reading the CRF was unsure of gives way to confident ones.
 */
final class CrfStage implements NerStage {
    /** The types whose marginal probabilities a token carries, in the order of {@link TypeProbabilities}. */
    static final List<String> MARGINAL_TYPES = List.of(NameSpan.PER, NameSpan.ORG, NameSpan.LOC, NameSpan.MISC);

    /** Per token: the probability of each of {@link #MARGINAL_TYPES} (B- and I- labels summed). */
    static final class TypeProbabilities implements CoreAnnotation<double[]> {
        @Override
        public Class<double[]> getType() {
            return double[].class;
        }
    }

    /** Per token: the same probabilities from another language's CRF ({@link ForeignNameStage}). */
    static final class SecondOpinion implements CoreAnnotation<double[]> {
        @Override
        public Class<double[]> getType() {
            return double[].class;
        }
    }

    private static final Map<String, String> TYPES = Map.of(
            "PERSON", NameSpan.PER, "PER", NameSpan.PER,
            "ORGANIZATION", NameSpan.ORG, "ORG", NameSpan.ORG,
            "LOCATION", NameSpan.LOC, "LOC", NameSpan.LOC,
            "MISC", NameSpan.MISC);

    private final String name;
    private final String language;
    private final List<String> models;

    /**
     * @param language only sentences of this language are tagged ("en", "nl")
     * @param models   classpath paths (or files) of the model, or of several to combine; checked here,
     *                 loaded on the first sentence of {@code language} (once per process, see {@link NerModels})
     * @throws IllegalStateException if a model is neither on the classpath nor a file
     */
    CrfStage(String name, String language, List<String> models) {
        this.name = name;
        this.language = language;
        this.models = List.copyOf(models);
        for (String model : this.models) {
            if (!NerModels.exists(model)) {
                throw new IllegalStateException("NER model for '" + language + "' neither on the classpath nor a file: " + model);
            }
        }
    }

    private AbstractSequenceClassifier<CoreLabel> classifier() {
        return NerModels.load(models);
    }

    List<String> models() {
        return models;
    }

    /** Words the model saw in lower case in training: a capitalised one at a sentence start is likely no name. */
    java.util.Set<String> knownLowercaseWords() {
        return classifier().getKnownLCWords();
    }

    String language() {
        return language;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(List<TaggedSentence> article) {
        for (TaggedSentence s : article) {
            if (language.equals(s.language) && s.origin != TaggedSentence.Origin.TABLE && s.size() > 0) {
                tag(s);
            }
        }
    }

    private void tag(TaggedSentence s) {
        AbstractSequenceClassifier<CoreLabel> classifier = classifier();
        List<CoreLabel> out = classifier instanceof CRFClassifier<CoreLabel> crf && decodesByViterbi(crf)
                ? classifyWithMarginals(crf, s, TypeProbabilities.class) : classifier.classifySentence(s.tokens);
        String open = null;
        int openStart = -1;
        for (int i = 0; i <= out.size(); i++) {
            String label = i < out.size() ? out.get(i).get(CoreAnnotations.AnswerAnnotation.class) : "O";
            boolean begin = label != null && label.startsWith("B-");
            String type = type(label);
            if (open != null && (type == null || !type.equals(open) || begin)) {
                s.put(new NameSpan(openStart, i, open, name));
                open = null;
            }
            if (type != null && open == null) {
                open = type;
                openStart = i;
            }
        }
    }

    /**
     * Leaves this stage's model's type marginals on the tokens of {@code s} as a {@link SecondOpinion},
     * without touching its names; nothing if the model is not a single CRF decoded by Viterbi.
     */
    void secondOpinion(TaggedSentence s) {
        if (classifier() instanceof CRFClassifier<CoreLabel> crf && decodesByViterbi(crf)) {
            classifyWithMarginals(crf, s, SecondOpinion.class);
        }
    }

    /** Whether {@code classifySentence} would decode plainly by Viterbi, the path {@link #classifyWithMarginals} takes. */
    private static boolean decodesByViterbi(CRFClassifier<CoreLabel> crf) {
        return !crf.flags.doGibbs && !crf.flags.useReverse && "maxent".equalsIgnoreCase(crf.flags.crfType)
                && "Viterbi".equalsIgnoreCase(crf.flags.inferenceType);
    }

    /**
     * What {@code classifySentence} does (the classifier's own preprocessing, then Viterbi), keeping the
     * sequence model so that each token's type marginals can be read from it at no extra inference cost.
     */
    private static List<CoreLabel> classifyWithMarginals(CRFClassifier<CoreLabel> crf, TaggedSentence s,
                                                         Class<? extends CoreAnnotation<double[]>> marginals) {
        List<CoreLabel> document = new ArrayList<>(s.size());
        for (int i = 0; i < s.size(); i++) {
            CoreLabel t = new CoreLabel(s.tokens.get(i));
            t.set(CoreAnnotations.PositionAnnotation.class, Integer.toString(i));
            t.set(CoreAnnotations.AnswerAnnotation.class, crf.backgroundSymbol());
            document.add(t);
        }
        new ObjectBankWrapper<CoreLabel>(crf.flags, null, crf.getKnownLCWords()).processDocument(document);
        TestSequenceModel model = (TestSequenceModel) crf.getSequenceModel(document);
        int[] best = new ExactBestSequenceFinder().bestSequence(model);
        List<String> labels = crf.classIndex.objectsList();
        int[] typeOfLabel = new int[labels.size()];
        for (int k = 0; k < labels.size(); k++) {
            String type = type(labels.get(k));
            typeOfLabel[k] = type == null ? -1 : MARGINAL_TYPES.indexOf(type);
        }
        for (int i = 0; i < document.size(); i++) {
            document.get(i).set(CoreAnnotations.AnswerAnnotation.class, labels.get(best[i + model.leftWindow()]));
            double[] probs = new double[MARGINAL_TYPES.size()];
            for (int k = 0; k < labels.size(); k++) {
                if (typeOfLabel[k] >= 0) {
                    probs[typeOfLabel[k]] += model.labelProb(i, k);
                }
            }
            s.tokens.get(i).set(marginals, probs);
        }
        return document;
    }

    /** The span type of a CRF label, or null for background and for types Lede does not keep (DATE, MONEY). */
    static String type(String label) {
        if (label == null) {
            return null;
        }
        String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return TYPES.get(bare);
    }
}

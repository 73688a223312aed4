package dev.lede.extract.entity;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;
import java.util.Map;

/**
 * Runs a CoreNLP sequence classifier (a CRF, or an {@code NERClassifierCombiner} of several) over the
 * sentences of one language, through {@code classifySentence} so that the classifier's own preprocessing
 * (word normalisation, known-word tracking) runs as it did in training. Labels are mapped to
 * {@link NameSpan} types; IOB prefixes ("B-PER") and plain labels ("PERSON") are both understood.
 */
final class CrfStage implements NerStage {
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
        List<CoreLabel> out = classifier().classifySentence(s.tokens);
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

    /** The span type of a CRF label, or null for background and for types Lede does not keep (DATE, MONEY). */
    static String type(String label) {
        if (label == null) {
            return null;
        }
        String bare = label.length() > 2 && label.charAt(1) == '-' ? label.substring(2) : label;
        return TYPES.get(bare);
    }
}

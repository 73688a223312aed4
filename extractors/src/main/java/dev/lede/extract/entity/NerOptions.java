package dev.lede.extract.entity;

import java.util.List;

/**
 * Which models and mechanisms entity recognition uses. The defaults are what Lede ships; the evaluation
 * switches mechanisms off one at a time to measure what each adds.
 *
 * @param englishModels classpath paths of the English CRF models; several are combined with CoreNLP's
 *                      {@code NERClassifierCombiner} (the first model's labels win)
 * @param dutchModel    classpath path of the Dutch CRF model
 * @param compounds     split "ByteDance-oprichter" and "OpenAI-backed" so the name in front is found
 * @param rules         TokensRegex company-pattern rules ("... Robotics", "... B.V.", "... Inc.")
 * @param gazetteer     known companies, organisations, people and products
 * @param products      the product and model-name filter ("Claude 3.5 Sonnet", "Grok 3" are not people)
 * @param document      article-level consistency (one type per name; names found once are found everywhere)
 */
public record NerOptions(List<String> englishModels, String dutchModel, boolean compounds, boolean rules,
                         boolean gazetteer, boolean products, boolean document) {
    public static final String ENGLISH_3CLASS = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final String ENGLISH_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";
    public static final String ENGLISH_7CLASS = "edu/stanford/nlp/models/ner/english.muc.7class.distsim.crf.ser.gz";
    public static final String DUTCH = "dev/lede/extract/entity/dutch.conll2002.crf.ser.gz";

    public NerOptions {
        englishModels = List.copyOf(englishModels);
    }

    /** What Lede ships. */
    public static NerOptions defaults() {
        return new NerOptions(List.of(ENGLISH_4CLASS), DUTCH, true, true, true, true, true);
    }

    /** The bare CRFs: no mechanism on top. */
    public NerOptions bare() {
        return new NerOptions(englishModels, dutchModel, false, false, false, false, false);
    }

    public NerOptions withEnglishModels(List<String> models) {
        return new NerOptions(models, dutchModel, compounds, rules, gazetteer, products, document);
    }

    public NerOptions withDutchModel(String model) {
        return new NerOptions(englishModels, model, compounds, rules, gazetteer, products, document);
    }

    public NerOptions with(boolean compounds, boolean rules, boolean gazetteer, boolean products, boolean document) {
        return new NerOptions(englishModels, dutchModel, compounds, rules, gazetteer, products, document);
    }
}

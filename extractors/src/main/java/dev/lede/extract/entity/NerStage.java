package dev.lede.extract.entity;

import java.util.List;

/**
 * One mechanism of name recognition (the CRF, company rules, the gazetteer, the product filter,
 * document consistency), applied in turn to every sentence of an article. Stages are thread-safe.
 */
interface NerStage {

    /** A short name for logs and for the evaluation's before/after table. */
    String name();

    /** Adds, retypes or removes names in the sentences of one article (all its parts and languages). */
    void apply(List<TaggedSentence> article);
}

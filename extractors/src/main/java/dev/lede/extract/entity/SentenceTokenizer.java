package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.List;

/**
 * Splits text into sentences of tokens that carry character offsets, tokenised the way the language's
 * NER model was trained (a CRF tagging tokens it never saw in training loses much of its accuracy).
 */
interface SentenceTokenizer {

    /**
     * @param text   the text to split
     * @param offset added to every token offset, so offsets refer to the enclosing document
     */
    List<List<CoreLabel>> sentences(String text, int offset);
}

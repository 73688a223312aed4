package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.TokenizerFactory;
import edu.stanford.nlp.process.WordToSentenceProcessor;

import java.io.StringReader;
import java.util.List;

/** CoreNLP's PTB tokeniser and sentence splitter: what the English CRF models were trained on. Thread-safe. */
final class EnglishTokenizer implements SentenceTokenizer {
    // untokenizable=noneDelete: stray control or private-use characters are dropped without a log line each
    private static final String OPTIONS = "invertible=false,untokenizable=noneDelete,splitHyphenated=false";
    private final TokenizerFactory<CoreLabel> factory = PTBTokenizer.factory(new CoreLabelTokenFactory(), OPTIONS);

    @Override
    public List<List<CoreLabel>> sentences(String text, int offset) {
        List<CoreLabel> tokens = factory.getTokenizer(new StringReader(text)).tokenize();
        if (offset != 0) {
            for (CoreLabel t : tokens) {
                t.setBeginPosition(t.beginPosition() + offset);
                t.setEndPosition(t.endPosition() + offset);
            }
        }
        // the processor keeps no state between calls, but is cheap: one per call keeps this class thread-safe
        return new WordToSentenceProcessor<CoreLabel>().process(tokens);
    }
}

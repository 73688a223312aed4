package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DutchTokenizerTest {
    private final DutchTokenizer tokenizer = new DutchTokenizer();

    private List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (List<CoreLabel> sentence : tokenizer.sentences(text, 0)) {
            for (CoreLabel t : sentence) {
                words.add(t.word());
            }
        }
        return words;
    }

    @Test
    void keepsCompoundsPossessivesElisionsAndAbbreviationsWholeAsTheTrainingDataDoes() {
        assertEquals(List.of("ByteDance-oprichter", "Zhang", "zei", "'s", "avonds", ":", "\"", "Nvidia's", "chips",
                        "zijn", "o.a.", "duur", "\"", "."),
                words("ByteDance-oprichter Zhang zei 's avonds: \"Nvidia's chips zijn o.a. duur\"."));
        assertEquals(List.of("J.", "van", "der", "Berg", "(", "CDA", ")", "en", "dr.", "Jansen", "..."),
                words("J. van der Berg (CDA) en dr. Jansen..."));
    }

    @Test
    void splitsSentencesAtFinalPunctuationButNotAfterInitials() {
        List<List<CoreLabel>> sentences = tokenizer.sentences("Topman J. Jansen vertrekt. Wie volgt hem op? Niemand.", 0);
        assertEquals(3, sentences.size());
    }

    @Property
    void everyTokenIsTheTextAtItsOffsets(@ForAll String text) {
        int offset = 7;
        for (List<CoreLabel> sentence : tokenizer.sentences(text, offset)) {
            for (CoreLabel t : sentence) {
                assertEquals(t.word(), text.substring(t.beginPosition() - offset, t.endPosition() - offset));
                assertTrue(t.endPosition() > t.beginPosition());
            }
        }
    }
}

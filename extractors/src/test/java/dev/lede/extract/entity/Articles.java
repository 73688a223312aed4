package dev.lede.extract.entity;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.ArrayList;
import java.util.List;

/** Builds tagged sentences for stage tests without a model: the test says which words the "CRF" found. */
final class Articles {
    private Articles() {
    }

    /**
     * Tokenises {@code text} (English rules) as one body and tags each {@code name=TYPE} given, at every
     * place its words occur, as if a CRF had found it.
     */
    static List<TaggedSentence> english(String text, String... names) {
        return tagged(new EnglishTokenizer().sentences(text, 0), "en", names);
    }

    static List<TaggedSentence> dutch(String text, String... names) {
        return tagged(new DutchTokenizer().sentences(text, 0), "nl", names);
    }

    private static List<TaggedSentence> tagged(List<List<CoreLabel>> sentences, String language, String... names) {
        List<TaggedSentence> article = new ArrayList<>();
        for (List<CoreLabel> tokens : sentences) {
            TaggedSentence s = new TaggedSentence(tokens, language, TaggedSentence.Origin.BODY);
            for (String name : names) {
                String[] parts = name.split("=");
                String[] words = parts[0].split(" ");
                for (int i = 0; i + words.length <= s.size(); i++) {
                    if (s.words(i, i + words.length).equals(parts[0]) && s.isFree(i, i + words.length)) {
                        s.put(new NameSpan(i, i + words.length, parts[1], "crf-test"));
                    }
                }
            }
            article.add(s);
        }
        return article;
    }

    /** "words|TYPE" for every name of the article, in order. */
    static List<String> names(List<TaggedSentence> article) {
        List<String> out = new ArrayList<>();
        for (TaggedSentence s : article) {
            for (NameSpan n : s.names()) {
                out.add(s.words(n.start(), n.end()) + "|" + n.type());
            }
        }
        return out;
    }
}

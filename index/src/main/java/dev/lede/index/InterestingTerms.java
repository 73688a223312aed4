package dev.lede.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.similarities.ClassicSimilarity;
import org.apache.lucene.util.PriorityQueue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words that say what a text is about, chosen as Lucene's {@code MoreLikeThis} chooses them with
 * {@code minTermFreq} 1 and boosting on: each distinct word of each field (the first {@code maxTokens}
 * tokens of each text, noise words left out) scores its frequency in the text times its idf, words in too
 * few or too many articles are left out, and the best {@code maxTerms} are kept, boosted by their score
 * over the lowest kept score. The same words, boosts and order as {@code MoreLikeThis}, ties included
 * (the candidates are visited in the same hash order), so lists do not change.
 *
 * <p>What differs is the cost: {@code MoreLikeThis} asks the reader for the document frequency of every
 * distinct word, a fresh term-dictionary seek per word and segment, which was a third of a related list's
 * time at 100,000 articles. Here all words are looked up in one ordered pass per segment and field
 * ({@link TermStatesLookup}), and their per-segment states are kept for the query that uses them.
 *
 * @param terms   the chosen words with their boosts, in the order {@code MoreLikeThis} adds them (lowest score first)
 * @param surface for each chosen word, the first form the text writes it in ("overname" for "overnam")
 * @param states  the per-segment states of every word looked up that is in few enough articles, chosen or not
 */
record InterestingTerms(List<Choice> terms, Map<Term, String> surface, Map<Term, TermStates> states) {
    /** {@code MoreLikeThis}'s default similarity, whose idf scores the words. */
    private static final ClassicSimilarity SIMILARITY = new ClassicSimilarity();

    /** One chosen word and its boost (1 for the lowest-scoring word kept). */
    record Choice(Term term, float boost) {
    }

    /**
     * How words are chosen.
     *
     * @param minDocFreq    fewest articles a word must be in
     * @param maxDocFreq    most articles a word may be in
     * @param minWordLength shortest word (as analysed) that counts
     * @param maxTerms      words to keep
     * @param maxTokens     tokens of each text to read
     * @param stopWords     words (as analysed) that never count
     */
    record Settings(int minDocFreq, int maxDocFreq, int minWordLength, int maxTerms, int maxTokens, Set<String> stopWords) {
    }

    /** Chooses the words of {@code textsByField} (each field's texts, analysed as that field). */
    static InterestingTerms choose(IndexReader reader, Analyzer analyzer, Map<String, List<String>> textsByField,
                                   Settings settings) throws IOException {
        // hash maps filled in MoreLikeThis's order, so that ties between equal scores resolve as there
        Map<String, Map<String, int[]>> frequencies = new HashMap<>();
        Map<Term, String> firstForms = new HashMap<>();
        List<Term> words = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : textsByField.entrySet()) {
            String field = e.getKey();
            Map<String, int[]> counts = frequencies.computeIfAbsent(field, f -> new HashMap<>());
            for (String text : e.getValue()) {
                count(analyzer, field, text, settings, counts, firstForms, words);
            }
        }
        Map<Term, TermStates> states = TermStatesLookup.lookUp(reader.getContext(), words, settings.maxDocFreq());

        int candidates = frequencies.values().stream().mapToInt(Map::size).sum();
        PriorityQueue<Scored> queue = new PriorityQueue<>(Math.min(settings.maxTerms(), candidates)) {
            @Override
            protected boolean lessThan(Scored a, Scored b) {
                return a.score < b.score;
            }
        };
        for (Map.Entry<String, Map<String, int[]>> e : frequencies.entrySet()) {
            long docCount = reader.getDocCount(e.getKey());
            if (docCount == -1) {
                docCount = reader.numDocs();
            }
            for (Map.Entry<String, int[]> w : e.getValue().entrySet()) {
                Term term = new Term(e.getKey(), w.getKey());
                TermStates termStates = states.get(term); // none: in too many articles
                int docFreq = termStates == null ? 0 : termStates.docFreq();
                if (docFreq == 0 || docFreq < settings.minDocFreq()) {
                    continue;
                }
                float score = w.getValue()[0] * SIMILARITY.idf(docFreq, docCount);
                if (queue.size() < settings.maxTerms()) {
                    queue.add(new Scored(term, score));
                } else if (queue.top().score < score) {
                    queue.top().term = term;
                    queue.top().score = score;
                    queue.updateTop();
                }
            }
        }
        List<Choice> chosen = new ArrayList<>();
        Map<Term, String> surface = new HashMap<>();
        float lowest = -1;
        for (Scored s = queue.pop(); s != null; s = queue.pop()) {
            if (lowest == -1) {
                lowest = s.score;
            }
            chosen.add(new Choice(s.term, s.score / lowest));
            surface.put(s.term, firstForms.get(s.term));
        }
        return new InterestingTerms(List.copyOf(chosen), Map.copyOf(surface), states);
    }

    /** Counts the words of one text, and remembers each word's first written form and the words to look up. */
    private static void count(Analyzer analyzer, String field, String text, Settings settings, Map<String, int[]> counts,
                              Map<Term, String> firstForms, List<Term> words) throws IOException {
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            TermFrequencyAttribute frequency = ts.addAttribute(TermFrequencyAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int tokens = 0;
            while (ts.incrementToken()) {
                if (++tokens > settings.maxTokens()) {
                    break;
                }
                String word = term.toString();
                if (word.length() < settings.minWordLength() || settings.stopWords().contains(word)) {
                    continue;
                }
                int[] count = counts.get(word);
                if (count == null) {
                    counts.put(word, new int[]{frequency.getTermFrequency()});
                    Term t = new Term(field, word);
                    words.add(t);
                    firstForms.putIfAbsent(t, text.substring(offset.startOffset(), offset.endOffset()));
                } else {
                    count[0] += frequency.getTermFrequency();
                }
            }
            ts.end();
        }
    }

    /** A word and its score, changed in place as the queue replaces its lowest entry. */
    private static final class Scored {
        Term term;
        float score;

        Scored(Term term, float score) {
            this.term = term;
            this.score = score;
        }
    }
}

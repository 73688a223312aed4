package dev.lede.index;

import org.apache.lucene.index.IndexReaderContext;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The per-segment states and statistics of many terms at once. Looking terms up one by one
 * ({@link TermStates#build}, {@code IndexReader.docFreq}) opens a new terms enumeration per term and
 * segment and walks the term dictionary from its root each time; here each segment and field gets one
 * enumeration, and the terms are sought in term order, so each seek starts from where the last one ended
 * and reuses the blocks they share.
 */
final class TermStatesLookup {
    private TermStatesLookup() {
    }

    /**
     * The states of {@code terms} in every segment of {@code top}, with their document frequencies summed
     * over the segments as {@link TermStates#build} sums them; a term in no segment has a docFreq of 0.
     * Terms in more than {@code maxDocFreq} documents are left out: the largest segments are read first,
     * and a term is no longer sought once the segments read so far hold it more often than that.
     */
    static Map<Term, TermStates> lookUp(IndexReaderContext top, Collection<Term> terms, int maxDocFreq) throws IOException {
        TreeSet<Term> sorted = new TreeSet<>(terms); // by field, then in the term dictionary's byte order
        Map<Term, TermStates> states = new HashMap<>();
        for (Term t : sorted) {
            states.put(t, new TermStates(top));
        }
        List<LeafReaderContext> largestFirst = new ArrayList<>(top.leaves());
        largestFirst.sort(Comparator.comparingInt((LeafReaderContext leaf) -> leaf.reader().maxDoc()).reversed());
        for (LeafReaderContext leaf : largestFirst) {
            String field = null;
            TermsEnum enumeration = null;
            for (Term t : sorted) {
                TermStates termStates = states.get(t);
                if (termStates.docFreq() > maxDocFreq) {
                    continue;
                }
                if (!t.field().equals(field)) {
                    field = t.field();
                    Terms fieldTerms = leaf.reader().terms(field);
                    enumeration = fieldTerms == null ? null : fieldTerms.iterator();
                }
                if (enumeration != null && enumeration.seekExact(t.bytes())) {
                    termStates.register(enumeration.termState(), leaf.ord, enumeration.docFreq(), enumeration.totalTermFreq());
                }
            }
        }
        states.values().removeIf(termStates -> termStates.docFreq() > maxDocFreq);
        return states;
    }
}

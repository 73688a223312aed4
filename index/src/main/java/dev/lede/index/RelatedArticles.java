package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.MoneyAmount;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeMap;

/**
 * "Further Reading" for an article: the articles an editor would list under it, in any language.
 *
 * <p>How a list is made:
 * <ol>
 *   <li>Candidates come from three searches: MoreLikeThis over title, summary and body in the source's
 *   own language fields (Dutch and English analysed apart, with a minimum-should-match so that one shared
 *   word is not enough); the source's name-like tokens (names, places, products: the same in every
 *   language); and its companies, people, money figures, numbers and topics as keywords.</li>
 *   <li>Each candidate gets a score of parts ({@link RelatedScore}), each computed exactly by Lucene for
 *   that candidate: text and anchor similarity relative to the source's own score, and the rarity-weighted
 *   share of the source's companies and people, money figures, numbers and topics it has too (each shared
 *   key counts its idf). Recency scales the weighted sum.</li>
 *   <li>Editions fold together: near-identical wording in one language (MinHash of word shingles), or
 *   nearly the same names and figures in another language (MinHash of those) within a few days and at
 *   about the same length, becomes one entry whose {@link RelatedArticle#alsoIn()} lists the other
 *   editions. A republished copy of the source itself is left out; the source's edition in another
 *   language stays an entry of its own, as the way to read it in that language.</li>
 * </ol>
 * Thread-safe; get it from {@link ArticleIndex#related()}.
 */
public final class RelatedArticles {
    /** Recency halves every this many days between the two publication dates. */
    public static final int RECENCY_HALF_LIFE_DAYS = 30;
    /** Most entries a list can have. */
    public static final int MAX_LIMIT = 50;

    static final double W_TEXT = 0.35;
    static final double W_ANCHORS = 0.25;
    static final double W_ENTITIES = 0.20;
    static final double W_MONEY = 0.10;
    static final double W_NUMBERS = 0.05;
    static final double W_TOPICS = 0.05;
    /** Share of the score that recency can take away. */
    static final double RECENCY_SHARE = 0.2;
    /** Below this relevance a candidate says too little to be listed. */
    static final double MIN_RELEVANCE = 0.06;
    /** Same-language texts this similar (estimated Jaccard of word 3-shingles) are one piece. */
    static final double NEAR_DUPLICATE = 0.5;
    /** Other-language articles this similar in names and figures (estimated Jaccard) may be one piece ... */
    static final double EDITION_OVERLAP = 0.5;
    /** ... when published this many days apart at most ... */
    static final int EDITION_DAYS = 2;
    /** ... and of about the same length (translations differ by a fifth or so, not by half). */
    static final double EDITION_LENGTH_RATIO = 1.6;

    /** Words (as analysed) that every news article says, beyond the analyzers' stop words. */
    private static final Set<String> NEWS_STOP_WORDS = Set.of("said", "sai", "say", "zei", "zegt", "zeg", "aldus",
            "also", "ook", "year", "jaar", "percent", "procent");
    /** Words, names and figures in more than this share of the index say nothing about a story. */
    static final int MAX_KEY_SHARE_PERCENT = 5;
    private static final int CANDIDATES = 30;
    private static final int MLT_TERMS = 25;
    /**
     * Words of each field that MoreLikeThis reads: a news story says what it is about at the top, and every
     * distinct word costs a term lookup per segment, so a 3,000-word feature read to the end would cost
     * many times a news item.
     */
    private static final int MLT_TOKENS = 400;
    private static final int ANCHOR_TERMS = 25;
    private static final int SHARED_TERMS = 8;

    private final ArticleIndex index;

    RelatedArticles(ArticleIndex index) {
        this.index = index;
    }

    /**
     * The related articles of an article, best first.
     *
     * @param idOrUrl an article id, or a URL the article was fetched from or declares as canonical
     * @param limit   how many entries at most (1 to {@value #MAX_LIMIT}; larger values are capped)
     * @throws NoSuchElementException when no article has that id or URL
     */
    public List<RelatedArticle> related(String idOrUrl, int limit) throws IOException {
        return explain(idOrUrl, limit).stream().map(ExplainedRelated::article).toList();
    }

    /** As {@link #related}, with each entry's score parts. */
    public List<ExplainedRelated> explain(String idOrUrl, int limit) throws IOException {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1: " + limit);
        }
        Article source = index.find(idOrUrl)
                .orElseThrow(() -> new NoSuchElementException("no article with id or URL \"" + idOrUrl + "\""));
        int n = Math.min(limit, MAX_LIMIT);
        return index.withSearcher(searcher -> new ListBuilder(searcher, source).build(n));
    }

    /** One list, built against one searcher. */
    private final class ListBuilder {
        private final IndexSearcher searcher;
        private final IndexReader reader;
        private final Article source;
        private final StoryFeatures features;
        private final int sourceDoc;
        private final Map<Term, Double> idf = new HashMap<>();
        /**
         * Each term's per-segment states, looked up once per list: the candidate search, the exact scores
         * of each part and the "why" of each entry all use them, instead of seeking every term again.
         */
        private final Map<Term, TermStates> termStates = new HashMap<>();
        private List<Term> sharedAnchors;
        /** The source's anchors, each as it first writes it (for "why"). */
        private final Map<String, String> anchorForms;
        /** The MoreLikeThis terms, and the source's words behind each (for "why"). */
        private final List<Term> textTerms = new ArrayList<>();
        private final Map<Term, String> surface = new HashMap<>();
        /** One terms enumeration per field and segment for the "why" checks, positioned by term state. */
        private final Map<String, TermsEnum[]> termsEnums = new HashMap<>();
        /** The stored fields of this searcher's segments, opened once for the list's entries. */
        private StoredFields stored;

        ListBuilder(IndexSearcher searcher, Article source) throws IOException {
            this.searcher = searcher;
            this.reader = searcher.getIndexReader();
            this.source = source;
            this.anchorForms = StoryFeatures.anchorForms(source);
            this.features = StoryFeatures.of(source, anchorForms);
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, source.id())), 1);
            this.sourceDoc = top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
        }

        List<ExplainedRelated> build(int limit) throws IOException {
            lookUpKeys();
            // the parts of the score, each a query; the source's own score normalises text and anchors
            // (the best a candidate can do is to say everything the source says)
            Part text = new Part(W_TEXT, textQuery());
            Part anchors = new Part(W_ANCHORS, keywordQuery(sharedKeys(Map.of(IndexFields.ANCHORS, features.anchors())), ANCHOR_TERMS, false));
            Part entities = weightedKeys(W_ENTITIES, Map.of(IndexFields.COMPANY, features.companies(),
                    IndexFields.PERSON, features.people()));
            Part money = weightedKeys(W_MONEY, Map.of(IndexFields.MONEY_KEY, features.money()));
            Part numbers = weightedKeys(W_NUMBERS, Map.of(IndexFields.NUMBER, features.numbers()));
            Part topics = weightedKeys(W_TOPICS, Map.of(IndexFields.TOPIC, features.topics()));
            List<Part> parts = List.of(text, anchors, entities, money, numbers, topics);
            if (sourceDoc >= 0) {
                text.best = scores(text.query, List.of(sourceDoc)).getOrDefault(sourceDoc, 0f);
                anchors.best = scores(anchors.query, List.of(sourceDoc)).getOrDefault(sourceDoc, 0f);
            }

            // one search whose score is the weighted sum of the parts: its top is the list's candidates
            BooleanQuery.Builder relevance = new BooleanQuery.Builder();
            for (Part part : parts) {
                if (part.query != null && part.best > 0) {
                    relevance.add(new BoostQuery(part.query, (float) (part.weight / part.best)), BooleanClause.Occur.SHOULD);
                }
            }
            if (sourceDoc >= 0) {
                relevance.add(new TermQuery(new Term(IndexFields.ID, source.id())), BooleanClause.Occur.MUST_NOT);
            }
            Set<Integer> docs = new HashSet<>();
            // the count of all matches is not needed: counting stops at the candidates, so that the
            // search can skip the articles that cannot make them (Lucene counts the first 1,000 otherwise)
            int wanted = candidates(limit);
            TopDocs top = searcher.search(relevance.build(), new TopScoreDocCollectorManager(wanted, wanted));
            for (ScoreDoc sd : top.scoreDocs) {
                docs.add(sd.doc);
            }
            if (docs.isEmpty()) {
                return List.of();
            }
            List<Integer> sorted = new ArrayList<>(docs);
            if (sourceDoc >= 0) {
                sorted.add(sourceDoc);
            }
            sorted.sort(null);
            for (Part part : parts) {
                part.scores = scores(part.query, sorted);
            }
            Map<Integer, Candidate> candidates = new TreeMap<>();
            for (int doc : sorted) {
                candidates.put(doc, new Candidate(doc));
            }
            readDocValues(candidates);
            Candidate sourceCandidate = candidates.remove(sourceDoc);
            Integer sourceDay = sourceCandidate == null ? dayOf(source) : sourceCandidate.day;
            List<Candidate> ranked = new ArrayList<>();
            for (Candidate c : candidates.values()) {
                double t = text.of(c.doc);
                double a = anchors.of(c.doc);
                double e = entities.of(c.doc);
                double m = money.of(c.doc);
                double n = numbers.of(c.doc);
                double p = topics.of(c.doc);
                double recency = recency(sourceDay, c.day);
                double sum = W_TEXT * t + W_ANCHORS * a + W_ENTITIES * e + W_MONEY * m + W_NUMBERS * n + W_TOPICS * p;
                double total = sum * (1 - RECENCY_SHARE + RECENCY_SHARE * recency);
                c.score = new RelatedScore(round(t), round(a), round(e), round(m), round(n), round(p), round(recency),
                        round(sum), round(total));
                if (sum >= MIN_RELEVANCE) {
                    ranked.add(c);
                }
            }
            ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score.total()).reversed()
                    .thenComparingInt(c -> c.doc));
            return fold(ranked, sourceCandidate, limit);
        }

        /** The states of all the source's keys, in one ordered pass per segment and field. */
        private void lookUpKeys() throws IOException {
            Map<String, Set<String>> keysByField = Map.of(IndexFields.ANCHORS, features.anchors(),
                    IndexFields.COMPANY, features.companies(), IndexFields.PERSON, features.people(),
                    IndexFields.MONEY_KEY, features.money(), IndexFields.NUMBER, features.numbers(),
                    IndexFields.TOPIC, features.topics());
            List<Term> keys = new ArrayList<>();
            keysByField.forEach((field, values) -> values.forEach(v -> keys.add(new Term(field, v))));
            // every key, however common: the "why" of an entry checks the source's names in each candidate
            termStates.putAll(TermStatesLookup.lookUp(reader.getContext(), keys, Integer.MAX_VALUE));
        }

        /** Enough candidates that folded editions and the recency re-ranking still leave a full list. */
        private int candidates(int limit) {
            return Math.max(CANDIDATES, 3 * limit);
        }

        // ---- queries

        /** MoreLikeThis's choice of the source's words in its own language fields, with a minimum-should-match. */
        private Query textQuery() throws IOException {
            Map<String, List<String>> like = new LinkedHashMap<>();
            String edition = IndexFields.languageKey(source.language());
            addLike(like, IndexFields.title(edition), source.title());
            addLike(like, IndexFields.summary(edition), source.summary());
            ArticleDocuments.bodyByLanguage(source).forEach((key, text) -> addLike(like, IndexFields.body(key), text));
            if (like.isEmpty()) {
                return null;
            }
            InterestingTerms.Settings settings = new InterestingTerms.Settings(
                    2,  // the source plus at least one other article (news articles are short: a word said once counts)
                    (int) Math.max(10, (long) reader.numDocs() * MAX_KEY_SHARE_PERCENT / 100),
                    2, MLT_TERMS, MLT_TOKENS, NEWS_STOP_WORDS);
            InterestingTerms chosen = InterestingTerms.choose(reader, index.analyzer(), like, settings);
            termStates.putAll(chosen.states());
            surface.putAll(chosen.surface());
            if (chosen.terms().isEmpty()) {
                return null;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (InterestingTerms.Choice c : chosen.terms()) {
                textTerms.add(c.term());
                b.add(new BoostQuery(termQuery(c.term()), c.boost()), BooleanClause.Occur.SHOULD);
            }
            b.setMinimumNumberShouldMatch(Math.min(4, Math.max(1, chosen.terms().size() / 8)));
            return b.build();
        }

        private void addLike(Map<String, List<String>> like, String field, String text) {
            if (text != null && !text.isBlank()) {
                like.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            }
        }

        /**
         * The source's keys that some other article has too (a key only the source has cannot be shared),
         * and that not every article has (in more than {@value #MAX_KEY_SHARE_PERCENT}% of the index a
         * name or figure says nothing about a story).
         */
        private List<Term> sharedKeys(Map<String, Set<String>> keysByField) throws IOException {
            List<Term> terms = new ArrayList<>();
            long common = Math.max(10, (long) reader.numDocs() * MAX_KEY_SHARE_PERCENT / 100);
            for (Map.Entry<String, Set<String>> e : keysByField.entrySet()) {
                for (String key : e.getValue()) {
                    Term t = new Term(e.getKey(), key);
                    int df = docFreq(t);
                    if (df >= 2 && df <= common) {
                        terms.add(t);
                    }
                }
            }
            return terms;
        }

        private int docFreq(Term t) throws IOException {
            return states(t).docFreq();
        }

        private TermStates states(Term t) throws IOException {
            TermStates states = termStates.get(t);
            if (states == null) {
                states = TermStates.build(searcher, t, true);
                termStates.put(t, states);
            }
            return states;
        }

        private TermQuery termQuery(Term t) throws IOException {
            return new TermQuery(t, states(t));
        }

        /** A SHOULD query over the rarest shared keys, scored by BM25 or by idf alone ({@code constant}). */
        private Query keywordQuery(List<Term> shared, int max, boolean constant) throws IOException {
            List<Term> terms = new ArrayList<>(shared);
            if (terms.isEmpty()) {
                return null;
            }
            terms.sort(Comparator.comparingDouble(this::idf).reversed());
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Term t : terms.subList(0, Math.min(max, terms.size()))) {
                Query q = termQuery(t);
                b.add(constant ? new BoostQuery(new ConstantScoreQuery(q), (float) idf(t)) : q, BooleanClause.Occur.SHOULD);
            }
            return b.build();
        }

        /** A part whose score is the summed idf of the keys a document shares, out of all the source could share. */
        private Part weightedKeys(double weight, Map<String, Set<String>> keysByField) throws IOException {
            List<Term> shared = sharedKeys(keysByField);
            Part part = new Part(weight, keywordQuery(shared, Integer.MAX_VALUE, true));
            part.best = 0;
            for (Term t : shared) {
                part.best += idf(t);
            }
            return part;
        }

        /** BM25's idf of a keyword: rare companies, figures and names weigh more than common ones. */
        private double idf(Term t) {
            return idf.computeIfAbsent(t, k -> {
                try {
                    long df = docFreq(k);
                    long n = reader.numDocs();
                    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }

        // ---- scoring

        /** The query's exact score for each of {@code docs} (ascending) that it matches. */
        private Map<Integer, Float> scores(Query query, List<Integer> docs) throws IOException {
            Map<Integer, Float> scores = new HashMap<>();
            if (query == null) {
                return scores;
            }
            Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE, 1f);
            List<LeafReaderContext> leaves = reader.leaves();
            int leafIndex = -1;
            Scorer scorer = null;
            for (int doc : docs) {
                int li = ReaderUtil.subIndex(doc, leaves);
                if (li != leafIndex) {
                    leafIndex = li;
                    scorer = weight.scorer(leaves.get(li));
                }
                if (scorer == null) {
                    continue;
                }
                int local = doc - leaves.get(li).docBase;
                DocIdSetIterator it = scorer.iterator();
                if (it.docID() < local) {
                    it.advance(local);
                }
                if (it.docID() == local) {
                    scores.put(doc, scorer.score());
                }
            }
            return scores;
        }

        private double recency(Integer sourceDay, Integer day) {
            if (sourceDay == null || day == null) {
                return 0.5;
            }
            return Math.pow(0.5, Math.abs(sourceDay - day) / (double) RECENCY_HALF_LIFE_DAYS);
        }

        private Integer dayOf(Article a) {
            LocalDate d = PublicationDates.dateOf(a.publishedAt());
            return d == null ? null : (int) d.toEpochDay();
        }

        // ---- editions

        private List<ExplainedRelated> fold(List<Candidate> ranked, Candidate sourceCandidate, int limit) throws IOException {
            List<Candidate> entries = new ArrayList<>();
            Map<Candidate, List<Candidate>> editions = new HashMap<>();
            Set<Candidate> sourceEditions = new HashSet<>();
            for (Candidate c : ranked) {
                boolean ofSource = false;
                if (sourceCandidate != null) {
                    if (isNearDuplicate(c, sourceCandidate)) {
                        continue; // the source republished: not further reading
                    }
                    ofSource = isEdition(c, sourceCandidate);
                }
                Candidate home = null;
                for (Candidate e : entries) {
                    // the source's own edition in another language stays an entry of its own: other
                    // articles fold into it only when they are copies of it
                    boolean copiesOnly = ofSource || sourceEditions.contains(e);
                    if (copiesOnly ? isNearDuplicate(c, e) : isEdition(c, e)) {
                        home = e;
                        break;
                    }
                }
                if (home != null) {
                    editions.get(home).add(c);
                } else if (entries.size() < limit) {
                    entries.add(c);
                    editions.put(c, new ArrayList<>());
                    if (ofSource) {
                        sourceEditions.add(c);
                    }
                }
            }
            List<ExplainedRelated> list = new ArrayList<>();
            for (Candidate e : entries) {
                list.add(new ExplainedRelated(entry(e, editions.get(e)), e.score));
            }
            return list;
        }

        /** Near-identical wording in one language: a copy, republished with small changes. */
        private boolean isNearDuplicate(Candidate a, Candidate b) {
            return sameLanguage(a, b) && StoryFeatures.jaccard(a.minHash, b.minHash) >= NEAR_DUPLICATE;
        }

        /**
         * One piece in two editions: a copy in the same language, or in another language within
         * {@value #EDITION_DAYS} days, of about the same length, with nearly the same names and figures.
         */
        private boolean isEdition(Candidate a, Candidate b) {
            if (sameLanguage(a, b)) {
                return isNearDuplicate(a, b);
            }
            if (a.day != null && b.day != null && Math.abs(a.day - b.day) > EDITION_DAYS) {
                return false;
            }
            double ratio = (a.length + 1.0) / (b.length + 1.0);
            if (ratio > EDITION_LENGTH_RATIO || ratio < 1 / EDITION_LENGTH_RATIO) {
                return false;
            }
            return StoryFeatures.jaccard(a.storyHash, b.storyHash) >= EDITION_OVERLAP;
        }

        private boolean sameLanguage(Candidate a, Candidate b) {
            return a.language != null && a.language.equals(b.language);
        }

        // ---- the entry and why

        private RelatedArticle entry(Candidate c, List<Candidate> editions) throws IOException {
            if (stored == null) {
                stored = searcher.storedFields();
            }
            ArticleDocuments.Headline a = ArticleDocuments.headline(ArticleRecords.json(searcher.getIndexReader(), c.doc));
            List<String> companies = sharedNames(source.companies(), IndexFields.COMPANY, c.doc);
            List<String> people = sharedNames(source.people(), IndexFields.PERSON, c.doc);
            List<String> alsoIn = new ArrayList<>();
            for (Candidate e : editions) {
                alsoIn.add(stored.document(e.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return new RelatedArticle(a.id(), a.url(), a.title(), a.language(), a.publishedAt(), c.score.total(),
                    companies, people, sharedTerms(c.doc, companies, people), alsoIn);
        }

        private List<String> sharedNames(List<Entity> entities, String field, int doc) throws IOException {
            Set<String> names = new LinkedHashSet<>();
            for (Entity e : entities) {
                if (e.name() != null && !e.name().isBlank() && contains(doc, new Term(field, StoryFeatures.key(e.name())))) {
                    names.add(e.name());
                }
            }
            return List.copyOf(names);
        }

        /** Shared money figures as the source writes them, then the rarest shared names, then shared words of the text. */
        private List<String> sharedTerms(int doc, List<String> companies, List<String> people) throws IOException {
            Set<String> terms = new LinkedHashSet<>();
            Set<String> said = new HashSet<>();
            companies.forEach(n -> said.addAll(List.of(StoryFeatures.key(n).split(" "))));
            people.forEach(n -> said.addAll(List.of(StoryFeatures.key(n).split(" "))));
            for (MoneyAmount m : source.money()) {
                Set<String> keys = StoryFeatures.moneyKeys(List.of(m));
                boolean shared = !keys.isEmpty();
                for (String k : keys) {
                    shared &= contains(doc, new Term(IndexFields.MONEY_KEY, k));
                }
                if (shared) {
                    terms.add(m.text());
                }
            }
            if (sharedAnchors == null) {
                sharedAnchors = sharedKeys(Map.of(IndexFields.ANCHORS, features.anchors()));
                sharedAnchors.sort(Comparator.comparingDouble(this::idf).reversed());
            }
            for (Term t : sharedAnchors) {
                if (terms.size() >= SHARED_TERMS) {
                    break;
                }
                // a lone letter (the "B" of "$6B" split off in a table) explains nothing to a reader
                if (!said.contains(t.text()) && t.text().length() > 1 && contains(doc, t)) {
                    terms.add(anchorForms.getOrDefault(t.text(), t.text()));
                    said.add(t.text());
                }
            }
            for (Term t : textTerms) {
                if (terms.size() >= SHARED_TERMS) {
                    break;
                }
                String word = surface.getOrDefault(t, t.text());
                if (!said.contains(StoryFeatures.key(word)) && contains(doc, t)) {
                    terms.add(word.toLowerCase(Locale.ROOT));
                    said.add(StoryFeatures.key(word));
                }
            }
            return terms.stream().limit(SHARED_TERMS).toList();
        }

        private boolean contains(int doc, Term t) throws IOException {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            TermState state = states(t).get(leaf);
            if (state == null) {
                return false; // not in this segment: known without a seek
            }
            TermsEnum[] perLeaf = termsEnums.computeIfAbsent(t.field(), f -> new TermsEnum[reader.leaves().size()]);
            if (perLeaf[leaf.ord] == null) {
                perLeaf[leaf.ord] = leaf.reader().terms(t.field()).iterator();
            }
            TermsEnum terms = perLeaf[leaf.ord];
            terms.seekExact(t.bytes(), state);
            int local = doc - leaf.docBase;
            return terms.postings(null, PostingsEnum.NONE).advance(local) == local;
        }

        // ---- doc values

        /** Reads what folding editions needs, one iterator per leaf and field, candidates in doc order. */
        private void readDocValues(Map<Integer, Candidate> candidates) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            int leafIndex = -1;
            SortedDocValues language = null;
            NumericDocValues day = null;
            NumericDocValues length = null;
            BinaryDocValues minHash = null;
            BinaryDocValues storyHash = null;
            for (Candidate c : candidates.values()) {
                int li = ReaderUtil.subIndex(c.doc, leaves);
                LeafReaderContext leaf = leaves.get(li);
                if (li != leafIndex) {
                    leafIndex = li;
                    language = DocValues.getSorted(leaf.reader(), IndexFields.LANGUAGE);
                    day = DocValues.getNumeric(leaf.reader(), IndexFields.PUBLISHED_DAY);
                    length = DocValues.getNumeric(leaf.reader(), IndexFields.BODY_LENGTH);
                    minHash = DocValues.getBinary(leaf.reader(), IndexFields.MINHASH);
                    storyHash = DocValues.getBinary(leaf.reader(), IndexFields.STORY_HASH);
                }
                int local = c.doc - leaf.docBase;
                c.language = language.advanceExact(local) ? language.lookupOrd(language.ordValue()).utf8ToString() : null;
                c.day = day.advanceExact(local) ? (int) day.longValue() : null;
                c.length = length.advanceExact(local) ? length.longValue() : 0;
                c.minHash = minHash.advanceExact(local) ? signature(minHash) : new int[0];
                c.storyHash = storyHash.advanceExact(local) ? signature(storyHash) : new int[0];
            }
        }

        private int[] signature(BinaryDocValues dv) throws IOException {
            var bytes = dv.binaryValue();
            return StoryFeatures.decode(bytes.bytes, bytes.offset, bytes.length);
        }
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** One part of the score: its weight, its query, the most it can score, and its scores per candidate. */
    private static final class Part {
        final double weight;
        final Query query;
        double best;
        Map<Integer, Float> scores = Map.of();

        Part(double weight, Query query) {
            this.weight = weight;
            this.query = query;
        }

        /** This part for one candidate, 0 to 1. */
        double of(int doc) {
            Float s = scores.get(doc);
            return s == null || best <= 0 ? 0 : Math.min(1, s / best);
        }
    }

    /** A candidate article, by Lucene doc number within one searcher. */
    private static final class Candidate {
        final int doc;
        Integer day;
        String language;
        long length;
        int[] minHash;
        int[] storyHash;
        RelatedScore score;

        Candidate(int doc) {
            this.doc = doc;
        }
    }
}

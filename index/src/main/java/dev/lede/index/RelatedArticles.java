package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.MoneyAmount;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
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

/**
 * "Further Reading" for an article: the articles an editor would list under it, in any language.
 *
 * <p>How a list is made:
 * <ol>
 *   <li>Candidates come from three searches: MoreLikeThis over title, summary and body in the source's
 *   own language fields (Dutch and English analysed apart, with a minimum-should-match so that one shared
 *   word is not enough); the source's name-like tokens (names, places, products: the same in every
 *   language); and its companies, people, money figures, numbers and topics as keywords.</li>
 *   <li>Each candidate gets a score of parts ({@link RelatedScore}): text and anchor similarity relative
 *   to the source's own score, and the rarity-weighted share of the source's companies and people, money
 *   figures, numbers and topics it has too; recency scales the sum.</li>
 *   <li>Editions fold together: a near-identical text (MinHash of word shingles) in the same language, or
 *   the same names and figures in another language within a few days, becomes one entry whose
 *   {@link RelatedArticle#alsoIn()} lists the other editions. A republished copy of the source itself is
 *   left out; the source's edition in another language stays, as the way to read it in that language.</li>
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
    /** Same-language texts this similar (estimated Jaccard of word 3-shingles) are one article. */
    static final double NEAR_DUPLICATE = 0.5;
    /** Other-language articles sharing this much of their names and figures (idf-weighted Jaccard) may be one piece. */
    static final double EDITION_OVERLAP = 0.5;
    /** ... when published this many days apart at most ... */
    static final int EDITION_DAYS = 2;
    /** ... and of about the same length (translations differ by a fifth or so, not by half). */
    static final double EDITION_LENGTH_RATIO = 1.6;

    /** Words (as analysed) that every news article says, beyond the analyzers' stop words. */
    private static final Set<String> NEWS_STOP_WORDS = Set.of("said", "sai", "say", "zei", "zegt", "zeg", "aldus",
            "also", "ook", "year", "jaar", "percent", "procent");
    private static final int CANDIDATES = 50;
    private static final int MLT_TERMS = 30;
    private static final int ANCHOR_TERMS = 40;
    private static final int KEY_TERMS = 40;
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
        private final Integer sourceDay;
        private final Map<String, Double> idf = new HashMap<>();
        /** The MoreLikeThis terms, and the source's words behind each (for "why"). */
        private final List<Term> textTerms = new ArrayList<>();
        private final Map<Term, String> surface = new HashMap<>();

        ListBuilder(IndexSearcher searcher, Article source) throws IOException {
            this.searcher = searcher;
            this.reader = searcher.getIndexReader();
            this.source = source;
            this.features = StoryFeatures.of(source);
            this.sourceDoc = docOf(source.id());
            LocalDate day = PublicationDates.dateOf(source.publishedAt());
            this.sourceDay = day == null ? null : (int) day.toEpochDay();
        }

        List<ExplainedRelated> build(int limit) throws IOException {
            Map<Integer, Candidate> candidates = new HashMap<>();
            double selfText = collect(textQuery(), candidates, (c, s) -> c.textScore = s);
            double selfAnchors = collect(keywordQuery(Map.of(IndexFields.ANCHORS, features.anchors()), ANCHOR_TERMS),
                    candidates, (c, s) -> c.anchorScore = s);
            collect(keywordQuery(Map.of(IndexFields.COMPANY, features.companies(), IndexFields.PERSON, features.people(),
                    IndexFields.MONEY_KEY, features.money(), IndexFields.TOPIC, features.topics(),
                    IndexFields.NUMBER, features.numbers()), KEY_TERMS), candidates, (c, s) -> { });
            candidates.remove(sourceDoc);

            List<Candidate> ranked = new ArrayList<>(candidates.values());
            ranked.sort(Comparator.comparingInt(c -> c.doc));
            readKeys(ranked);
            for (Candidate c : ranked) {
                c.score = score(c, selfText, selfAnchors);
            }
            ranked.removeIf(c -> c.score.relevance() < MIN_RELEVANCE);
            ranked.sort(Comparator.comparingDouble((Candidate c) -> c.score.total()).reversed()
                    .thenComparingInt(c -> c.doc));
            return fold(ranked, limit);
        }

        // ---- candidates

        private interface ScoreSetter {
            void set(Candidate c, double score);
        }

        /** Runs a query, adds its hits to the candidates, and returns the source's own score (the best possible). */
        private double collect(Query query, Map<Integer, Candidate> candidates, ScoreSetter setter) throws IOException {
            if (query == null) {
                return 0;
            }
            TopDocs top = searcher.search(query, CANDIDATES + 1);
            double self = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
            for (ScoreDoc sd : top.scoreDocs) {
                if (sd.doc == sourceDoc) {
                    self = sd.score;
                }
            }
            for (ScoreDoc sd : top.scoreDocs) {
                setter.set(candidates.computeIfAbsent(sd.doc, Candidate::new), self <= 0 ? 0 : Math.min(1, sd.score / self));
            }
            return self;
        }

        /** MoreLikeThis over the source's own language fields, with a minimum-should-match. */
        private Query textQuery() throws IOException {
            Map<String, Collection<Object>> like = new LinkedHashMap<>();
            String edition = IndexFields.languageKey(source.language());
            addLike(like, IndexFields.title(edition), source.title());
            addLike(like, IndexFields.summary(edition), source.summary());
            ArticleDocuments.bodyByLanguage(source).forEach((key, text) -> addLike(like, IndexFields.body(key), text));
            if (like.isEmpty()) {
                return null;
            }
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(like.keySet().toArray(String[]::new));
            mlt.setMinTermFreq(1);        // news articles are short: a word said once counts
            mlt.setMinDocFreq(2);         // the source plus at least one other article
            mlt.setMaxDocFreq(Math.max(10, reader.numDocs() / 5));
            mlt.setMinWordLen(2);
            mlt.setMaxQueryTerms(MLT_TERMS);
            mlt.setBoost(true);
            mlt.setStopWords(NEWS_STOP_WORDS);
            Query q = mlt.like(like);
            if (!(q instanceof BooleanQuery bq) || bq.clauses().isEmpty()) {
                return null;
            }
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (BooleanClause clause : bq.clauses()) {
                b.add(clause);
                Query inner = clause.getQuery() instanceof BoostQuery boost ? boost.getQuery() : clause.getQuery();
                if (inner instanceof TermQuery tq) {
                    textTerms.add(tq.getTerm());
                }
            }
            b.setMinimumNumberShouldMatch(Math.min(4, Math.max(1, bq.clauses().size() / 8)));
            mapSurfaceForms(like);
            return b.build();
        }

        private void addLike(Map<String, Collection<Object>> like, String field, String text) {
            if (text != null && !text.isBlank()) {
                like.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
            }
        }

        /** Remembers, for each MoreLikeThis term, the first word of the source it came from ("overnam" ← "overname"). */
        private void mapSurfaceForms(Map<String, Collection<Object>> like) throws IOException {
            Set<Term> wanted = new HashSet<>(textTerms);
            Analyzer analyzer = index.analyzer();
            for (Map.Entry<String, Collection<Object>> e : like.entrySet()) {
                for (Object value : e.getValue()) {
                    String text = value.toString();
                    try (TokenStream ts = analyzer.tokenStream(e.getKey(), text)) {
                        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                        ts.reset();
                        while (ts.incrementToken()) {
                            Term t = new Term(e.getKey(), term.toString());
                            if (wanted.contains(t) && !surface.containsKey(t)) {
                                surface.put(t, text.substring(offset.startOffset(), offset.endOffset()));
                            }
                        }
                        ts.end();
                    }
                }
            }
        }

        /** A SHOULD query over the rarest of the given keyword terms that some other article shares. */
        private Query keywordQuery(Map<String, Set<String>> keysByField, int max) throws IOException {
            List<Term> terms = new ArrayList<>();
            for (Map.Entry<String, Set<String>> e : keysByField.entrySet()) {
                for (String key : e.getValue()) {
                    Term t = new Term(e.getKey(), key);
                    if (reader.docFreq(t) >= 2) {
                        terms.add(t);
                    }
                }
            }
            if (terms.isEmpty()) {
                return null;
            }
            terms.sort(Comparator.comparingDouble((Term t) -> idf(t.field(), t.text())).reversed());
            BooleanQuery.Builder b = new BooleanQuery.Builder();
            for (Term t : terms.subList(0, Math.min(max, terms.size()))) {
                b.add(new TermQuery(t), BooleanClause.Occur.SHOULD);
            }
            return b.build();
        }

        // ---- scoring

        private RelatedScore score(Candidate c, double selfText, double selfAnchors) {
            double text = c.textScore;
            double anchors = c.anchorScore;
            Set<String> sourceEntities = new LinkedHashSet<>();
            features.companies().forEach(k -> sourceEntities.add(IndexFields.COMPANY + ":" + k));
            features.people().forEach(k -> sourceEntities.add(IndexFields.PERSON + ":" + k));
            Set<String> candidateEntities = new HashSet<>();
            c.keys.getOrDefault(IndexFields.COMPANY, Set.of()).forEach(k -> candidateEntities.add(IndexFields.COMPANY + ":" + k));
            c.keys.getOrDefault(IndexFields.PERSON, Set.of()).forEach(k -> candidateEntities.add(IndexFields.PERSON + ":" + k));
            double entities = weightedShare(sourceEntities, candidateEntities);
            double money = weightedShare(prefixed(IndexFields.MONEY_KEY, features.money()),
                    prefixed(IndexFields.MONEY_KEY, c.keys.getOrDefault(IndexFields.MONEY_KEY, Set.of())));
            double numbers = weightedShare(prefixed(IndexFields.NUMBER, features.numbers()),
                    prefixed(IndexFields.NUMBER, c.keys.getOrDefault(IndexFields.NUMBER, Set.of())));
            double topics = weightedShare(prefixed(IndexFields.TOPIC, features.topics()),
                    prefixed(IndexFields.TOPIC, c.keys.getOrDefault(IndexFields.TOPIC, Set.of())));
            double recency = recency(c.day);
            double relevance = W_TEXT * text + W_ANCHORS * anchors + W_ENTITIES * entities + W_MONEY * money
                    + W_NUMBERS * numbers + W_TOPICS * topics;
            double total = relevance * (1 - RECENCY_SHARE + RECENCY_SHARE * recency);
            return new RelatedScore(round(text), round(anchors), round(entities), round(money), round(numbers),
                    round(topics), round(recency), round(relevance), round(total));
        }

        private Set<String> prefixed(String field, Set<String> keys) {
            Set<String> out = new LinkedHashSet<>();
            keys.forEach(k -> out.add(field + ":" + k));
            return out;
        }

        /** The rarity-weighted share of the source's keys ({@code field:key}) that the candidate has too. */
        private double weightedShare(Set<String> sourceKeys, Set<String> candidateKeys) {
            double all = 0;
            double shared = 0;
            for (String k : sourceKeys) {
                int colon = k.indexOf(':');
                double w = idf(k.substring(0, colon), k.substring(colon + 1));
                all += w;
                if (candidateKeys.contains(k)) {
                    shared += w;
                }
            }
            return all == 0 ? 0 : shared / all;
        }

        private double recency(Integer day) {
            if (sourceDay == null || day == null) {
                return 0.5;
            }
            return Math.pow(0.5, Math.abs(sourceDay - day) / (double) RECENCY_HALF_LIFE_DAYS);
        }

        /** BM25's idf of a keyword: rare companies, figures and names weigh more than common ones. */
        private double idf(String field, String key) {
            return idf.computeIfAbsent(field + ":" + key, k -> {
                try {
                    long df = reader.docFreq(new Term(field, key));
                    long n = reader.numDocs();
                    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        // ---- editions

        private List<ExplainedRelated> fold(List<Candidate> ranked, int limit) throws IOException {
            List<Candidate> entries = new ArrayList<>();
            Map<Candidate, List<Candidate>> editions = new HashMap<>();
            Set<Candidate> sourceEditions = new HashSet<>();
            Candidate sourceAsCandidate = sourceCandidate();
            int examined = 0;
            for (Candidate c : ranked) {
                // beyond a few screens of candidates nothing more will be listed or folded that matters
                if (entries.size() >= limit && examined > limit * 3) {
                    break;
                }
                examined++;
                readEditionKeys(c);
                boolean ofSource = false;
                if (sourceAsCandidate != null) {
                    if (sameLanguage(c, sourceAsCandidate)
                            && StoryFeatures.jaccard(c.minHash, sourceAsCandidate.minHash) >= NEAR_DUPLICATE) {
                        continue; // the source republished: not further reading
                    }
                    ofSource = isEdition(c, sourceAsCandidate);
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
         * {@value #EDITION_DAYS} days, of similar length, with most of the same names and figures (weighted
         * by rarity, so that a shared "2026" or "AI" counts for little).
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
            return weightedJaccard(a.storyKeys(), b.storyKeys()) >= EDITION_OVERLAP;
        }

        private boolean sameLanguage(Candidate a, Candidate b) {
            return a.language != null && a.language.equals(b.language);
        }

        /** Jaccard similarity of two sets of {@code field:key} strings, each key weighted by its idf. */
        private double weightedJaccard(Set<String> a, Set<String> b) {
            double shared = 0;
            double union = 0;
            for (String k : a) {
                double w = idfOfFieldKey(k);
                union += w;
                if (b.contains(k)) {
                    shared += w;
                }
            }
            for (String k : b) {
                if (!a.contains(k)) {
                    union += idfOfFieldKey(k);
                }
            }
            return union == 0 ? 0 : shared / union;
        }

        private double idfOfFieldKey(String fieldKey) {
            int colon = fieldKey.indexOf(':');
            return idf(fieldKey.substring(0, colon), fieldKey.substring(colon + 1));
        }

        private Candidate sourceCandidate() throws IOException {
            if (sourceDoc < 0) {
                return null;
            }
            Candidate c = new Candidate(sourceDoc);
            readKeys(List.of(c));
            readEditionKeys(c);
            return c;
        }

        // ---- the entry and why

        private RelatedArticle entry(Candidate c, List<Candidate> editions) throws IOException {
            Article a = ArticleDocuments.toArticle(searcher.storedFields().document(c.doc, Set.of(IndexFields.JSON)));
            List<String> companies = sharedNames(source.companies(), c.keys.getOrDefault(IndexFields.COMPANY, Set.of()));
            List<String> people = sharedNames(source.people(), c.keys.getOrDefault(IndexFields.PERSON, Set.of()));
            return new RelatedArticle(a.id(), a.url(), a.title(), a.language(), a.publishedAt(), c.score.total(),
                    companies, people, sharedTerms(c, companies, people),
                    editions.stream().map(this::idOf).toList());
        }

        private List<String> sharedNames(List<Entity> entities, Set<String> candidateKeys) {
            Set<String> names = new LinkedHashSet<>();
            for (Entity e : entities) {
                if (e.name() != null && candidateKeys.contains(StoryFeatures.key(e.name()))) {
                    names.add(e.name());
                }
            }
            return List.copyOf(names);
        }

        /** Shared money figures as the source writes them, then shared names, then shared words of the text. */
        private List<String> sharedTerms(Candidate c, List<String> companies, List<String> people) throws IOException {
            Set<String> terms = new LinkedHashSet<>();
            Set<String> said = new HashSet<>();
            companies.forEach(n -> said.addAll(List.of(StoryFeatures.key(n).split(" "))));
            people.forEach(n -> said.addAll(List.of(StoryFeatures.key(n).split(" "))));
            Set<String> candidateMoney = c.keys.getOrDefault(IndexFields.MONEY_KEY, Set.of());
            for (MoneyAmount m : source.money()) {
                Set<String> keys = StoryFeatures.moneyKeys(List.of(m));
                if (!keys.isEmpty() && candidateMoney.containsAll(keys)) {
                    terms.add(m.text());
                }
            }
            Map<String, String> anchorForms = StoryFeatures.anchorForms(source.summary() + "\n\n" + source.body());
            for (String anchor : features.anchors()) {
                if (c.anchors.contains(anchor) && !said.contains(anchor)) {
                    terms.add(anchorForms.getOrDefault(anchor, anchor));
                    said.add(anchor);
                }
            }
            for (Term t : textTerms) {
                if (terms.size() >= SHARED_TERMS) {
                    break;
                }
                String word = surface.getOrDefault(t, t.text());
                if (!said.contains(StoryFeatures.key(word)) && contains(c.doc, t)) {
                    terms.add(word.toLowerCase(Locale.ROOT));
                    said.add(StoryFeatures.key(word));
                }
            }
            return terms.stream().limit(SHARED_TERMS).toList();
        }

        private boolean contains(int doc, Term t) throws IOException {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
            PostingsEnum postings = leaf.reader().postings(t, PostingsEnum.NONE);
            return postings != null && postings.advance(doc - leaf.docBase) == doc - leaf.docBase;
        }

        private String idOf(Candidate c) {
            try {
                return searcher.storedFields().document(c.doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        // ---- doc values

        private int docOf(String id) throws IOException {
            TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
            return top.scoreDocs.length == 0 ? -1 : top.scoreDocs[0].doc;
        }

        /** Reads the keys scoring needs; {@code candidates} in doc order. */
        private void readKeys(List<Candidate> candidates) throws IOException {
            List<String> fields = List.of(IndexFields.COMPANY, IndexFields.PERSON, IndexFields.MONEY_KEY,
                    IndexFields.NUMBER, IndexFields.TOPIC, IndexFields.LANGUAGE);
            forEachInLeaf(candidates, (leaf, c, local) -> {
                for (String field : fields.subList(0, 5)) {
                    c.keys.put(field, values(DocValues.getSortedSet(leaf, field), local));
                }
                NumericDocValues length = DocValues.getNumeric(leaf, IndexFields.BODY_LENGTH);
                c.length = length.advanceExact(local) ? length.longValue() : 0;
                NumericDocValues days = DocValues.getNumeric(leaf, IndexFields.PUBLISHED_DAY);
                c.day = days.advanceExact(local) ? (int) days.longValue() : null;
                SortedSetDocValues language = DocValues.getSortedSet(leaf, facetLanguageField());
                c.language = languageOf(language, local);
            });
        }

        /** Reads what telling editions apart needs. */
        private void readEditionKeys(Candidate c) throws IOException {
            if (c.minHash != null) {
                return;
            }
            forEachInLeaf(List.of(c), (leaf, cand, local) -> {
                cand.anchors = values(DocValues.getSortedSet(leaf, IndexFields.ANCHORS), local);
                BinaryDocValues minHash = DocValues.getBinary(leaf, IndexFields.MINHASH);
                cand.minHash = minHash.advanceExact(local)
                        ? StoryFeatures.decode(minHash.binaryValue().bytes, minHash.binaryValue().offset, minHash.binaryValue().length)
                        : new int[0];
            });
        }

        private String facetLanguageField() {
            return index.facetsConfig().getDimConfig(IndexFields.FACET_LANGUAGE).indexFieldName;
        }

        /** The language facet value of a doc, from the facet module's "dim\u001Fvalue" encoding. */
        private String languageOf(SortedSetDocValues facets, int local) throws IOException {
            if (!facets.advanceExact(local)) {
                return null;
            }
            String prefix = IndexFields.FACET_LANGUAGE + '\u001F';
            for (int i = 0; i < facets.docValueCount(); i++) {
                String v = facets.lookupOrd(facets.nextOrd()).utf8ToString();
                if (v.startsWith(prefix)) {
                    return v.substring(prefix.length());
                }
            }
            return null;
        }

        private Set<String> values(SortedSetDocValues dv, int local) throws IOException {
            if (!dv.advanceExact(local)) {
                return Set.of();
            }
            Set<String> out = new HashSet<>();
            for (int i = 0; i < dv.docValueCount(); i++) {
                BytesRef b = dv.lookupOrd(dv.nextOrd());
                out.add(b.utf8ToString());
            }
            return out;
        }

        private interface LeafWork {
            void apply(LeafReader leaf, Candidate c, int localDoc) throws IOException;
        }

        /** Doc values iterators only go forward: one set per leaf, candidates in doc order. */
        private void forEachInLeaf(List<Candidate> candidates, LeafWork work) throws IOException {
            List<LeafReaderContext> leaves = reader.leaves();
            for (Candidate c : candidates) {
                LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(c.doc, leaves));
                work.apply(leaf.reader(), c, c.doc - leaf.docBase);
            }
        }
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }

    /** A candidate article, by Lucene doc number within one searcher. */
    private static final class Candidate {
        final int doc;
        double textScore;
        double anchorScore;
        final Map<String, Set<String>> keys = new HashMap<>();
        Integer day;
        String language;
        /** Body length in characters. */
        long length;
        Set<String> anchors = Set.of();
        int[] minHash;
        RelatedScore score;

        Candidate(int doc) {
            this.doc = doc;
        }

        /** Names and figures: what two editions of one story in two languages share. */
        Set<String> storyKeys() {
            Set<String> k = new HashSet<>();
            anchors.forEach(a -> k.add(IndexFields.ANCHORS + ":" + a));
            keys.getOrDefault(IndexFields.MONEY_KEY, Set.of()).forEach(m -> k.add(IndexFields.MONEY_KEY + ":" + m));
            keys.getOrDefault(IndexFields.NUMBER, Set.of()).forEach(n -> k.add(IndexFields.NUMBER + ":" + n));
            return k;
        }
    }
}

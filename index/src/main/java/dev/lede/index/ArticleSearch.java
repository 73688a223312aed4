package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Full-text search over an {@link ArticleIndex}: every language's fields at once (each query word is
 * analysed per field, so "overnames" finds Dutch articles by their stem and "acquisitions" English ones),
 * filters, facet counts, and HTML-safe highlighted snippets. Thread-safe; get it from
 * {@link ArticleIndex#search()}.
 */
public final class ArticleSearch {
    /** Companies and people per facet. */
    public static final int FACET_SIZE = 10;
    private static final int MONTHS = 24;
    private static final int SNIPPET_PASSAGES = 2;
    private static final int LEAD_CHARS = 200;
    private static final float TITLE_BOOST = 3f;
    private static final float SUMMARY_BOOST = 2f;

    private final ArticleIndex index;
    private final UnifiedHighlighter highlighter;
    private final Map<String, Float> fieldWeights = new LinkedHashMap<>();
    private volatile SortedSetDocValuesReaderState facetState;

    ArticleSearch(ArticleIndex index) {
        this.index = index;
        this.highlighter = UnifiedHighlighter.builderWithoutSearcher(index.analyzer())
                .withFormatter(new SnippetFormatter())
                .withMaxNoHighlightPassages(0)
                .withMaxLength(100_000)
                .build();
        for (String key : IndexFields.languageKeys()) {
            fieldWeights.put(IndexFields.title(key), TITLE_BOOST);
            fieldWeights.put(IndexFields.summary(key), SUMMARY_BOOST);
            fieldWeights.put(IndexFields.body(key), 1f);
        }
    }

    /**
     * Runs a search.
     *
     * @throws IllegalArgumentException when the query cannot be run (its message says why, for a 400)
     */
    public SearchResults search(SearchQuery q) throws IOException {
        Query textQuery = textQuery(q.text());
        Query query = withFilters(textQuery, q);
        int wanted = q.offset() + q.limit();
        return index.withSearcher(searcher -> {
            FacetsCollectorManager.FacetsResult result;
            try {
                result = textQuery == null
                        ? FacetsCollectorManager.search(searcher, query, wanted, newestFirst(), new FacetsCollectorManager())
                        : FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager());
            } catch (IndexSearcher.TooManyClauses e) {
                throw new IllegalArgumentException("query has too many terms", e);
            }
            ScoreDoc[] docs = result.topDocs().scoreDocs;
            List<SearchHit> hits = new ArrayList<>();
            for (int i = q.offset(); i < docs.length; i++) {
                Article a = ArticleRecords.article(searcher.getIndexReader(), docs[i].doc);
                float score = textQuery == null || Float.isNaN(docs[i].score) ? 0f : docs[i].score;
                hits.add(new SearchHit(a.id(), a.url(), a.title(), a.publishedAt(), a.language(),
                        snippet(a, textQuery), names(a.companies()), names(a.people()), score));
            }
            return new SearchResults(result.topDocs().totalHits.value, hits,
                    facets(searcher, result.facetsCollector()));
        });
    }

    /** The text as a query over every language's title, summary and body, or null when blank. */
    private Query textQuery(String text) {
        if (text.isBlank()) {
            return null;
        }
        SimpleQueryParser parser = new SimpleQueryParser(index.analyzer(), fieldWeights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(text);
    }

    private static Query withFilters(Query text, SearchQuery q) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text == null ? new MatchAllDocsQuery() : text, BooleanClause.Occur.MUST);
        for (String company : q.companies()) {
            b.add(new TermQuery(new Term(IndexFields.COMPANY, StoryFeatures.key(company))), BooleanClause.Occur.FILTER);
        }
        for (String person : q.people()) {
            b.add(new TermQuery(new Term(IndexFields.PERSON, StoryFeatures.key(person))), BooleanClause.Occur.FILTER);
        }
        if (q.language() != null) {
            b.add(new TermQuery(new Term(IndexFields.LANGUAGE, q.language().toLowerCase(Locale.ROOT))),
                    BooleanClause.Occur.FILTER);
        }
        if (q.from() != null || q.to() != null) {
            int from = q.from() == null ? Integer.MIN_VALUE : (int) PublicationDates.lowerBound(q.from()).toEpochDay();
            int to = q.to() == null ? Integer.MAX_VALUE : (int) PublicationDates.upperBound(q.to()).toEpochDay();
            b.add(IntPoint.newRangeQuery(IndexFields.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (q.minAmount() != null) {
            b.add(DoublePoint.newRangeQuery(IndexFields.MONEY_AMOUNT, q.minAmount().doubleValue(),
                    Double.POSITIVE_INFINITY), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static Sort newestFirst() {
        SortField day = new SortField(IndexFields.PUBLISHED_DAY, SortField.Type.INT, true);
        day.setMissingValue(Integer.MIN_VALUE);
        return new Sort(day, SortField.FIELD_DOC);
    }

    /**
     * The best passages of the body (in whichever language the matches are), else of the summary and the
     * title; with no match at all, the opening of the summary or body. Always escaped HTML.
     */
    private String snippet(Article a, Query textQuery) throws IOException {
        if (textQuery != null) {
            Map<String, String> texts = new LinkedHashMap<>();
            ArticleDocuments.bodyByLanguage(a).forEach((key, text) -> texts.put(IndexFields.body(key), text));
            String edition = IndexFields.languageKey(a.language());
            texts.put(IndexFields.summary(edition), a.summary());
            texts.put(IndexFields.title(edition), a.title());
            for (Map.Entry<String, String> e : texts.entrySet()) {
                if (e.getValue().isBlank()) {
                    continue;
                }
                Object html = highlighter.highlightWithoutSearcher(e.getKey(), textQuery, e.getValue(), SNIPPET_PASSAGES);
                if (html instanceof String s && !s.isBlank()) {
                    return s;
                }
            }
        }
        return SnippetFormatter.lead(a.summary().isBlank() ? a.body() : a.summary(), LEAD_CHARS);
    }

    private Map<String, List<FacetCount>> facets(IndexSearcher searcher, FacetsCollector collected) throws IOException {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (String dim : List.of(IndexFields.FACET_COMPANY, IndexFields.FACET_PERSON, IndexFields.FACET_LANGUAGE,
                IndexFields.FACET_MONTH)) {
            facets.put(dim, List.of());
        }
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        if (state == null) {
            return facets;
        }
        SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
        facets.put(IndexFields.FACET_COMPANY, top(counts, state, IndexFields.FACET_COMPANY, FACET_SIZE));
        facets.put(IndexFields.FACET_PERSON, top(counts, state, IndexFields.FACET_PERSON, FACET_SIZE));
        facets.put(IndexFields.FACET_LANGUAGE, top(counts, state, IndexFields.FACET_LANGUAGE, Integer.MAX_VALUE));
        List<FacetCount> months = new ArrayList<>(top(counts, state, IndexFields.FACET_MONTH, Integer.MAX_VALUE));
        months.sort(Comparator.comparing(FacetCount::value).reversed());
        facets.put(IndexFields.FACET_MONTH, months.subList(0, Math.min(MONTHS, months.size())));
        return facets;
    }

    private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, SortedSetDocValuesReaderState state,
                                        String dim, int n) throws IOException {
        if (state.getOrdRange(dim) == null) {
            return List.of(); // no article has this dimension yet
        }
        FacetResult result = n == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(n, dim);
        List<FacetCount> values = new ArrayList<>();
        if (result != null) {
            for (LabelAndValue lv : result.labelValues) {
                if (lv.value.longValue() > 0) {
                    values.add(new FacetCount(lv.label, lv.value.longValue()));
                }
            }
        }
        values.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
        return values;
    }

    /** The facet ordinals of a reader, built once per refreshed reader (it maps every segment's values). */
    private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        SortedSetDocValuesReaderState state = facetState;
        if (state != null && state.getReader() == reader) {
            return state;
        }
        synchronized (this) {
            if (facetState != null && facetState.getReader() == reader) {
                return facetState;
            }
            FieldInfo info = FieldInfos.getMergedFieldInfos(reader).fieldInfo(index.facetsConfig()
                    .getDimConfig(IndexFields.FACET_COMPANY).indexFieldName);
            if (info == null) {
                return null; // an empty index
            }
            facetState = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
            return facetState;
        }
    }

    private static List<String> names(List<Entity> entities) {
        return entities.stream().map(Entity::name).filter(n -> n != null && !n.isBlank()).distinct().toList();
    }
}

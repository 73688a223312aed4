package dev.lede.index;

import dev.lede.model.Article;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Plain MoreLikeThis over an article's title, summary and body, and nothing else: the baseline that
 * {@code lede eval related} measures {@link RelatedArticles} against. Not for production lists.
 */
public final class MoreLikeThisBaseline {
    /** The MoreLikeThis settings of a baseline run. */
    public enum Settings {
        /** Lucene's defaults (a word must occur twice in the source and in five articles). */
        LUCENE_DEFAULTS,
        /** Minimum frequencies that work on a small index of short articles: what {@link RelatedArticles} uses too. */
        SMALL_INDEX
    }

    private final ArticleIndex index;
    private final Settings settings;

    public MoreLikeThisBaseline(ArticleIndex index, Settings settings) {
        this.index = index;
        this.settings = settings;
    }

    /** The ids of the articles most like the given one, best first, the source excluded. */
    public List<String> related(String idOrUrl, int limit) throws IOException {
        Article source = index.find(idOrUrl)
                .orElseThrow(() -> new NoSuchElementException("no article with id or URL \"" + idOrUrl + "\""));
        return index.withSearcher(searcher -> {
            IndexReader reader = searcher.getIndexReader();
            Map<String, Collection<Object>> like = new LinkedHashMap<>();
            String edition = IndexFields.languageKey(source.language());
            put(like, IndexFields.title(edition), source.title());
            put(like, IndexFields.summary(edition), source.summary());
            ArticleDocuments.bodyByLanguage(source).forEach((key, text) -> put(like, IndexFields.body(key), text));
            MoreLikeThis mlt = new MoreLikeThis(reader);
            mlt.setAnalyzer(index.analyzer());
            mlt.setFieldNames(like.keySet().toArray(String[]::new));
            if (settings == Settings.SMALL_INDEX) {
                mlt.setMinTermFreq(1);
                mlt.setMinDocFreq(2);
            }
            Query q = mlt.like(like);
            BooleanQuery.Builder b = new BooleanQuery.Builder()
                    .add(q, BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(IndexFields.ID, source.id())), BooleanClause.Occur.MUST_NOT);
            TopDocs top = searcher.search(b.build(), limit);
            List<String> ids = new ArrayList<>();
            for (ScoreDoc sd : top.scoreDocs) {
                ids.add(searcher.storedFields().document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
            }
            return ids;
        });
    }

    private static void put(Map<String, Collection<Object>> like, String field, String text) {
        if (text != null && !text.isBlank()) {
            like.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
        }
    }
}

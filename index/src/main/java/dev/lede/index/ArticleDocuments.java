package dev.lede.index;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.LedeJson;
import dev.lede.model.MoneyAmount;
import dev.lede.model.Section;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Turns an {@link Article} into its Lucene document, and a stored document back into the article. */
final class ArticleDocuments {
    /** Longer keyword values (a garbage "company name", a data: URL) are not indexed as terms: Lucene caps terms at 32 KB. */
    static final int MAX_KEYWORD_CHARS = 2000;

    private final FacetsConfig facets;

    ArticleDocuments(FacetsConfig facets) {
        this.facets = facets;
    }

    Document toDocument(Article a) throws IOException {
        if (a.id() == null || a.id().isBlank()) {
            throw new IllegalArgumentException("article without an id: " + a.url());
        }
        Document doc = new Document();
        doc.add(new StringField(IndexFields.ID, a.id(), Field.Store.YES));
        Set<String> urls = new LinkedHashSet<>();
        if (a.url() != null) {
            urls.add(a.url());
        }
        if (a.canonicalUrl() != null) {
            urls.add(a.canonicalUrl());
        }
        for (String url : urls) {
            if (url.length() <= MAX_KEYWORD_CHARS) {
                doc.add(new StringField(IndexFields.URL, url, Field.Store.NO));
            }
        }
        ArticleRecords.add(doc, a);
        if (a.contentHash() != null) {
            doc.add(new StoredField(IndexFields.CONTENT_HASH, a.contentHash()));
        }

        String edition = IndexFields.languageKey(a.language());
        addText(doc, IndexFields.title(edition), a.title());
        addText(doc, IndexFields.summary(edition), a.summary());
        bodyByLanguage(a).forEach((key, text) -> addText(doc, IndexFields.body(key), text));

        if (a.language() != null && !a.language().isBlank()) {
            String language = a.language().toLowerCase(java.util.Locale.ROOT);
            doc.add(new StringField(IndexFields.LANGUAGE, language, Field.Store.NO));
            doc.add(new SortedDocValuesField(IndexFields.LANGUAGE, new BytesRef(language)));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_LANGUAGE, language));
        }
        LocalDate published = PublicationDates.dateOf(a.publishedAt());
        if (published != null) {
            int day = (int) published.toEpochDay();
            doc.add(new IntPoint(IndexFields.PUBLISHED_DAY, day));
            doc.add(new NumericDocValuesField(IndexFields.PUBLISHED_DAY, day));
            doc.add(new SortedSetDocValuesFacetField(IndexFields.FACET_MONTH, published.toString().substring(0, 7)));
        }
        addFacets(doc, IndexFields.FACET_COMPANY, a.companies());
        addFacets(doc, IndexFields.FACET_PERSON, a.people());
        for (MoneyAmount m : a.money()) {
            for (BigDecimal v : new BigDecimal[]{m.amount(), m.high()}) {
                if (v != null) {
                    doc.add(new DoublePoint(IndexFields.MONEY_AMOUNT, v.doubleValue()));
                }
            }
        }

        StoryFeatures features = StoryFeatures.of(a);
        addKeys(doc, IndexFields.COMPANY, features.companies());
        addKeys(doc, IndexFields.PERSON, features.people());
        addKeys(doc, IndexFields.TOPIC, features.topics());
        addKeys(doc, IndexFields.MONEY_KEY, features.money());
        addKeys(doc, IndexFields.NUMBER, features.numbers());
        addText(doc, IndexFields.ANCHORS, String.join(" ", features.anchors()));
        doc.add(new NumericDocValuesField(IndexFields.BODY_LENGTH, a.body().length()));
        doc.add(new BinaryDocValuesField(IndexFields.MINHASH, new BytesRef(StoryFeatures.encode(StoryFeatures.minHash(a.body())))));
        doc.add(new BinaryDocValuesField(IndexFields.STORY_HASH, new BytesRef(StoryFeatures.encode(features.storyHash()))));
        return facets.build(doc);
    }

    /** What a related-articles entry shows of an article. */
    record Headline(String id, String url, String title, String language, String publishedAt) {
    }

    /**
     * The headline fields of an article record, read from its JSON without parsing what follows them (the
     * body, the facts): {@link Article}'s property order puts them first.
     */
    static Headline headline(BytesRef json) {
        String id = null;
        String url = null;
        String title = null;
        String language = null;
        String publishedAt = null;
        try (JsonParser p = LedeJson.mapper().getFactory().createParser(json.bytes, json.offset, json.length)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("not a JSON object");
            }
            while (title == null && p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> id = p.getValueAsString();
                    case "url" -> url = p.getValueAsString();
                    case "title" -> title = p.getValueAsString("");
                    case "language" -> language = p.getValueAsString();
                    case "publishedAt" -> publishedAt = p.getValueAsString();
                    default -> p.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("stored article record does not parse", e);
        }
        return new Headline(id, url, title, language, publishedAt);
    }

    /**
     * The body's text per analyzer language: each section goes to its own language's field, so a Dutch
     * edition with an English body indexes the body as English.
     */
    static Map<String, String> bodyByLanguage(Article a) {
        Map<String, StringBuilder> byLanguage = new LinkedHashMap<>();
        String fallback = a.languages().isEmpty() ? a.language() : a.languages().keySet().iterator().next();
        List<Section> sections = a.sections();
        if (sections.isEmpty()) {
            byLanguage.computeIfAbsent(IndexFields.languageKey(fallback), k -> new StringBuilder()).append(a.body());
        }
        for (Section s : sections) {
            String lang = s.language() == null ? fallback : s.language();
            StringBuilder text = byLanguage.computeIfAbsent(IndexFields.languageKey(lang), k -> new StringBuilder());
            if (!text.isEmpty()) {
                text.append("\n\n");
            }
            if (s.heading() != null && !s.heading().isBlank()) {
                text.append(s.heading()).append("\n\n");
            }
            text.append(s.text());
        }
        Map<String, String> result = new LinkedHashMap<>();
        byLanguage.forEach((k, v) -> result.put(k, v.toString()));
        return result;
    }

    private static void addText(Document doc, String field, String text) {
        if (text != null && !text.isBlank()) {
            doc.add(new TextField(field, text, Field.Store.NO));
        }
    }

    private static void addKeys(Document doc, String field, Set<String> keys) {
        for (String k : keys) {
            if (k.length() > MAX_KEYWORD_CHARS) {
                continue;
            }
            doc.add(new StringField(field, k, Field.Store.NO));
        }
    }

    private static void addFacets(Document doc, String dimension, List<Entity> entities) {
        Set<String> seen = new LinkedHashSet<>();
        for (Entity e : entities) {
            if (e.name() != null && !e.name().isBlank() && e.name().length() <= MAX_KEYWORD_CHARS
                    && seen.add(e.name().strip())) {
                doc.add(new SortedSetDocValuesFacetField(dimension, e.name().strip()));
            }
        }
    }
}

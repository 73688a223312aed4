package dev.lede.index;

import dev.lede.model.Article;
import org.apache.lucene.store.LockObtainFailedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static dev.lede.index.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleIndexTest {
    @TempDir
    Path dir;

    private static Article sample(String url, String body) {
        return article(url).title("Chip maker expands").summary("A factory in Eindhoven.").body(body)
                .published("2026-05-12").company("ASML").build();
    }

    @Test
    void upsertTellsNewUpdatedAndUnchanged() throws Exception {
        Article a = sample("https://news.example/a", "ASML opens a new factory.");
        Article changed = sample("https://news.example/a", "ASML opens a new factory near Eindhoven.");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(UpsertResult.NEW, index.upsert(a));
            assertEquals(UpsertResult.UNCHANGED, index.upsert(a), "same id and hash before a commit");
            index.commit();
            assertEquals(UpsertResult.UNCHANGED, index.upsert(a));
            assertEquals(UpsertResult.UPDATED, index.upsert(changed));
            index.commit();
            assertEquals(1, index.count(), "updated in place, never duplicated");
            assertEquals(changed.body(), index.get(a.id()).orElseThrow().body());
        }
    }

    @Test
    void storesTheWholeRecordAndFindsItByIdUrlAndCanonicalUrl() throws Exception {
        Article a = sample("https://news.example/b", "Body text.");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(a);
            assertEquals(a, index.get(a.id()).orElseThrow(), "visible before commit, to this instance");
            index.commit();
        }
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            assertEquals(a, index.get(a.id()).orElseThrow(), "the stored record is exactly what was indexed");
            assertEquals(a, index.getByUrl("https://news.example/b").orElseThrow());
            assertEquals(a, index.getByUrl("HTTPS://NEWS.example/b#comments").orElseThrow(), "via the id of the URL");
            assertTrue(index.get("nope").isEmpty());
            assertTrue(index.getByUrl("https://news.example/other").isEmpty());
        }
    }

    @Test
    void forEachVisitsEveryArticleOnce() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (int i = 0; i < 25; i++) {
                index.upsert(sample("https://news.example/" + i, "Body " + i));
                if (i % 10 == 0) {
                    index.commit();
                }
            }
            index.upsert(sample("https://news.example/3", "Body 3, corrected"));
            index.commit();
            List<String> ids = new ArrayList<>();
            index.forEach(a -> ids.add(a.id()));
            assertEquals(25, ids.size());
            assertEquals(25, ids.stream().distinct().count());
            // the export's JSON lines are exactly what writing each article again gives
            assertEquals(writtenAgain(index), exported(index));
        }
    }

    /** Every article of the index parsed and written again by the mapper. */
    private static List<String> writtenAgain(ArticleIndex index) throws java.io.IOException {
        List<String> written = new ArrayList<>();
        index.forEach(a -> {
            try {
                written.add(dev.lede.model.LedeJson.mapper().writeValueAsString(a));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        return written;
    }

    /** What {@code lede export} writes for every article. */
    private static List<String> exported(ArticleIndex index) throws java.io.IOException {
        List<String> json = new ArrayList<>();
        index.forEachJson((utf8, offset, length) -> json.add(new String(utf8, offset, length, java.nio.charset.StandardCharsets.UTF_8)));
        return json;
    }

    @Test
    void storedJsonOfAnOlderShapeIsWrittenAgainInTodaysShape() throws Exception {
        // a record as an older version stored it: no shape fingerprint, fields missing, a key-like string in the body
        String old = "{\"id\":\"a\",\"url\":\"https://news.example/a\",\"body\":\"x \\\"faq\\\": y\"}";
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig())) {
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.StringField(IndexFields.ID, "a", org.apache.lucene.document.Field.Store.YES));
            doc.add(new org.apache.lucene.document.StoredField(IndexFields.JSON,
                    new org.apache.lucene.util.BytesRef(old.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            w.addDocument(doc);
        }
        try (ArticleIndex index = ArticleIndex.openReadOnly(dir)) {
            List<String> json = exported(index);
            assertEquals(writtenAgain(index), json);
            assertTrue(json.get(0).contains("\"faq\":[]"), json.get(0));
            assertTrue(json.get(0).contains("\"contentHash\":"), json.get(0));
        }
    }

    @Test
    void anOlderIndexGrowsAndMergesWithRecordsKeptEitherWay() throws Exception {
        // a document as an older version kept it (the record in a stored field), then today's documents beside it
        Article a = sample("https://news.example/a", "ASML opens a new factory.");
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(dir);
             var w = new org.apache.lucene.index.IndexWriter(d, new org.apache.lucene.index.IndexWriterConfig(IndexFields.analyzer()))) {
            var doc = new ArticleDocuments(IndexFields.facetsConfig()).toDocument(a);
            doc.removeFields(IndexFields.RECORD);
            doc.removeFields(IndexFields.RECORD_SHAPE);
            doc.add(new org.apache.lucene.document.StoredField(IndexFields.JSON,
                    new org.apache.lucene.util.BytesRef(dev.lede.model.LedeJson.mapper().writeValueAsBytes(a))));
            doc.add(new org.apache.lucene.document.StoredField(IndexFields.JSON_SHAPE, ArticleRecords.SHAPE));
            w.addDocument(doc);
        }
        Article b = sample("https://news.example/b", "ASML hires in Eindhoven.");
        Article c = sample("https://news.example/c", "Body c.");
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            index.upsert(b);
            index.commit();
            index.upsert(c);
            index.commit();
            index.forceMerge(1);
            assertEquals(1, index.segments());
            assertEquals(java.util.Optional.of(a), index.get(a.id()));
            assertEquals(java.util.Optional.of(c), index.get(c.id()));
            List<Article> all = new ArrayList<>();
            index.forEach(all::add);
            all.sort(java.util.Comparator.comparing(Article::url));
            assertEquals(List.of(a, b, c), all);
            assertEquals(writtenAgain(index), exported(index));
            // the old document and a new one in one merged segment, read in the order a search returns them
            var hits = index.search().search(SearchQuery.of("opens | hires"));
            assertEquals(java.util.Set.of(a.id(), b.id()),
                    hits.hits().stream().map(SearchHit::id).collect(java.util.stream.Collectors.toSet()));
        }
    }

    @Test
    void theShapeCoversNestedRecordsTheirAnnotationsAndPropertyOrder() {
        String article = RecordShape.shape(dev.lede.model.Article.class);
        // a nested record's components (money amounts inside the article) are part of the shape
        assertTrue(article.contains("dev.lede.model.MoneyAmount{"), article);
        assertTrue(article.contains("currency:"), article);
        assertTrue(article.contains("JsonPropertyOrder"), article);
        assertEquals(RecordShape.fingerprint(dev.lede.model.Article.class), RecordShape.fingerprint(dev.lede.model.Article.class));
        assertEquals(16, RecordShape.fingerprint(dev.lede.model.Article.class).length());
        String plain = RecordShape.shape(Pair.class).replace("Pair", "");
        String reordered = RecordShape.shape(ReorderedPair.class).replace("ReorderedPair", "");
        assertTrue(!plain.equals(reordered), plain + " / " + reordered);
    }

    record Pair(String a, int b) {
    }

    @com.fasterxml.jackson.annotation.JsonPropertyOrder({"b", "a"})
    record ReorderedPair(String a, int b) {
    }

    @Test
    void readOnlyOpenSeesCommitsOfTheWriterAndCannotWrite() throws Exception {
        try (ArticleIndex writer = ArticleIndex.open(dir); ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
            assertEquals(0, reader.count());
            writer.upsert(sample("https://news.example/c", "Body."));
            writer.commit();
            Thread.sleep(1100); // read-only opens look for new commits at most once a second
            assertEquals(1, reader.count());
            assertThrows(IllegalStateException.class, () -> reader.upsert(sample("https://news.example/d", "x")));
        }
    }

    @Test
    void oneWriterPerDirectory() throws Exception {
        try (ArticleIndex writer = ArticleIndex.open(dir)) {
            assertThrows(LockObtainFailedException.class, () -> ArticleIndex.open(dir));
        }
    }

    @Test
    void forceMergeLeavesOneSegmentWithEveryArticle() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            for (String name : List.of("f", "g", "h")) {
                index.upsert(sample("https://news.example/" + name, "Body of " + name + "."));
                index.commit();
            }
            assertEquals(3, index.segments(), "a segment per commit");
            index.forceMerge(1);
            assertEquals(1, index.segments());
            assertEquals(3, index.count());
            assertEquals("Body of g.", index.getByUrl("https://news.example/g").orElseThrow().body());
            assertThrows(IllegalArgumentException.class, () -> index.forceMerge(0));
        }
        try (ArticleIndex reader = ArticleIndex.openReadOnly(dir)) {
            assertEquals(1, reader.segments(), "committed");
            assertThrows(IllegalStateException.class, () -> reader.forceMerge(1));
        }
    }

    @Test
    void refusesAnArticleWithoutId() throws Exception {
        try (ArticleIndex index = ArticleIndex.open(dir)) {
            Article a = sample("https://news.example/e", "x");
            Article noId = new Article(null, a.url(), a.canonicalUrl(), a.fetchedAt(), a.publishedAt(), null,
                    a.language(), a.title(), a.summary(), a.authors(), a.siteName(), a.body(), a.sections(),
                    a.languages(), a.money(), a.people(), a.companies(), a.organizations(), a.tables(),
                    a.furtherReading(), a.faq(), a.topics(), a.contentHash());
            assertThrows(IllegalArgumentException.class, () -> index.upsert(noId));
        }
    }
}

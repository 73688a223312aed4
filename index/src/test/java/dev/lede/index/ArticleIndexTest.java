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
            List<String> written = new ArrayList<>();
            index.forEach(a -> {
                try {
                    written.add(dev.lede.model.LedeJson.mapper().writeValueAsString(a));
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            List<String> json = new ArrayList<>();
            index.forEachJson(json::add);
            assertEquals(written, json);
        }
    }

    @Test
    void storedJsonMissingACurrentFieldIsWrittenAgain() {
        String old = "{\"id\":\"a\",\"url\":\"https://news.example/a\",\"body\":\"x \\\"faq\\\": y\"}";
        var bytes = new org.apache.lucene.util.BytesRef(old.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(!ArticleDocuments.hasCurrentFields(bytes));
        var doc = new org.apache.lucene.document.Document();
        doc.add(new org.apache.lucene.document.StoredField(IndexFields.JSON, bytes));
        String json = ArticleDocuments.toJson(doc);
        assertTrue(json.contains("\"faq\":[]"), json);
        assertTrue(json.contains("\"contentHash\":"), json);
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

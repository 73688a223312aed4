package dev.lede.pipeline.bench;

import dev.lede.extract.html.HtmlArticleExtractor;
import dev.lede.extract.html.PageExtraction;
import dev.lede.model.ArticleId;
import dev.lede.pipeline.SampleSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchCorpusTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSamePagesAndEveryPageIsAnArticleOfItsOwn() throws Exception {
        Path site = SampleSite.root().resolve("site");
        BenchCorpus a = BenchCorpus.generate(site, 60, 7, dir.resolve("a"));
        BenchCorpus b = BenchCorpus.generate(site, 60, 7, dir.resolve("b"));
        BenchCorpus other = BenchCorpus.generate(site, 5, 8, dir.resolve("c"));
        for (int i = 0; i < 60; i++) {
            assertArrayEquals(Files.readAllBytes(a.pages().get(i).file()), Files.readAllBytes(b.pages().get(i).file()));
        }
        assertTrue(!Files.readString(a.pages().get(0).file()).equals(Files.readString(other.pages().get(0).file())));

        HtmlArticleExtractor html = new HtmlArticleExtractor();
        Set<String> ids = new HashSet<>();
        Set<String> editions = new HashSet<>();
        Set<String> bodies = new HashSet<>();
        int tables = 0;
        int shortest = Integer.MAX_VALUE;
        int longest = 0;
        for (BenchCorpus.Page p : a.pages()) {
            String page = Files.readString(p.file());
            PageExtraction e = html.extract(page, p.url());
            assertNull(e.failure(), p.url());
            ids.add(ArticleId.of(e.canonicalUrl()));
            editions.add(p.edition());
            bodies.add(p.bodyLanguage());
            int words = BenchCorpus.wordCount(e.body());
            shortest = Math.min(shortest, words);
            longest = Math.max(longest, words);
            tables += page.contains("<table") || page.contains("|---|") ? 1 : 0;
        }
        assertEquals(60, ids.size(), "every page has its own id, so the index keeps them all");
        assertEquals(Set.of("en", "nl"), editions);
        assertEquals(Set.of("en", "nl"), bodies);
        assertTrue(tables >= 20, "many pages carry tables: " + tables);
        assertTrue(shortest >= BenchCorpus.MIN_WORDS * 0.9 && longest <= BenchCorpus.MAX_WORDS * 1.3,
                "body lengths within 300-3,000 words (give or take a paragraph): " + shortest + "-" + longest);
        assertTrue(longest > 1500, "some long articles: " + longest);
    }
}

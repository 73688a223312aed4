package dev.lede.pipeline.crawl;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** URL normalisation and crawl scope. */
class UrlScopeTest {
    private final UrlNormalizer normalizer = new UrlNormalizer();

    @Test
    void oneSpellingPerPage() {
        assertEquals(Optional.of("http://news.test/b/c.html?a=1&b=2"),
                normalizer.normalize("HTTP://News.TEST:80/a/../b/./c.html?b=2&utm_source=x&a=1#comments"));
        assertEquals(normalizer.normalize("https://news.test/x?fbclid=abc"), normalizer.normalize("https://news.test/x"));
        assertEquals(Optional.of("http://news.test/archive/page/2.html"),
                normalizer.resolve("http://news.test/archive/index.html", "page/2.html"));
    }

    @Test
    void onlyHttpAndFileUrlsAreCrawlable() {
        assertTrue(normalizer.normalize("mailto:desk@news.test").isEmpty());
        assertTrue(normalizer.normalize("javascript:void(0)").isEmpty());
        assertTrue(normalizer.normalize("ftp://news.test/a").isEmpty());
        assertTrue(normalizer.normalize("file:///tmp/x.html#top").orElseThrow().startsWith("file:///"));
        assertFalse(normalizer.normalize("file:///tmp/x.html#top").orElseThrow().contains("#"));
    }

    @Test
    void theScopeIsTheSeedsHostsWhateverTheScheme() {
        CrawlScope scope = CrawlScope.of(List.of("http://news.test/archive/"), List.of(), List.of());
        assertTrue(scope.contains("http://news.test/en/2026/a.html"));
        assertTrue(scope.contains("https://news.test/en/2026/a.html"), "an http to https move stays in scope");
        assertFalse(scope.contains("http://other.test/a.html"));
        assertFalse(scope.contains("http://news.test:8080/a.html"), "another port is another site");
        assertFalse(scope.contains("http://news.test/logo.png"), "not a page");
        assertFalse(scope.contains("http://news.test/report.pdf"), "not a page");
    }

    @Test
    void includeAndExcludePatternsNarrowTheScope() {
        CrawlScope scope = CrawlScope.of(List.of("http://news.test/"), List.of("/(en|nl)/", "/archive/"), List.of("/nl/sport/"));
        assertTrue(scope.contains("http://news.test/en/a.html"));
        assertTrue(scope.contains("http://news.test/archive/page/2.html"));
        assertFalse(scope.contains("http://news.test/about.html"));
        assertFalse(scope.contains("http://news.test/nl/sport/a.html"));
        assertThrows(IllegalArgumentException.class, () -> CrawlScope.of(List.of("http://news.test/"), List.of("(unclosed"), List.of()));
    }

    @Test
    void fileSeedsScopeTheirDirectory() {
        CrawlScope scope = CrawlScope.of(List.of("file:///srv/site/index.html"), List.of(), List.of());
        assertTrue(scope.contains("file:///srv/site/en/a.html"));
        assertFalse(scope.contains("file:///etc/passwd"));
        assertFalse(scope.contains("http://news.test/a.html"));
    }
}

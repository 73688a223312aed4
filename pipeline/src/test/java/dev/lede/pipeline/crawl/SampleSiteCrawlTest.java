package dev.lede.pipeline.crawl;

import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.bench.LoopbackSite;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crawls of the sample archive over real HTTP on loopback, and from its directory. */
class SampleSiteCrawlTest {
    @TempDir
    Path data;

    private LoopbackSite site;

    @BeforeEach
    void serveSamples() throws IOException {
        site = LoopbackSite.start().addDirectory(CrawlHarness.sampleSite(), "http://lede.test/");
    }

    @AfterEach
    void stop() {
        site.close();
    }

    @Test
    void firstRunIndexesEveryArticleAndRecordsTheDeadLink() throws IOException {
        LedeConfig config = CrawlHarness.config(data);
        RunReport report = CrawlHarness.crawl(config, site.base());
        int articles = CrawlHarness.sampleArticles();

        assertEquals(articles, report.newArticles(), report.toString());
        assertEquals(articles, CrawlHarness.indexCount(config));
        assertEquals(0, report.updated());
        assertTrue(report.listings() >= 3, "archive pages and their pagination are listings: " + report);
        assertEquals(Map.of("not-found", 1), report.failedByReason(), "the one dead link");
        assertEquals(1, report.exitCode());
        assertEquals("some-failed", report.status());
        Path reportFile = config.crawlDir().resolve(String.format("runs/run-%06d.json", report.run()));
        String json = Files.readString(reportFile, StandardCharsets.UTF_8);
        assertTrue(json.contains("\"new\" : " + articles), json);
        assertTrue(Files.exists(config.crawlDir().resolve("last-run.json")));
        assertTrue(site.requests().stream().allMatch(r -> r.userAgent().startsWith("LedeBot/")));
    }

    @Test
    void secondRunOverUnchangedSamplesGets304sAndReportsNothingNew() throws IOException {
        LedeConfig config = CrawlHarness.config(data, b -> b.recrawlAfter(Duration.ZERO));
        RunReport first = CrawlHarness.crawl(config, site.base());
        site.clearRequests();

        RunReport second = CrawlHarness.crawl(config, site.base());
        int articles = CrawlHarness.sampleArticles();
        assertEquals(0, second.newArticles(), second.toString());
        assertEquals(0, second.updated(), second.toString());
        assertEquals(articles, second.unchanged(), second.toString());
        assertEquals(articles, second.notModified(), "every article answered 304: " + second);
        assertEquals(first.listings(), second.listings(), "listings are read every run");
        assertEquals(0, second.failed(), "the dead link is parked, not fetched every run: " + second);
        assertEquals(0, second.exitCode());
        assertEquals(articles, CrawlHarness.indexCount(config));
        long conditional = site.requests().stream().filter(r -> r.status() == 304 && r.ifNoneMatch() != null).count();
        assertEquals(articles, conditional);
    }

    @Test
    void articlesAreNotFetchedAgainBeforeTheyAreDue() throws IOException {
        LedeConfig config = CrawlHarness.config(data);
        CrawlHarness.crawl(config, site.base());
        site.clearRequests();

        RunReport second = CrawlHarness.crawl(config, site.base());
        assertEquals(0, second.newArticles());
        assertEquals(0, second.unchanged());
        assertTrue(second.notDue() >= CrawlHarness.sampleArticles(), second.toString());
        List<String> fetched = site.requests().stream().map(LoopbackSite.Request::path).toList();
        assertFalse(fetched.stream().anyMatch(p -> p.matches("/(en|nl)/\\d{4}/.*")), "no article fetched: " + fetched);
    }

    @Test
    void aPageThatChangedBetweenRunsIsUpdatedInPlace() throws IOException {
        LedeConfig config = CrawlHarness.config(data, b -> b.recrawlAfter(Duration.ZERO));
        CrawlHarness.crawl(config, site.base());
        String path = "/en/2026/05/mistral-raises-600m.html";
        Path file = CrawlHarness.sampleSite().resolve(path.substring(1));
        String html = Files.readString(file, StandardCharsets.UTF_8);
        int p = html.indexOf("<p>", html.indexOf("<article"));
        assertTrue(p > 0);
        site.put(path, html.substring(0, p) + "<p>Correction: an earlier version of this article misstated the "
                + "size of the round; it has been updated with the figure confirmed by the company.</p>" + html.substring(p));

        RunReport second = CrawlHarness.crawl(config, site.base());
        assertEquals(1, second.updated(), second.toString());
        assertEquals(0, second.newArticles());
        assertEquals(CrawlHarness.sampleArticles(), CrawlHarness.indexCount(config));
    }

    @Test
    void crawlingTheSampleDirectoryTwiceLeavesTheSameNumberOfDocuments() throws IOException {
        LedeConfig config = CrawlHarness.config(data, b -> b.recrawlAfter(Duration.ZERO));
        RunReport first = CrawlHarness.crawl(config, CrawlHarness.sampleSite().toString());
        int count = CrawlHarness.indexCount(config);
        assertEquals(CrawlHarness.sampleArticles(), count);
        assertEquals(count, first.newArticles());

        RunReport second = CrawlHarness.crawl(config, CrawlHarness.sampleSite().toString());
        assertEquals(count, CrawlHarness.indexCount(config));
        assertEquals(0, second.newArticles());
        assertEquals(0, second.updated());
        assertEquals(count, second.unchanged(), "equal hashes: " + second);
    }

    @Test
    void robotsTxtDisallowIsObeyedAndItsSitemapRead() throws IOException {
        site.put("/robots.txt", ("User-agent: *\nDisallow: /nl/\n\nUser-agent: otherbot\nDisallow: /\n\n"
                + "Sitemap: " + site.base() + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8), "text/plain");
        LedeConfig config = CrawlHarness.config(data);
        RunReport report = CrawlHarness.crawl(config, site.base());

        assertTrue(report.skippedByRobots() > 0, report.toString());
        assertTrue(site.requests().stream().noneMatch(r -> r.path().startsWith("/nl/")), "nothing under /nl/ fetched");
        assertEquals(1, report.sitemaps(), report.toString());
        assertTrue(report.newArticles() > 0);
        assertTrue(CrawlHarness.indexCount(config) < CrawlHarness.sampleArticles());
    }

    @Test
    void aSitemapSeedLeadsToItsArticles() throws IOException {
        LedeConfig config = CrawlHarness.config(data, b -> b.maxDepth(1));
        RunReport report = CrawlHarness.crawl(config, site.base() + "sitemap.xml");
        assertEquals(1, report.sitemaps());
        long inSitemap = new String(Files.readAllBytes(CrawlHarness.sampleSite().resolve("sitemap.xml")),
                StandardCharsets.UTF_8).split("<loc>").length - 1;
        assertEquals(inSitemap, report.newArticles(), report.toString());
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() throws IOException {
        LedeConfig config = CrawlHarness.config(data, b -> b.allowPrivate(false));
        RunReport report = CrawlHarness.crawl(config, site.base());
        assertEquals(Map.of("private-address", 1), report.failedByReason());
        assertEquals(1, report.exitCode());
        assertTrue(site.requests().isEmpty(), "not a single request was sent: " + site.requests());
        assertNotNull(report.failures().get(0).error());
        assertTrue(report.failures().get(0).error().contains("loopback"), report.failures().toString());
    }
}

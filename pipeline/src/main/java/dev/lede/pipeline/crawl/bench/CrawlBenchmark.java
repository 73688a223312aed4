package dev.lede.pipeline.crawl.bench;

import dev.lede.extract.ArticleAnalyzer;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.CrawlJob;
import dev.lede.pipeline.crawl.CrawlLedger;
import dev.lede.pipeline.crawl.CrawlListener;
import dev.lede.pipeline.crawl.FailureReason;
import dev.lede.pipeline.crawl.LedgerEntry;
import dev.lede.pipeline.crawl.PageKind;
import dev.lede.pipeline.crawl.RunReport;
import dev.lede.pipeline.crawl.UrlState;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Measures the crawler on loopback with the politeness delay at 0: a first run over a synthetic archive
 * (fetch, extract, index), a second run over the unchanged archive (listings again, 304s for articles),
 * and the size of the ledger per 10,000 URLs.
 */
public final class CrawlBenchmark {

    /**
     * The figures.
     *
     * @param articles            article pages in the archive
     * @param listings            listing pages in the archive
     * @param concurrency         fetches at once
     * @param entities            whether named-entity recognition ran
     * @param analyzerLoadMs      time to load the extraction models and extract one page
     * @param firstRunMs          first run (everything new)
     * @param firstRunPagesPerSec pages per second of the first run
     * @param secondRunMs         second run (everything unchanged)
     * @param secondRunPagesPerSec pages per second of the second run
     * @param ledgerBytesAfterRuns the crawl's own ledger file
     * @param ledgerBytesPer10k   a ledger holding 10,000 fetched article URLs
     */
    public record Figures(int articles, int listings, int concurrency, boolean entities, long analyzerLoadMs,
                          long firstRunMs, double firstRunPagesPerSec, long secondRunMs, double secondRunPagesPerSec,
                          long ledgerBytesAfterRuns, long ledgerBytesPer10k) {

        public String table() {
            return String.format(Locale.ROOT, """
                    crawl benchmark (loopback, politeness delay 0, %d fetches at once, entities %s)
                      archive                     %6d articles, %d listing pages
                      models loaded, 1st extract  %8d ms
                      first run  (all new)        %8d ms  %8.1f pages/s
                      second run (all unchanged)  %8d ms  %8.1f pages/s
                      ledger after both runs      %8d bytes (%d URLs)
                      ledger per 10,000 URLs      %8d bytes (%.1f MiB)
                    """, concurrency, entities ? "on" : "off", articles, listings, analyzerLoadMs, firstRunMs,
                    firstRunPagesPerSec, secondRunMs, secondRunPagesPerSec, ledgerBytesAfterRuns, articles + listings,
                    ledgerBytesPer10k, ledgerBytesPer10k / 1024.0 / 1024.0);
        }
    }

    private CrawlBenchmark() {
    }

    /** Runs the benchmark in {@code work} (a scratch directory). */
    public static Figures run(LedeConfig base, int articles, int perListing, Path work) throws IOException {
        LedeConfig config = base.withDataDir(work.resolve("data")).withCrawl(base.crawl().toBuilder()
                .politenessDelay(Duration.ZERO)
                .allowPrivate(true)
                .recrawlAfter(Duration.ZERO)
                .maxPages(Integer.MAX_VALUE)
                .build());
        SyntheticArchive archive = new SyntheticArchive(articles, perListing, 1);
        long t0 = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(config.analyzer());
        // models that load lazily (Lingua's) load here, not in the timed runs
        analyzer.analyzeHtml(archive.pages().get(SyntheticArchive.articlePath(1)), "http://warm.up/", Instant.now());
        long loadMs = (System.nanoTime() - t0) / 1_000_000;
        int pages = articles + archive.listings();
        try (LoopbackSite site = LoopbackSite.start()) {
            archive.serveOn(site);
            String seed = site.base() + SyntheticArchive.seedPath().substring(1);
            long first = timed(config, analyzer, seed, articles);
            long second = timed(config, analyzer, seed, 0);
            long ledgerBytes = Files.size(CrawlJob.ledgerFile(config));
            return new Figures(articles, archive.listings(), config.crawl().maxConcurrentFetches(),
                    config.analyzer().entities(), loadMs, first, pages * 1000.0 / Math.max(1, first),
                    second, pages * 1000.0 / Math.max(1, second), ledgerBytes, ledgerSize(work.resolve("ledger-10k.db"), 10_000));
        }
    }

    private static long timed(LedeConfig config, ArticleAnalyzer analyzer, String seed, int expectNew) throws IOException {
        long t0 = System.nanoTime();
        CrawlJob.Result result = new CrawlJob(config, () -> analyzer, CrawlListener.NONE).run(List.of(seed), null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        RunReport report = result.report();
        if (report == null || report.newArticles() != expectNew || report.failed() > 0) {
            throw new IllegalStateException("benchmark crawl did not go as expected: " + report);
        }
        return ms;
    }

    /** Bytes of a ledger holding {@code urls} fetched article URLs with realistic values. */
    static long ledgerSize(Path file, int urls) throws IOException {
        Files.deleteIfExists(file);
        Random random = new Random(1);
        Instant now = Instant.now();
        try (CrawlLedger ledger = CrawlLedger.open(file)) {
            List<LedgerEntry> batch = new ArrayList<>();
            for (int i = 0; i < urls; i++) {
                String url = String.format("https://www.example-news.test/%s/2026/%02d/%s-%d.html",
                        random.nextBoolean() ? "en" : "nl", 1 + random.nextInt(12), slug(random), i);
                batch.add(new LedgerEntry(url, PageKind.ARTICLE, UrlState.FETCHED, 1 + random.nextInt(4), 200,
                        "\"" + Long.toHexString(random.nextLong()) + "\"", "Mon, 04 May 2026 10:15:00 GMT",
                        hex(random, 64), hex(random, 16), 0, i % 50 == 0 ? FailureReason.NOT_FOUND : null,
                        i % 50 == 0 ? "HTTP 404 Not Found" : null, now, now, now.plus(Duration.ofDays(1))));
                if (batch.size() == 500) {
                    ledger.record(batch, List.of());
                    batch.clear();
                }
            }
            ledger.record(batch, List.of());
            ledger.checkpoint();
        }
        long size = Files.size(file);
        Files.deleteIfExists(file);
        Files.deleteIfExists(Path.of(file + "-wal"));
        Files.deleteIfExists(Path.of(file + "-shm"));
        return size;
    }

    private static String slug(Random random) {
        String[] words = {"mistral", "raises", "funding", "openai", "valuation", "chips", "investors", "round",
                "data-centre", "miljard", "europa", "model", "lab", "shares", "cash-out"};
        StringBuilder s = new StringBuilder();
        int n = 4 + random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(i == 0 ? "" : "-").append(words[random.nextInt(words.length)]);
        }
        return s.toString();
    }

    private static String hex(Random random, int digits) {
        StringBuilder s = new StringBuilder();
        while (s.length() < digits) {
            s.append(Long.toHexString(random.nextLong() | Long.MIN_VALUE));
        }
        return s.substring(0, digits);
    }
}

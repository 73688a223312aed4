package dev.lede.pipeline.crawl;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.SampleSite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/** Shared set-up of the crawl tests: a fast configuration for loopback, one analyzer per JVM. */
final class CrawlHarness {
    private static ArticleAnalyzer analyzer;

    private CrawlHarness() {
    }

    /** One analyzer for all crawl tests (no NER: crawling is under test, not entities). */
    static synchronized ArticleAnalyzer analyzer() {
        if (analyzer == null) {
            analyzer = ArticleAnalyzer.create(analyzerConfig());
        }
        return analyzer;
    }

    static AnalyzerConfig analyzerConfig() {
        return new AnalyzerConfig(AnalyzerConfig.DEFAULT_LANGUAGES, false);
    }

    /** Loopback allowed, no politeness delay, short timeouts and backoffs. */
    static LedeConfig config(Path data, UnaryOperator<LedeConfig.Crawl.Builder> tweak) {
        LedeConfig base = LedeConfig.defaults(data).withAnalyzer(analyzerConfig());
        LedeConfig.Crawl.Builder crawl = base.crawl().toBuilder()
                .politenessDelay(Duration.ZERO)
                .allowPrivate(true)
                .timeout(Duration.ofSeconds(10))
                .retry(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(3),
                        Duration.ofMinutes(15), Duration.ofDays(1)));
        return base.withCrawl(tweak.apply(crawl).build());
    }

    static LedeConfig config(Path data) {
        return config(data, b -> b);
    }

    static RunReport crawl(LedeConfig config, String... seeds) throws IOException {
        CrawlJob.Result result = new CrawlJob(config, CrawlHarness::analyzer, CrawlListener.NONE)
                .run(new SeedList().expand(List.of(seeds)), null);
        if (result.locked()) {
            throw new IllegalStateException("locked by " + result.lockHolder());
        }
        return result.report();
    }

    static int indexCount(LedeConfig config) throws IOException {
        try (ArticleIndex index = ArticleIndex.openReadOnly(config.indexDir())) {
            return index.count();
        }
    }

    /** The sample site's directory. */
    static Path sampleSite() {
        return SampleSite.root().resolve("site");
    }

    /** The number of sample article pages (one golden file each). */
    static int sampleArticles() throws IOException {
        try (Stream<Path> files = Files.list(SampleSite.root().resolve("golden"))) {
            return (int) files.filter(p -> p.toString().endsWith(".json")).count();
        }
    }
}

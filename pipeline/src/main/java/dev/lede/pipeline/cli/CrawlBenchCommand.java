package dev.lede.pipeline.cli;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.bench.CrawlBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/** {@code lede bench crawl}: crawl speed on loopback with no politeness delay, and ledger size. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        header = "Measure crawling speed against a generated archive on 127.0.0.1.",
        description = {"Crawl a generated archive served on 127.0.0.1 with the politeness delay at 0: pages per",
                "second of a first run (fetch, extract, index) and of a second run (listings again, 304s),",
                "and the ledger's size per 10,000 URLs. Works in a scratch directory that is deleted after."})
public final class CrawlBenchCommand implements Callable<Integer> {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "300", description = "Articles in the generated archive (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--per-listing", paramLabel = "N", defaultValue = "20", description = "Teasers per listing page (default: ${DEFAULT-VALUE}).")
    int perListing;

    @Option(names = "--concurrency", paramLabel = "N", description = "Fetches at once (default: the crawler's, 4).")
    Integer concurrency;

    @Option(names = "--no-entities", description = "Skip named-entity recognition, to measure the crawler rather than NER.")
    boolean noEntities;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Override
    public Integer call() throws IOException {
        if (articles < 1 || perListing < 1) {
            System.err.println("lede bench crawl: --articles and --per-listing must be at least 1");
            return ExitCodes.USAGE;
        }
        Path work = Files.createTempDirectory("lede-bench-crawl");
        try {
            LedeConfig config = LedeConfig.defaults(work);
            if (noEntities) {
                config = config.withAnalyzer(new AnalyzerConfig(config.analyzer().languages(), false));
            }
            if (concurrency != null) {
                config = config.withCrawl(config.crawl().toBuilder().maxConcurrentFetches(concurrency).build());
            }
            CrawlBenchmark.Figures figures = CrawlBenchmark.run(config, articles, perListing, work);
            System.out.print(figures.table());
            if (json != null) {
                Files.write(json, LedeJson.mapper().writeValueAsBytes(figures));
            }
            return ExitCodes.OK;
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}

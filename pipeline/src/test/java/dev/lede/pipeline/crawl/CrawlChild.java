package dev.lede.pipeline.crawl;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.cli.CrawlCommand;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The crawl command's code path in a JVM of its own, for {@link KillResumeTest} to kill with SIGKILL.
 * Arguments: data directory, seed URL. Small batches (two pages per commit) so that a kill can land
 * between any two writes.
 */
public final class CrawlChild {
    private CrawlChild() {
    }

    public static void main(String[] args) {
        LedeConfig base = LedeConfig.defaults(Path.of(args[0]))
                .withAnalyzer(new AnalyzerConfig(List.of("en", "nl"), false));
        LedeConfig config = base.withCrawl(base.crawl().toBuilder()
                .politenessDelay(Duration.ZERO)
                .allowPrivate(true)
                .maxConcurrentFetches(2)
                .timeout(Duration.ofSeconds(20))
                .recrawlAfter(Duration.ofDays(1))
                .build())
                .withBatch(base.batch().withCommitEvery(2));
        System.exit(CrawlCommand.execute(config, List.of(args[1]), null, CrawlListener.NONE, System.out));
    }
}

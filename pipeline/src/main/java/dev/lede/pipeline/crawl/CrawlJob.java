package dev.lede.pipeline.crawl;

import com.fasterxml.jackson.databind.SerializationFeature;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.LedeConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One scheduled crawl over a data directory: takes the run lock, opens the ledger and the index, runs
 * the {@link ArchiveCrawler}, and writes the run report to {@code crawl/runs/run-NNNNNN.json} and
 * {@code crawl/last-run.json}. The extraction models are loaded only once the lock is held, so a run
 * that finds the directory busy exits at once.
 */
public final class CrawlJob {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlJob.class);

    private final LedeConfig config;
    private final Supplier<ArticleAnalyzer> analyzer;
    private final CrawlListener listener;
    private final CountDownLatch finished = new CountDownLatch(1);
    private volatile ArchiveCrawler crawler;

    /**
     * The outcome of a job.
     *
     * @param report     the run's report, or null when the lock was held by another run
     * @param reportFile where the report was written, or null
     * @param lockHolder who holds the lock ("pid 1234, started ..."), or null when this job ran
     */
    public record Result(RunReport report, Path reportFile, String lockHolder) {
        public boolean locked() {
            return lockHolder != null;
        }
    }

    public CrawlJob(LedeConfig config, Supplier<ArticleAnalyzer> analyzer, CrawlListener listener) {
        this.config = config;
        this.analyzer = analyzer;
        this.listener = listener;
    }

    /** The ledger file of a data directory. */
    public static Path ledgerFile(LedeConfig config) {
        return config.crawlDir().resolve("ledger.db");
    }

    /** The run lock file of a data directory. */
    public static Path lockFile(LedeConfig config) {
        return config.crawlDir().resolve("run.lock");
    }

    /**
     * Runs the crawl, or returns at once with {@link Result#locked()} when another run holds the lock.
     *
     * @param seeds      normalised seed URLs ({@link SeedList})
     * @param reportCopy a further place to write the report to, or null
     */
    public Result run(List<String> seeds, Path reportCopy) throws IOException {
        try {
            Optional<RunLock> lock = RunLock.tryAcquire(lockFile(config));
            if (lock.isEmpty()) {
                return new Result(null, null, RunLock.holder(lockFile(config)));
            }
            try (RunLock held = lock.get();
                 CrawlLedger ledger = CrawlLedger.open(ledgerFile(config));
                 ArticleIndex index = ArticleIndex.open(config.indexDir())) {
                ArchiveCrawler c = new ArchiveCrawler(config, analyzer.get(), index, ledger, listener);
                crawler = c;
                RunReport report = c.run(seeds);
                Path file = writeReport(report, reportCopy);
                return new Result(report, file, null);
            }
        } finally {
            finished.countDown();
        }
    }

    /**
     * Asks a running job to stop (pages in progress are finished and recorded) and waits for it, at most
     * {@code max}; for a shutdown hook, so that SIGTERM from systemd or Ctrl-C ends a run cleanly.
     */
    public void stopAndWait(Duration max) {
        ArchiveCrawler c = crawler;
        if (c != null && finished.getCount() > 0) {
            LOG.info("stopping the crawl: finishing the pages in progress");
            c.stop();
            try {
                finished.await(max.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private Path writeReport(RunReport report, Path copy) throws IOException {
        Path runs = config.crawlDir().resolve("runs");
        Files.createDirectories(runs);
        byte[] json = LedeJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(report);
        Path file = runs.resolve(String.format("run-%06d.json", report.run()));
        Path tmp = runs.resolve(file.getFileName() + ".tmp");
        Files.write(tmp, json);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.copy(file, config.crawlDir().resolve("last-run.json"), StandardCopyOption.REPLACE_EXISTING);
        if (copy != null) {
            Path parent = copy.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(copy, json);
        }
        return file;
    }
}

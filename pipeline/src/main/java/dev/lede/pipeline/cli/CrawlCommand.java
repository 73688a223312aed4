package dev.lede.pipeline.cli;

import dev.lede.extract.ArticleAnalyzer;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.crawl.CrawlJob;
import dev.lede.pipeline.crawl.CrawlListener;
import dev.lede.pipeline.crawl.CrawlScope;
import dev.lede.pipeline.crawl.SeedList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede crawl}: one polite, incremental, resumable crawl run into the index. */
@Command(name = "crawl", mixinStandardHelpOptions = true,
        header = "Crawl news archives politely and incrementally; extract and index every article.",
        description = {"Crawl news archives: follow listings and their pagination to every article in scope,",
                "extract each article and index it. Incremental (only what is new or due is fetched), polite",
                "(robots.txt, one request per host at a time, a delay between requests) and resumable.",
                "Ends with a one-line summary on stdout and a JSON run report in DIR/crawl/runs/.",
                "",
                "Exit codes: 0 ok; 1 finished, but some URLs failed (see the log and the report);",
                "2 usage or configuration error; 3 another run holds the data directory's lock."})
public final class CrawlCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(CrawlCommand.class);

    @Mixin
    DataOption data;

    @Mixin
    LanguagesOption languages;

    @Parameters(paramLabel = "URL|DIR|FILE", arity = "1..*",
            description = {"Seeds: archive listing, sitemap or feed URLs; local directories (their index.html, or",
                    "every HTML file); HTML files; or files listing such inputs one per line."})
    List<String> inputs;

    @Option(names = "--max-pages", paramLabel = "N", description = "Fetch at most N pages in this run; the rest waits for the next run (default: 10000).")
    Integer maxPages;

    @Option(names = "--max-depth", paramLabel = "N", description = "Follow at most N links from a seed; pagination does not count (default: 10).")
    Integer maxDepth;

    @Option(names = "--delay", paramLabel = "MS", description = "Milliseconds between two requests to one host (default: 1000; robots.txt Crawl-delay may raise it).")
    Long delayMillis;

    @Option(names = "--user-agent", paramLabel = "UA", description = "User-Agent to send; its first word is the name robots.txt rules are matched against.")
    String userAgent;

    @Option(names = "--include", paramLabel = "REGEX", description = "Only crawl URLs matching one of these patterns (repeatable).")
    List<String> include;

    @Option(names = "--exclude", paramLabel = "REGEX", description = "Do not crawl URLs matching these patterns (repeatable).")
    List<String> exclude;

    @Option(names = "--recrawl-after", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Fetch an article again once this old (e.g. 0, 6h, 1d, 7d; default: 1d). Listings are read every run.")
    Duration recrawlAfter;

    @Option(names = "--recrawl-all", description = "Fetch and re-extract everything in scope, ignoring schedules and validators.")
    boolean recrawlAll;

    @Option(names = "--concurrency", paramLabel = "N", description = "Fetches at once, across hosts; one host never gets more than one (default: 4).")
    Integer concurrency;

    @Option(names = "--timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Total time for one request, body included (default: 20s).")
    Duration timeout;

    @Option(names = "--allow-private", description = "Allow fetching private, loopback and link-local addresses (refused by default).")
    boolean allowPrivate;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the JSON run report to FILE.")
    Path report;

    @Override
    public Integer call() {
        LedeConfig config;
        List<String> seeds;
        try {
            config = configure(languages.apply(data.config()));
            seeds = new SeedList().expand(inputs);
            CrawlScope.of(seeds, config.crawl().include(), config.crawl().exclude()); // rejects bad patterns now
        } catch (IllegalArgumentException e) {
            System.err.println("lede crawl: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        try (CrawlProgress progress = CrawlProgress.forTerminal()) {
            return execute(config, seeds, report, progress, System.out);
        }
    }

    /**
     * Runs a crawl job and prints its summary; the exit code as {@link ExitCodes} defines it. Shared by
     * the command and by tests that run it in a child JVM.
     */
    public static int execute(LedeConfig config, List<String> seeds, Path reportCopy, CrawlListener listener,
                              PrintStream out) {
        CrawlJob job = new CrawlJob(config, () -> ArticleAnalyzer.create(config.analyzer()), listener);
        Thread hook = new Thread(() -> job.stopAndWait(Duration.ofSeconds(30)), "crawl-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            CrawlJob.Result result = job.run(seeds, reportCopy);
            if (result.locked()) {
                System.err.println("lede crawl: another crawl holds " + CrawlJob.lockFile(config) + " ("
                        + result.lockHolder() + "); not starting a second run");
                return ExitCodes.LOCKED;
            }
            out.println(result.report().summaryLine());
            LOG.info("run report: {}", result.reportFile());
            return result.report().exitCode() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            LOG.error("crawl aborted: {}", e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it waits for this run, which is over
            }
        }
    }

    private LedeConfig configure(LedeConfig base) {
        LedeConfig.Crawl.Builder crawl = base.crawl().toBuilder();
        if (maxPages != null) {
            crawl.maxPages(positive("--max-pages", maxPages));
        }
        if (maxDepth != null) {
            crawl.maxDepth(nonNegative("--max-depth", maxDepth));
        }
        if (delayMillis != null) {
            crawl.politenessDelay(Duration.ofMillis(nonNegative("--delay", delayMillis.intValue())));
        }
        if (include != null) {
            crawl.include(include);
        }
        if (exclude != null) {
            crawl.exclude(exclude);
        }
        if (recrawlAfter != null) {
            crawl.recrawlAfter(recrawlAfter);
        }
        if (concurrency != null) {
            crawl.maxConcurrentFetches(positive("--concurrency", concurrency));
        }
        if (timeout != null) {
            if (timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("--timeout must be positive");
            }
            crawl.timeout(timeout);
        }
        crawl.allowPrivate(allowPrivate).recrawlAll(recrawlAll);
        LedeConfig config = base.withCrawl(crawl.build());
        if (userAgent != null) {
            if (userAgent.isBlank()) {
                throw new IllegalArgumentException("--user-agent must not be empty");
            }
            config = config.withUserAgent(userAgent.strip());
        }
        return config;
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be at least 1");
        }
        return value;
    }

    private static int nonNegative(String option, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(option + " must not be negative");
        }
        return value;
    }
}

package dev.lede.pipeline;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.pipeline.batch.BatchSettings;
import dev.lede.pipeline.crawl.RetryPolicy;
import dev.lede.pipeline.web.ServerSettings;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * All of Lede's settings in one place, with defaults that work on a fresh machine.
 *
 * @param dataDir      where Lede keeps everything (default {@code ./lede-data})
 * @param analyzer     extraction settings
 * @param userAgent    the User-Agent Lede sends (its first product token, lower-cased, is the name robots.txt
 *                     groups are matched against)
 * @param maxPageBytes pages larger than this are refused (not truncated: a cut page would be a wrong record)
 * @param server       the web server of {@code lede serve}: address, port and request caps
 * @param crawl        the crawler of {@code lede crawl}: politeness, scope, schedule, retries
 * @param batch        extraction workers, queue and index commits of batch work (crawl, ingest)
 */
public record LedeConfig(Path dataDir, AnalyzerConfig analyzer, String userAgent, int maxPageBytes,
                         ServerSettings server, Crawl crawl, BatchSettings batch) {

    public static final String DEFAULT_USER_AGENT = "LedeBot/0.1 (+https://github.com/lede-news/lede)";
    public static final int DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

    public LedeConfig {
        crawl = crawl == null ? Crawl.defaults() : crawl;
        batch = batch == null ? BatchSettings.defaults() : batch;
    }

    public static LedeConfig defaults(Path dataDir) {
        return new LedeConfig(dataDir, AnalyzerConfig.defaults(), DEFAULT_USER_AGENT, DEFAULT_MAX_PAGE_BYTES,
                ServerSettings.defaults(), Crawl.defaults(), BatchSettings.defaults());
    }

    /** This configuration for another data directory. */
    public LedeConfig withDataDir(Path dataDir) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with other web server settings. */
    public LedeConfig withServer(ServerSettings server) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with other batch settings. */
    public LedeConfig withBatch(BatchSettings batch) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with other crawler settings. */
    public LedeConfig withCrawl(Crawl crawl) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with other extraction settings. */
    public LedeConfig withAnalyzer(AnalyzerConfig analyzer) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with another User-Agent. */
    public LedeConfig withUserAgent(String userAgent) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** This configuration with another page size cap. */
    public LedeConfig withMaxPageBytes(int maxPageBytes) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server, crawl, batch);
    }

    /** The robots.txt product token: the user agent's first token, lower-cased (RFC 9309 section 2.2.1). */
    public String robotsName() {
        String token = userAgent.strip().split("[/\\s]", 2)[0];
        return token.toLowerCase(Locale.ROOT).replaceAll("[^a-z_-]", "");
    }

    /**
     * Where third-party data lives ({@code ../shared}: labelled evaluation sets), kept out of the repository:
     * the {@code lede.shared} system property, else the {@code LEDE_SHARED} environment variable, else
     * {@code ../shared} relative to the working directory (the repository root).
     */
    public static Path sharedDir() {
        String prop = System.getProperty("lede.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("LEDE_SHARED");
        return Path.of(env != null && !env.isBlank() ? env : "../shared");
    }

    /** The Lucene index directory. */
    public Path indexDir() {
        return dataDir.resolve("index");
    }

    /** Where the crawler keeps its ledger, lock and run reports. */
    public Path crawlDir() {
        return dataDir.resolve("crawl");
    }

    /**
     * Crawler settings. The defaults are those of a polite scheduled crawler against a site Lede does
     * not control: one request per host per second, robots.txt obeyed, private addresses refused.
     *
     * @param politenessDelay      pause between two requests to one host (robots.txt Crawl-delay may raise it)
     * @param maxCrawlDelay        a robots.txt Crawl-delay above this is capped to it (so one host cannot stall a run)
     * @param maxConcurrentFetches fetches running at once, across hosts (one host never gets more than one)
     * @param timeout              total time for one request: connect, headers and the whole body
     * @param maxRedirects         redirect hops followed before a URL counts as a redirect loop
     * @param maxPages             pages fetched per run at most; the rest waits in the ledger for the next run
     * @param maxDepth             link hops from a seed; following pagination does not count as a hop
     * @param include              URL patterns (regex, searched) a URL must match one of, when any are given
     * @param exclude              URL patterns (regex, searched) that put a URL out of scope
     * @param recrawlAfter         how long an article stays fresh before it is fetched again (listings: every run)
     * @param recheckRefused       how long a URL refused for good (404, 410, too large, not HTML) waits before one more try
     * @param allowPrivate         whether private, loopback and link-local addresses may be fetched
     * @param recrawlAll           fetch and re-extract everything in scope, ignoring schedules and validators
     * @param retry                retries and backoff for transient failures
     */
    public record Crawl(Duration politenessDelay, Duration maxCrawlDelay, int maxConcurrentFetches,
                        Duration timeout, int maxRedirects, int maxPages, int maxDepth,
                        List<String> include, List<String> exclude, Duration recrawlAfter, Duration recheckRefused,
                        boolean allowPrivate, boolean recrawlAll, RetryPolicy retry) {

        public Crawl {
            include = include == null ? List.of() : List.copyOf(include);
            exclude = exclude == null ? List.of() : List.copyOf(exclude);
            retry = retry == null ? RetryPolicy.defaults() : retry;
            if (maxConcurrentFetches < 1 || maxRedirects < 0 || maxPages < 1 || maxDepth < 0) {
                throw new IllegalArgumentException("crawl limits must be positive");
            }
            if (politenessDelay.isNegative() || recrawlAfter.isNegative() || timeout.isZero() || timeout.isNegative()) {
                throw new IllegalArgumentException("crawl durations must not be negative");
            }
        }

        public static Crawl defaults() {
            return new Crawl(Duration.ofSeconds(1), Duration.ofSeconds(30), 4,
                    Duration.ofSeconds(20), 5, 10_000, 10, List.of(), List.of(),
                    Duration.ofDays(1), Duration.ofDays(30), false, false, RetryPolicy.defaults());
        }

        /** A builder starting from these settings, for the CLI's flags and for tests. */
        public Builder toBuilder() {
            return new Builder(this);
        }

        /** Changes some settings of a {@link Crawl}; unchanged ones keep their value. */
        public static final class Builder {
            private Duration politenessDelay;
            private Duration maxCrawlDelay;
            private int maxConcurrentFetches;
            private Duration timeout;
            private int maxRedirects;
            private int maxPages;
            private int maxDepth;
            private List<String> include;
            private List<String> exclude;
            private Duration recrawlAfter;
            private Duration recheckRefused;
            private boolean allowPrivate;
            private boolean recrawlAll;
            private RetryPolicy retry;

            private Builder(Crawl c) {
                politenessDelay = c.politenessDelay;
                maxCrawlDelay = c.maxCrawlDelay;
                maxConcurrentFetches = c.maxConcurrentFetches;
                timeout = c.timeout;
                maxRedirects = c.maxRedirects;
                maxPages = c.maxPages;
                maxDepth = c.maxDepth;
                include = c.include;
                exclude = c.exclude;
                recrawlAfter = c.recrawlAfter;
                recheckRefused = c.recheckRefused;
                allowPrivate = c.allowPrivate;
                recrawlAll = c.recrawlAll;
                retry = c.retry;
            }

            public Builder politenessDelay(Duration v) { politenessDelay = v; return this; }
            public Builder maxCrawlDelay(Duration v) { maxCrawlDelay = v; return this; }
            public Builder maxConcurrentFetches(int v) { maxConcurrentFetches = v; return this; }
            public Builder timeout(Duration v) { timeout = v; return this; }
            public Builder maxRedirects(int v) { maxRedirects = v; return this; }
            public Builder maxPages(int v) { maxPages = v; return this; }
            public Builder maxDepth(int v) { maxDepth = v; return this; }
            public Builder include(List<String> v) { include = v; return this; }
            public Builder exclude(List<String> v) { exclude = v; return this; }
            public Builder recrawlAfter(Duration v) { recrawlAfter = v; return this; }
            public Builder recheckRefused(Duration v) { recheckRefused = v; return this; }
            public Builder allowPrivate(boolean v) { allowPrivate = v; return this; }
            public Builder recrawlAll(boolean v) { recrawlAll = v; return this; }
            public Builder retry(RetryPolicy v) { retry = v; return this; }

            public Crawl build() {
                return new Crawl(politenessDelay, maxCrawlDelay, maxConcurrentFetches, timeout,
                        maxRedirects, maxPages, maxDepth, include, exclude, recrawlAfter,
                        recheckRefused, allowPrivate, recrawlAll, retry);
            }
        }
    }
}

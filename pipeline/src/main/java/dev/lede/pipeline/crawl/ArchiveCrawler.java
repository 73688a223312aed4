package dev.lede.pipeline.crawl;

import com.fasterxml.jackson.core.JsonProcessingException;
import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.batch.BatchSettings;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One crawl run over news archives: from the seeds, through listings and their pagination, to every
 * article in scope; each article extracted and upserted into the index, each URL's outcome recorded in
 * the ledger, so that the next run fetches only what is new or due.
 *
 * <p>Politeness: robots.txt (and its Crawl-delay) per host, one request at a time per host with a
 * delay between requests, several hosts at once. Incremental: listings are read every run; articles
 * when due, with a conditional request, and re-extracted only when their bytes changed. Faults:
 * transient failures are retried within the run with backoff and then left to a later run, permanent
 * ones are recorded and parked. Resumable: see {@link BatchCommitter} for the order of writes.
 *
 * <p>Which pages are listings and which are articles is decided per page by {@link PageClassifier},
 * from the page itself and the extractor's result, never from the site's URL layout.
 */
public final class ArchiveCrawler {
    private static final Logger LOG = LoggerFactory.getLogger(ArchiveCrawler.class);

    private final LedeConfig.Crawl config;
    private final BatchSettings batch;
    private final ArticleAnalyzer analyzer;
    private final ArticleIndex index;
    private final CrawlLedger ledger;
    private final CrawlListener listener;
    private final String userAgent;
    private final String robotsName;
    private final HttpFetcher http;
    private final FileFetcher files;
    private final RobotsCache robots;
    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final LinkExtractor linkExtractor = new LinkExtractor(normalizer);
    private final PageClassifier classifier = new PageClassifier();
    private final PageDecoder decoder = new PageDecoder();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Set<String> robotsRead = ConcurrentHashMap.newKeySet();
    private final AtomicReference<Frontier> running = new AtomicReference<>();

    public ArchiveCrawler(LedeConfig config, ArticleAnalyzer analyzer, ArticleIndex index, CrawlLedger ledger,
                          CrawlListener listener) {
        this.config = config.crawl();
        this.batch = config.batch();
        this.analyzer = analyzer;
        this.index = index;
        this.ledger = ledger;
        this.listener = listener == null ? CrawlListener.NONE : listener;
        this.userAgent = config.userAgent();
        this.robotsName = config.robotsName();
        this.http = new HttpFetcher(userAgent, this.config.timeout(), config.maxPageBytes(),
                this.config.maxRedirects(), new AddressGuard(this.config.allowPrivate()));
        this.files = new FileFetcher(config.maxPageBytes());
        this.robots = new RobotsCache(http, this.config.retry(), robotsName);
    }

    /** Asks a running crawl to stop soon: pages in progress finish and are recorded, nothing new starts. */
    public void stop() {
        Frontier f = running.get();
        if (f != null) {
            f.stop();
        }
    }

    /**
     * Crawls from {@code seeds} (normalised URLs, see {@link SeedList}) and returns the run's report.
     * The caller holds the {@link RunLock}.
     *
     * @throws IOException when the index or the ledger cannot be written (the run is abandoned)
     */
    public RunReport run(List<String> seeds) throws IOException {
        Instant started = Instant.now();
        long run = ledger.startRun(started, json(seeds));
        List<Long> interrupted = ledger.closeInterruptedRuns(run);
        if (!interrupted.isEmpty()) {
            LOG.info("run(s) {} did not finish (killed?); picking up where they stopped", interrupted);
        }
        CrawlScope scope = CrawlScope.of(seeds, config.include(), config.exclude());
        Frontier frontier = new Frontier(config.politenessDelay(), config.maxConcurrentFetches(), config.maxPages());
        running.set(frontier);
        RunStats stats = new RunStats();
        BatchCommitter committer = new BatchCommitter(index, ledger, batch.commitEvery(), batch.commitInterval());
        Run state = new Run(run, scope, frontier, stats, committer, started);

        for (String seed : seeds) {
            if (seen.add(seed)) {
                frontier.add(new Frontier.Target(seed, 0, true, ledger.get(seed).orElse(null), 1, Instant.EPOCH));
            }
        }
        int resumed = 0;
        for (LedgerEntry due : ledger.due(started)) {
            if (scope.contains(due.url()) && due.depth() <= config.maxDepth() && seen.add(due.url())) {
                frontier.add(new Frontier.Target(due.url(), due.depth(), false, due, 1, Instant.EPOCH));
                resumed++;
            }
        }
        LOG.info("crawl #{}: {} seed(s), {} known URL(s) due, {} worker(s), delay {} ms per host", run,
                seeds.size(), resumed, config.maxConcurrentFetches(), config.politenessDelay().toMillis());

        ExecutorService workers = Executors.newFixedThreadPool(config.maxConcurrentFetches(), r -> {
            Thread t = new Thread(r, "crawl-worker");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        for (int i = 0; i < config.maxConcurrentFetches(); i++) {
            futures.add(workers.submit(() -> {
                work(state);
                return null;
            }));
        }
        IOException fatal = null;
        try {
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    frontier.stop();
                    Throwable cause = e.getCause();
                    fatal = cause instanceof IOException io ? io : new IOException(cause.getMessage(), cause);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            frontier.stop();
        } finally {
            workers.shutdownNow();
            running.set(null);
        }
        if (fatal != null) {
            throw fatal;
        }
        committer.flush();

        Instant ended = Instant.now();
        boolean stopped = Thread.currentThread().isInterrupted() || frontier.stopped();
        int pending = countPending(scope, ended);
        int exit = stats.failedCount() > 0 ? 1 : 0;
        String status = stopped ? "interrupted" : exit == 0 ? "ok" : "some-failed";
        RunReport report = stats.report(run, started, ended, status, exit, seeds, pending);
        ledger.finishRun(run, ended, status, json(report));
        return report;
    }

    /** The state of the run in progress, shared by the workers. */
    private record Run(long id, CrawlScope scope, Frontier frontier, RunStats stats, BatchCommitter committer,
                       Instant started) {
    }

    private void work(Run run) throws IOException, InterruptedException {
        while (true) {
            Optional<Frontier.Target> next = run.frontier.take();
            if (next.isEmpty()) {
                return;
            }
            Frontier.Target target = next.get();
            try {
                String outcome = handle(run, target);
                int done = run.stats.done.incrementAndGet();
                listener.handled(target.url(), outcome, done, run.frontier.queued());
            } finally {
                run.frontier.done(target);
            }
        }
    }

    /** Fetches and handles one target; returns a word for the progress display. */
    private String handle(Run run, Frontier.Target target) throws IOException {
        String url = target.url();
        if (!url.startsWith("file:")) {
            Optional<Refusal> refused = robotsCheck(run, url);
            if (refused.isPresent()) {
                run.frontier.fetched(target, null);
                return fail(run, target, refused.get().reason(), refused.get().detail(), 0, null);
            }
        }
        Duration hostPause = null;
        FetchResult result;
        try {
            result = fetcher(url).fetch(url, validators(target), hop -> hopRefusal(run, hop));
            if (result.retryAfter() != null) {
                hostPause = result.retryAfter().compareTo(config.retry().maxBackoff()) > 0
                        ? config.retry().maxBackoff() : result.retryAfter();
            }
        } finally {
            // the host's politeness delay runs from the end of this request (longer if it asked for a pause)
            run.frontier.fetched(target, hostPause);
        }
        if (result.failure() != null) {
            return retryOrFail(run, target, result);
        }
        run.stats.fetched.incrementAndGet();
        if (!result.finalUrl().equals(url)) {
            seen.add(result.finalUrl());
        }
        if (result.notModified()) {
            run.stats.notModified.incrementAndGet();
            run.stats.unchanged.incrementAndGet();
            run.committer.page(fetchedEntry(target, result, target.previous().kind(), target.previous().contentHash(),
                    target.previous().articleId()), List.of());
            return "unchanged";
        }
        return handleBody(run, target, result);
    }

    private String handleBody(Run run, Frontier.Target target, FetchResult result) throws IOException {
        String hash = sha256(result.body());
        LedgerEntry previous = target.previous();
        if (looksLikeSitemap(result)) {
            return handleSitemap(run, target, result, hash);
        }
        Optional<String> unsupported = decoder.unsupportedType(result.contentType());
        if (unsupported.isPresent()) {
            return fail(run, target, FailureReason.NOT_HTML, unsupported.get(), result.status(), null);
        }
        Optional<String> binary = decoder.binaryContent(result.body());
        if (binary.isPresent()) {
            return fail(run, target, FailureReason.BINARY, binary.get() + " though served as "
                    + (result.contentType() == null ? "no type" : result.contentType()), result.status(), null);
        }
        if (previous != null && previous.kind() == PageKind.ARTICLE && hash.equals(previous.contentHash())
                && !config.recrawlAll()) {
            run.stats.unchanged.incrementAndGet();
            run.committer.page(fetchedEntry(target, result, PageKind.ARTICLE, hash, previous.articleId()), List.of());
            return "unchanged";
        }
        PageDecoder.Decoded decoded = decoder.decode(result.body(), result.contentType());
        if (decoded.guessed()) {
            LOG.debug("{}: read as {} (declared charset missing or wrong)", result.finalUrl(), decoded.charset());
        }
        Instant fetchedAt = Instant.now();
        Document doc = Jsoup.parse(decoded.text(), result.finalUrl());
        PageClassifier.Shape shape = classifier.measure(doc);
        Article article = null;
        if (shape.mayBeArticle() && !LinkExtractor.noIndex(doc)) {
            try {
                article = analyzer.analyzeHtml(decoded.text(), result.finalUrl(), fetchedAt);
            } catch (RuntimeException e) {
                LOG.debug("extraction failure on " + result.finalUrl(), e);
                return fail(run, target, FailureReason.EXTRACTION,
                        "extraction failed: " + e.getClass().getSimpleName() + ": " + e.getMessage(), result.status(), null);
            }
        }
        PageKind kind = classifier.classify(shape, article);
        List<LedgerEntry> links = LinkExtractor.noFollow(doc) ? List.of() : follow(run, target, linkExtractor.links(doc));
        if (kind == PageKind.ARTICLE) {
            String canonical = normalizer.normalize(article.canonicalUrl()).orElse(null);
            if (canonical != null) {
                seen.add(canonical);
            }
            UpsertResult upsert = run.committer.article(article,
                    fetchedEntry(target, result, kind, hash, article.id()), links);
            switch (upsert) {
                case NEW -> run.stats.newArticles.incrementAndGet();
                case UPDATED -> run.stats.updated.incrementAndGet();
                case UNCHANGED -> run.stats.unchanged.incrementAndGet();
            }
            return upsert.name().toLowerCase(Locale.ROOT);
        }
        if (kind == PageKind.LISTING) {
            run.stats.listings.incrementAndGet();
        }
        run.committer.page(fetchedEntry(target, result, kind, hash, null), links);
        return kind.code();
    }

    private String handleSitemap(Run run, Frontier.Target target, FetchResult result, String hash) throws IOException {
        AbstractSiteMap map;
        try {
            map = new SiteMapParser(false).parseSiteMap(result.contentType(), result.body(), new URL(result.finalUrl()));
        } catch (UnknownFormatException | IOException e) {
            return fail(run, target, FailureReason.NOT_HTML, "unreadable sitemap or feed: " + e.getMessage(),
                    result.status(), null);
        }
        List<LinkExtractor.Link> found = new ArrayList<>();
        if (map instanceof SiteMapIndex sitemapIndex) {
            for (AbstractSiteMap child : sitemapIndex.getSitemaps()) {
                normalizer.normalize(child.getUrl().toString()).ifPresent(u -> found.add(new LinkExtractor.Link(u, true)));
            }
        } else if (map instanceof SiteMap sitemap) {
            for (SiteMapURL entry : sitemap.getSiteMapUrls()) {
                normalizer.normalize(entry.getUrl().toString()).ifPresent(u -> found.add(new LinkExtractor.Link(u, false)));
            }
        }
        run.stats.sitemaps.incrementAndGet();
        run.committer.page(fetchedEntry(target, result, PageKind.SITEMAP, hash, null), follow(run, target, found));
        return "sitemap";
    }

    /**
     * Queues the links of a page that are in scope, within depth, not seen in this run and due; returns
     * the ledger entries of the links not known yet (recorded as pending with the page's batch).
     */
    private List<LedgerEntry> follow(Run run, Frontier.Target from, List<LinkExtractor.Link> links) throws IOException {
        List<LedgerEntry> discovered = new ArrayList<>();
        Instant now = Instant.now();
        for (LinkExtractor.Link link : links) {
            int depth = link.pagination() ? from.depth() : from.depth() + 1;
            if (depth > config.maxDepth() || !run.scope.contains(link.url()) || !seen.add(link.url())) {
                continue;
            }
            LedgerEntry known = ledger.get(link.url()).orElse(null);
            if (known == null) {
                discovered.add(LedgerEntry.discovered(link.url(), depth, now));
            } else if (!config.recrawlAll() && known.kind() != PageKind.LISTING && known.kind() != PageKind.SITEMAP
                    && known.nextFetch().isAfter(now)) {
                run.stats.notDue.incrementAndGet();
                continue;
            }
            run.frontier.add(new Frontier.Target(link.url(), depth, false, known, 1, Instant.EPOCH));
        }
        return discovered;
    }

    private Optional<Refusal> robotsCheck(Run run, String url) {
        RobotsCache.HostRules rules = robots.rulesFor(url);
        String host = Frontier.hostKey(url);
        if (robotsRead.add(host)) {
            Duration delay = config.politenessDelay();
            if (rules.crawlDelay() != null) {
                Duration capped = rules.crawlDelay().compareTo(config.maxCrawlDelay()) > 0
                        ? config.maxCrawlDelay() : rules.crawlDelay();
                if (capped.compareTo(delay) > 0) {
                    delay = capped;
                    LOG.info("{}: robots.txt asks for a crawl delay of {} ms", host, capped.toMillis());
                }
            }
            run.frontier.setDelay(url, delay);
            List<LinkExtractor.Link> sitemaps = new ArrayList<>();
            for (String sitemap : rules.sitemaps()) {
                normalizer.normalize(sitemap).ifPresent(u -> sitemaps.add(new LinkExtractor.Link(u, true)));
            }
            if (!sitemaps.isEmpty()) {
                try {
                    List<LedgerEntry> found = follow(run, new Frontier.Target(url, 0, false, null, 1, Instant.EPOCH), sitemaps);
                    run.committer.discovered(found);
                } catch (IOException e) {
                    LOG.warn("cannot queue the sitemaps of {}: {}", host, e.getMessage());
                }
            }
        }
        if (rules.unavailable() != null) {
            return Optional.of(rules.unavailable());
        }
        if (!rules.allows(url)) {
            return Optional.of(new Refusal(FailureReason.ROBOTS, "robots.txt does not allow " + robotsName + " here"));
        }
        return Optional.empty();
    }

    private Optional<Refusal> hopRefusal(Run run, String url) {
        Optional<String> out = run.scope.refusal(url);
        if (out.isPresent()) {
            return Optional.of(new Refusal(FailureReason.REDIRECT_OUT_OF_SCOPE, "out of scope: " + out.get()));
        }
        if (!url.startsWith("file:") && !robots.rulesFor(url).allows(url)) {
            return Optional.of(new Refusal(FailureReason.ROBOTS, "robots.txt does not allow " + robotsName + " here"));
        }
        return Optional.empty();
    }

    private String retryOrFail(Run run, Frontier.Target target, FetchResult result) throws IOException {
        FailureReason reason = result.failure();
        RetryPolicy retry = config.retry();
        if (reason.isTransient() && retry.retryInRun(target.attempt())) {
            Duration wait = retry.backoffInRun(target.attempt());
            Duration asked = result.retryAfter();
            if (asked == null || asked.compareTo(retry.maxBackoff()) <= 0) {
                if (asked != null && asked.compareTo(wait) > 0) {
                    wait = asked;
                }
                LOG.info("retrying {} in {} ms ({}, attempt {} of {})", target.url(), wait.toMillis(),
                        result.error(), target.attempt(), retry.attemptsPerRun());
                if (run.frontier.add(target.retry(Instant.now().plus(wait)))) {
                    return "retry";
                }
            }
        }
        return fail(run, target, reason, result.error(), result.status(), result.retryAfter());
    }

    /** Records a URL that failed or was skipped for good in this run. */
    private String fail(Run run, Frontier.Target target, FailureReason reason, String error, int status,
                        Duration retryAfter) throws IOException {
        Instant now = Instant.now();
        LedgerEntry previous = target.previous();
        int attempts = (previous == null ? 0 : previous.attempts()) + 1;
        Instant next;
        UrlState state;
        if (reason.isTransient()) {
            state = UrlState.RETRY;
            Duration wait = config.retry().backoffBetweenRuns(attempts);
            if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
                wait = retryAfter;
            }
            next = now.plus(wait);
        } else {
            state = reason.isSkip() ? UrlState.SKIPPED : UrlState.FAILED;
            next = now.plus(config.recheckRefused());
        }
        if (target.seed() && state != UrlState.SKIPPED) {
            next = now; // seeds are tried every run
        }
        run.stats.failed(target.url(), reason, error);
        if (reason.isSkip()) {
            LOG.info("skipped {}: {}", target.url(), error);
        } else {
            LOG.warn("failed {}: {} ({})", target.url(), reason.code(), error);
        }
        PageKind kind = previous == null ? PageKind.UNKNOWN : previous.kind();
        LedgerEntry entry = new LedgerEntry(target.url(), kind, state, target.depth(), status,
                previous == null ? null : previous.etag(), previous == null ? null : previous.lastModified(),
                previous == null ? null : previous.contentHash(), previous == null ? null : previous.articleId(),
                attempts, reason, error, previous == null ? now : previous.firstSeen(),
                previous == null ? null : previous.lastFetched(), next);
        run.committer.page(entry, List.of());
        return reason.isSkip() ? "skipped" : "failed";
    }

    private LedgerEntry fetchedEntry(Frontier.Target target, FetchResult result, PageKind kind, String hash,
                                     String articleId) {
        Instant now = Instant.now();
        LedgerEntry previous = target.previous();
        boolean everyRun = kind == PageKind.LISTING || kind == PageKind.SITEMAP || target.seed();
        String etag = result.etag() != null ? result.etag() : result.notModified() && previous != null ? previous.etag() : null;
        String lastModified = result.lastModified() != null ? result.lastModified()
                : result.notModified() && previous != null ? previous.lastModified() : null;
        return new LedgerEntry(target.url(), kind, UrlState.FETCHED, target.depth(), result.status(), etag,
                lastModified, hash, articleId, 0, null, null, previous == null ? now : previous.firstSeen(), now,
                everyRun ? now : now.plus(config.recrawlAfter()));
    }

    private PageFetcher.Validators validators(Frontier.Target target) {
        LedgerEntry p = target.previous();
        if (p == null || config.recrawlAll() || p.kind() != PageKind.ARTICLE || p.state() != UrlState.FETCHED) {
            return PageFetcher.Validators.NONE;
        }
        return new PageFetcher.Validators(p.etag(), p.lastModified());
    }

    private PageFetcher fetcher(String url) {
        return url.startsWith("file:") ? files : http;
    }

    private int countPending(CrawlScope scope, Instant now) throws IOException {
        int n = 0;
        for (LedgerEntry e : ledger.due(now)) {
            if (e.state() == UrlState.PENDING && scope.contains(e.url())) {
                n++;
            }
        }
        return n;
    }

    private static boolean looksLikeSitemap(FetchResult result) {
        String type = result.contentType() == null ? "" : result.contentType().toLowerCase(Locale.ROOT);
        if (type.contains("html")) {
            return false;
        }
        String path = URI.create(result.finalUrl()).getPath();
        if (path != null && (path.endsWith(".xml.gz") || path.endsWith("sitemap.txt"))) {
            return true;
        }
        String head = new String(result.body(), 0, Math.min(result.body().length, 1024), StandardCharsets.ISO_8859_1);
        return head.contains("<urlset") || head.contains("<sitemapindex") || head.contains("<rss")
                || head.contains("<feed");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String json(Object value) {
        try {
            return LedeJson.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

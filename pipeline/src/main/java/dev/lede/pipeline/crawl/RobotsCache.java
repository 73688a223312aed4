package dev.lede.pipeline.crawl;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * robots.txt per host for one run (RFC 9309), parsed by crawler-commons' {@link SimpleRobotRulesParser}.
 *
 * <p>Fetched once per host and run. As the RFC asks: a 4xx robots.txt means no restrictions; a 5xx or
 * an unreachable one means "do not crawl this host now" (the URLs are retried in a later run, they are
 * not recorded as disallowed); redirects are followed (up to the fetcher's limit). A transient failure
 * is retried a few times first, with the run's backoff: one slow answer must not idle a host for a run.
 */
public final class RobotsCache {
    private static final Logger LOG = LoggerFactory.getLogger(RobotsCache.class);

    private final PageFetcher fetcher;
    private final RetryPolicy retry;
    private final List<String> robotNames;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, HostRules> byHost = new ConcurrentHashMap<>();

    /**
     * The rules that apply to one host.
     *
     * @param rules       crawler-commons' rules for our user agent
     * @param unavailable why robots.txt could not be read (the host is skipped for this run), or null
     * @param crawlDelay  the host's Crawl-delay, or null
     * @param sitemaps    Sitemap lines of the robots.txt
     */
    public record HostRules(BaseRobotRules rules, Refusal unavailable, Duration crawlDelay, List<String> sitemaps) {
        public boolean allows(String url) {
            return unavailable == null && rules.isAllowed(url);
        }
    }

    public RobotsCache(PageFetcher fetcher, RetryPolicy retry, String robotName) {
        this.fetcher = fetcher;
        this.retry = retry;
        this.robotNames = List.of(robotName.toLowerCase(Locale.ROOT));
    }

    /** Whether the rules of {@code url}'s host are already known in this run (no request needed). */
    public boolean known(String url) {
        return byHost.containsKey(hostKey(URI.create(url)));
    }

    /** The rules for {@code url}'s host, fetching its robots.txt on first use. */
    public HostRules rulesFor(String url) {
        URI uri = URI.create(url);
        return byHost.computeIfAbsent(hostKey(uri), key -> load(key + "/robots.txt"));
    }

    private HostRules load(String robotsUrl) {
        FetchResult result = fetcher.fetch(robotsUrl, PageFetcher.Validators.NONE, PageFetcher.HopCheck.ANY);
        for (int attempt = 1; transientFailure(result) && retry.retryInRun(attempt); attempt++) {
            Duration wait = retry.backoffInRun(attempt);
            if (result.retryAfter() != null && result.retryAfter().compareTo(wait) > 0) {
                wait = result.retryAfter().compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : result.retryAfter();
            }
            LOG.info("retrying {} in {} ms ({})", robotsUrl, wait.toMillis(),
                    result.error() == null ? "HTTP " + result.status() : result.error());
            try {
                Thread.sleep(wait.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            result = fetcher.fetch(robotsUrl, PageFetcher.Validators.NONE, PageFetcher.HopCheck.ANY);
        }
        if (result.ok()) {
            SimpleRobotRules rules = parser.parseContent(robotsUrl, result.body(),
                    result.contentType() == null ? "text/plain" : result.contentType(), robotNames);
            long delay = rules.getCrawlDelay();
            Duration crawlDelay = delay == BaseRobotRules.UNSET_CRAWL_DELAY || delay < 0 ? null : Duration.ofMillis(delay);
            LOG.debug("{}: {} sitemap(s), crawl-delay {}", robotsUrl, rules.getSitemaps().size(), crawlDelay);
            return new HostRules(rules, null, crawlDelay, List.copyOf(rules.getSitemaps()));
        }
        int status = result.status();
        if (status >= 400 && status < 500 && status != 429) {
            return new HostRules(parser.failedFetch(status), null, null, List.of());
        }
        FailureReason reason = result.failure() == null || result.failure() == FailureReason.NOT_FOUND
                ? FailureReason.SERVER_ERROR : result.failure();
        String why = robotsUrl + " is unavailable (" + (result.error() == null ? "HTTP " + status : result.error()) + ")";
        if (reason.isTransient()) {
            LOG.warn("{}: not crawling this host in this run", why);
        }
        return new HostRules(parser.failedFetch(503), new Refusal(reason, why), null, List.of());
    }

    private static boolean transientFailure(FetchResult result) {
        return result.failure() != null && result.failure().isTransient();
    }

    private static String hostKey(URI uri) {
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }
}

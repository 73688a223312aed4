package dev.lede.pipeline.crawl;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The record of one crawl run, written as JSON to the data directory (and to {@code --report FILE}) for
 * schedulers and dashboards. Field names are an interface: they are kept when fields are added.
 *
 * @param run             the run's number in the ledger
 * @param startedAt       start time
 * @param endedAt         end time
 * @param durationMs      wall-clock duration in milliseconds
 * @param status          {@code ok}, {@code some-failed} or {@code interrupted}
 * @param exitCode        the process exit code of the run (0 ok, 1 some inputs failed)
 * @param seeds           the normalised seed URLs
 * @param fetched         responses received for pages (bodies and 304s), robots.txt not counted
 * @param notModified     of which 304 Not Modified
 * @param newArticles     articles added to the index ({@code new} in JSON)
 * @param updated         articles whose content changed and were updated in place
 * @param unchanged       articles fetched again with the same content (304, equal hash, or equal record)
 * @param listings        listing pages read (every run)
 * @param sitemaps        sitemaps and feeds read
 * @param failed          URLs that failed in this run (after its retries)
 * @param failedByReason  failed URLs per reason code
 * @param skippedByRobots URLs robots.txt does not allow
 * @param skippedByReason all skipped URLs per reason code (robots, redirect-out-of-scope, not-html)
 * @param notDue          known URLs linked again but not due for a fetch yet
 * @param pending         URLs in scope left for a later run (max pages reached, interrupted, retry later)
 * @param failures        the failed URLs with reason and detail (the first 200)
 */
@JsonPropertyOrder({"run", "startedAt", "endedAt", "durationMs", "status", "exitCode", "seeds", "fetched",
        "notModified", "new", "updated", "unchanged", "listings", "sitemaps", "failed", "failedByReason",
        "skippedByRobots", "skippedByReason", "notDue", "pending", "failures"})
public record RunReport(long run, Instant startedAt, Instant endedAt, long durationMs, String status, int exitCode,
                        List<String> seeds, int fetched, int notModified,
                        @JsonProperty("new") int newArticles, int updated, int unchanged, int listings,
                        int sitemaps, int failed, Map<String, Integer> failedByReason, int skippedByRobots,
                        Map<String, Integer> skippedByReason, int notDue, int pending, List<Failure> failures) {

    /**
     * One failed URL.
     *
     * @param url    the URL
     * @param reason the reason code ({@link FailureReason#code()})
     * @param error  the detail
     */
    public record Failure(String url, String reason, String error) {
    }

    /** The one-line summary printed at the end of a run. */
    public String summaryLine() {
        return String.format(java.util.Locale.ROOT,
                "crawl #%d %s in %.1f s: fetched %d (%d not modified), new %d, updated %d, unchanged %d, "
                        + "failed %d, skipped by robots %d, listings %d, pending %d",
                run, status, durationMs / 1000.0, fetched, notModified, newArticles, updated, unchanged, failed,
                skippedByRobots, listings, pending);
    }
}

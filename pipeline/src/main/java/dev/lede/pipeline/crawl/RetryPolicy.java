package dev.lede.pipeline.crawl;

import java.time.Duration;

/**
 * When to try a URL again after a transient failure (timeout, reset connection, 5xx, 429).
 *
 * <p>Two horizons: within a run a URL is retried a few times with a short exponential backoff, so a
 * hiccup of the site costs nothing; after that it waits in the ledger with a backoff that doubles per
 * failed run, up to a cap, so a site that is down is not hammered hour after hour. A server's
 * Retry-After is honoured when it asks for more.
 *
 * @param attemptsPerRun  fetches of one URL within one run, the first included
 * @param initialBackoff  wait before the first retry within a run; doubles per retry
 * @param maxBackoff      longest wait within a run; a Retry-After beyond it defers the URL to a later run
 * @param runBackoff      wait before the next run may retry a URL that failed once; doubles per failed run
 * @param maxRunBackoff   longest wait between runs
 */
public record RetryPolicy(int attemptsPerRun, Duration initialBackoff, Duration maxBackoff,
                          Duration runBackoff, Duration maxRunBackoff) {

    public RetryPolicy {
        if (attemptsPerRun < 1) {
            throw new IllegalArgumentException("attemptsPerRun must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofSeconds(1), Duration.ofSeconds(30),
                Duration.ofMinutes(15), Duration.ofDays(1));
    }

    /** Wait before attempt {@code attempt + 1} within a run ({@code attempt} counts from 1). */
    public Duration backoffInRun(int attempt) {
        return doubling(initialBackoff, attempt - 1, maxBackoff);
    }

    /** Whether a URL that failed {@code attempt} times in this run may be tried again in this run. */
    public boolean retryInRun(int attempt) {
        return attempt < attemptsPerRun;
    }

    /** Wait before a later run retries a URL that has now failed {@code failedRuns} runs in a row. */
    public Duration backoffBetweenRuns(int failedRuns) {
        return doubling(runBackoff, failedRuns - 1, maxRunBackoff);
    }

    private static Duration doubling(Duration base, int doublings, Duration cap) {
        int n = Math.max(0, Math.min(doublings, 30));
        Duration d = base.multipliedBy(1L << n);
        return d.compareTo(cap) > 0 ? cap : d;
    }
}

package dev.lede.pipeline.crawl;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/** The counts of one run, updated by the workers as pages are handled; thread-safe. */
final class RunStats {
    private static final int MAX_LISTED_FAILURES = 200;

    final AtomicInteger fetched = new AtomicInteger();
    final AtomicInteger notModified = new AtomicInteger();
    final AtomicInteger newArticles = new AtomicInteger();
    final AtomicInteger updated = new AtomicInteger();
    final AtomicInteger unchanged = new AtomicInteger();
    final AtomicInteger listings = new AtomicInteger();
    final AtomicInteger sitemaps = new AtomicInteger();
    final AtomicInteger notDue = new AtomicInteger();
    final AtomicInteger done = new AtomicInteger();
    private final Map<String, Integer> failedByReason = new TreeMap<>();
    private final Map<String, Integer> skippedByReason = new TreeMap<>();
    private final List<RunReport.Failure> failures = new ArrayList<>();

    synchronized void failed(String url, FailureReason reason, String error) {
        if (reason.isSkip()) {
            skippedByReason.merge(reason.code(), 1, Integer::sum);
            return;
        }
        failedByReason.merge(reason.code(), 1, Integer::sum);
        if (failures.size() < MAX_LISTED_FAILURES) {
            failures.add(new RunReport.Failure(url, reason.code(), error));
        }
    }

    synchronized int failedCount() {
        return failedByReason.values().stream().mapToInt(Integer::intValue).sum();
    }

    synchronized RunReport report(long run, Instant started, Instant ended, String status, int exitCode,
                                  List<String> seeds, int pending) {
        return new RunReport(run, started, ended, Duration.between(started, ended).toMillis(), status, exitCode,
                seeds, fetched.get(), notModified.get(), newArticles.get(), updated.get(), unchanged.get(),
                listings.get(), sitemaps.get(), failedCount(), java.util.Collections.unmodifiableMap(new TreeMap<>(failedByReason)),
                skippedByReason.getOrDefault(FailureReason.ROBOTS.code(), 0), java.util.Collections.unmodifiableMap(new TreeMap<>(skippedByReason)),
                notDue.get(), pending, List.copyOf(failures));
    }
}

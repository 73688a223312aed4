package dev.lede.pipeline.crawl;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;

/**
 * The URLs waiting to be fetched in this run, one queue per host, handed out so that a host gets one
 * request at a time with its politeness delay between requests, while several hosts are fetched at
 * once. Local files have no host to spare and are handed out freely.
 *
 * <p>It also holds the run's page budget ({@code maxPages}): when the budget is spent, URLs not yet
 * tried are dropped from the queues (they wait in the ledger for the next run), while retries of URLs
 * already tried still go ahead.
 */
final class Frontier {

    /**
     * One URL to fetch.
     *
     * @param url       normalised URL
     * @param depth     link hops from a seed
     * @param seed      whether it is one of the run's seeds
     * @param previous  what the ledger knew of it before this run, or null
     * @param attempt   1 for the first try in this run, then 2, 3, ...
     * @param notBefore not to be fetched before this time (backoff), or {@link Instant#EPOCH}
     */
    record Target(String url, int depth, boolean seed, LedgerEntry previous, int attempt, Instant notBefore) {
        Target retry(Instant when) {
            return new Target(url, depth, seed, previous, attempt + 1, when);
        }
    }

    private static final class Host {
        final PriorityQueue<Queued> queue = new PriorityQueue<>(
                Comparator.comparing((Queued q) -> q.target.notBefore()).thenComparingLong(q -> q.seq));
        final int maxInFlight;
        int inFlight;
        Instant nextAllowed = Instant.EPOCH;
        Duration delay;

        Host(int maxInFlight, Duration delay) {
            this.maxInFlight = maxInFlight;
            this.delay = delay;
        }
    }

    private record Queued(Target target, long seq) {
    }

    private final Map<String, Host> hosts = new HashMap<>();
    private final List<Host> rotation = new ArrayList<>();
    private final Duration defaultDelay;
    private final int fileConcurrency;
    private int budget;
    private int next;
    private long seq;
    private int active;
    private boolean stopped;

    Frontier(Duration defaultDelay, int fileConcurrency, int maxPages) {
        this.defaultDelay = defaultDelay;
        this.fileConcurrency = fileConcurrency;
        this.budget = maxPages;
    }

    /** Queues a target; a first try is refused (false) once the page budget is spent or the run stops. */
    synchronized boolean add(Target target) {
        if (stopped || (target.attempt() == 1 && budget <= 0)) {
            return false;
        }
        host(target.url()).queue.add(new Queued(target, seq++));
        notifyAll();
        return true;
    }

    /**
     * The next target whose host may be fetched now, waiting as long as needed; empty when the run is
     * over: nothing queued and nothing in progress (whose links could still add more), or stopped.
     */
    synchronized Optional<Target> take() throws InterruptedException {
        while (true) {
            if (stopped) {
                return Optional.empty();
            }
            Instant now = Instant.now();
            Instant wake = null;
            boolean anyQueued = false;
            for (int i = 0; i < rotation.size(); i++) {
                Host h = rotation.get((next + i) % rotation.size());
                Queued head = h.queue.peek();
                if (head == null) {
                    continue;
                }
                anyQueued = true;
                if (h.inFlight >= h.maxInFlight) {
                    continue;
                }
                Instant ready = later(h.nextAllowed, head.target.notBefore());
                if (!ready.isAfter(now)) {
                    h.queue.poll();
                    h.inFlight++;
                    active++;
                    next = (next + i + 1) % rotation.size();
                    if (head.target.attempt() == 1 && --budget <= 0) {
                        dropFirstTries();
                    }
                    return Optional.of(head.target);
                }
                wake = wake == null || ready.isBefore(wake) ? ready : wake;
            }
            if (!anyQueued && active == 0) {
                return Optional.empty();
            }
            long millis = wake == null ? 0 : Math.max(1, Duration.between(now, wake).toMillis());
            wait(millis);
        }
    }

    /** The fetch of {@code target} is over: its host may be fetched again after its delay (or {@code atLeast}). */
    synchronized void fetched(Target target, Duration atLeast) {
        Host h = host(target.url());
        h.inFlight--;
        Duration pause = atLeast != null && atLeast.compareTo(h.delay) > 0 ? atLeast : h.delay;
        h.nextAllowed = later(h.nextAllowed, Instant.now().plus(pause));
        notifyAll();
    }

    /** All work on {@code target} is over (its links are queued). */
    synchronized void done(Target target) {
        active--;
        notifyAll();
    }

    /** Sets the politeness delay of {@code url}'s host (robots.txt Crawl-delay). */
    synchronized void setDelay(String url, Duration delay) {
        host(url).delay = delay;
    }

    synchronized int queued() {
        return rotation.stream().mapToInt(h -> h.queue.size()).sum();
    }

    /** Whether {@link #stop()} was called. */
    synchronized boolean stopped() {
        return stopped;
    }

    /** Ends the run early: {@link #take()} returns empty from now on. */
    synchronized void stop() {
        stopped = true;
        notifyAll();
    }

    private void dropFirstTries() {
        for (Host h : rotation) {
            h.queue.removeIf(q -> q.target.attempt() == 1);
        }
    }

    private Host host(String url) {
        return hosts.computeIfAbsent(hostKey(url), key -> {
            Host h = key.equals("file:") ? new Host(fileConcurrency, Duration.ZERO) : new Host(1, defaultDelay);
            rotation.add(h);
            return h;
        });
    }

    static String hostKey(String url) {
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("file")) {
            return "file:";
        }
        return uri.getHost().toLowerCase(Locale.ROOT) + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}

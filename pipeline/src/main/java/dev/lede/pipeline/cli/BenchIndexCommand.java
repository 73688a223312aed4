package dev.lede.pipeline.cli;

import dev.lede.model.LedeJson;
import dev.lede.pipeline.bench.IndexBenchmark;
import dev.lede.pipeline.bench.IndexBenchmark.Result;
import dev.lede.pipeline.bench.LatencyFigures;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lede bench index}: indexing, search and related-articles speed on a large generated archive. */
@Command(name = "index", mixinStandardHelpOptions = true,
        header = "Measure indexing, search and related-article latency over a generated archive.",
        description = {"Generate an archive of English and Dutch news articles (stories told in both languages),",
                "index it, then time searches and related-article lists one at a time after a warm-up.",
                "Prints indexing throughput, index size, latency percentiles (wall clock and CPU) and heap, checks",
                "them against the targets (related p50 <= 10 ms and p99 <= 50 ms, search p99 <= 50 ms), and writes",
                "the figures as JSON. Takes a few minutes at the default 100,000 articles.",
                "The index goes to a temporary directory, deleted afterwards, unless --index is given."})
public final class BenchIndexCommand implements Callable<Integer> {
    static final double RELATED_P50_MS = 10;
    static final double RELATED_P99_MS = 50;
    static final double SEARCH_P99_MS = 50;

    @Mixin
    DataOption data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles to index (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2", description = "Indexing threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000", description = "Timed searches, and timed related lists (default: ${DEFAULT-VALUE}).")
    int queries;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "300", description = "Untimed searches and related lists first, for the JIT and caches (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--seed", defaultValue = "42", description = "Generator seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"--index", "--keep"}, paramLabel = "DIR",
            description = "Keep the generated index in DIR and reuse it on the next run with the same --articles and --seed "
                    + "(indexing figures are then not measured).")
    Path indexDir;

    @Option(names = "--optimize", description = "Merge the index into one segment before the queries, as `lede optimize` does "
            + "after a backfill (a kept --index stays merged).")
    boolean optimize;

    @Option(names = "--json", paramLabel = "FILE", description = "Where to write the figures (default: DATA/bench/index.json).")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (articles < 100 || threads < 1 || queries < 1 || warmup < 0) {
            System.err.println("lede bench index: --articles must be at least 100, --threads and --queries at least 1, --warmup at least 0");
            return ExitCodes.USAGE;
        }
        Path dir = indexDir != null ? indexDir : Files.createTempDirectory("lede-bench-index");
        Result r;
        try {
            System.err.printf(Locale.ROOT, "generating %,d articles, indexing them in %s unless it holds them ...%n", articles, dir);
            r = IndexBenchmark.run(new IndexBenchmark.Settings(articles, threads, queries, warmup, seed, optimize), dir,
                    done -> {
                        if (done % 10_000 == 0 || done == articles) {
                            System.err.printf(Locale.ROOT, "  %,d articles%n", done);
                        }
                    });
        } catch (IllegalStateException e) {
            System.err.println("lede bench index: " + e.getMessage() + "; give another --index or none");
            return ExitCodes.USAGE;
        } finally {
            if (indexDir == null) {
                TempDirectories.deleteTree(dir);
            }
        }
        print(IndexReading.stdout(), r);
        Path out = json != null ? json : data.config().dataDir().resolve("bench").resolve("index.json");
        Files.createDirectories(out.toAbsolutePath().getParent());
        LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), r);
        System.out.println("figures written to " + out);
        return ExitCodes.OK;
    }

    static void print(PrintStream out, Result r) {
        out.printf(Locale.ROOT, "lede bench index: %,d generated articles (English and Dutch), %d indexing threads, %d cores%n%n",
                r.articles(), r.threads(), r.cores());
        if (r.indexSeconds() > 0) {
            out.printf(Locale.ROOT, "indexing      %,.0f articles/s (%.1f MB of text in %.1f s)%n", r.articlesPerSecond(),
                    r.textMegabytes(), r.indexSeconds());
        } else {
            out.printf(Locale.ROOT, "indexing      not measured: an earlier run's index (%.1f MB of text) was reused%n", r.textMegabytes());
        }
        out.printf(Locale.ROOT, "index size    %.1f MB on disk, %d segments%s%n", r.indexBytes() / 1e6, r.segments(),
                r.optimizeSeconds() > 0 ? String.format(Locale.ROOT, " (merged into one in %.1f s)", r.optimizeSeconds()) : "");
        out.printf(Locale.ROOT, "%n%-22s %8s %8s %8s %8s %8s%n", "latency (ms)", "n", "p50", "p95", "p99", "max");
        row(out, "search, wall clock", r.search());
        row(out, "search, CPU", r.searchCpu());
        row(out, "related, wall clock", r.related());
        row(out, "related, CPU", r.relatedCpu());
        out.printf(Locale.ROOT, "load average %.2f before the timed queries, %.2f after%n%n", r.loadAverage()[0], r.loadAverage()[1]);
        out.printf(Locale.ROOT, "heap          peak in use %s, peak live after GC %s, live at the end %s, max %s%n%n",
                mb(r.peakHeapBytes()), mb(r.peakLiveHeapBytes()), mb(r.liveHeapBytes()), mb(r.maxHeapBytes()));
        out.println("targets:");
        target(out, "related p50, wall clock", r.related().p50(), RELATED_P50_MS);
        target(out, "related p99, wall clock", r.related().p99(), RELATED_P99_MS);
        target(out, "search p99, wall clock", r.search().p99(), SEARCH_P99_MS);
        out.flush();
    }

    private static void row(PrintStream out, String what, LatencyFigures f) {
        out.printf(Locale.ROOT, "%-22s %8d %8.2f %8.2f %8.2f %8.2f%n", what, f.requests(), f.p50(), f.p95(), f.p99(), f.max());
    }

    private static void target(PrintStream out, String what, double measured, double limit) {
        out.printf(Locale.ROOT, "  %-4s %-25s %8.2f ms  (target <= %.0f ms)%n", measured <= limit ? "ok" : "MISS", what, measured, limit);
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.0f MiB", bytes / (1024.0 * 1024.0));
    }
}

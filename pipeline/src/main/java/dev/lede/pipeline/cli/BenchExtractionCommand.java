package dev.lede.pipeline.cli;

import dev.lede.extract.html.HtmlArticleExtractor;
import dev.lede.pipeline.eval.LabelledPages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code lede bench extraction [DIR]}: HTML article extraction speed over the labelled pages (by default the
 * WCXB development set), held in memory so that only extraction is timed: pages per second of wall time on
 * one thread and on two, CPU time per page, and bytes allocated per page (the JVM's per-thread allocation
 * counter). A warm-up pass runs first so that the JIT has compiled the hot paths.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        header = "Measure HTML article extraction speed: pages per second, CPU and allocation per page.",
        description = {"Measure HTML article extraction speed over the labelled pages (default: the WCXB dev set):",
                "pages/s on 1 and 2 threads, CPU ms per page, allocation per page, after a warm-up pass."})
public final class BenchExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The pages (WCXB layout; default: <shared>/data/extraction/wcxb-dev).")
    Path dir;

    @Option(names = "--rounds", defaultValue = "2", description = "Timed passes over the pages per thread count (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Override
    public Integer call() throws Exception {
        LabelledPages pages = EvalExtractionCommand.openPages(dir, "lede bench extraction");
        if (pages == null) {
            return ExitCodes.USAGE;
        }
        Path set = pages.dir();
        List<String[]> docs = new ArrayList<>();
        long bytes = 0;
        for (LabelledPages.Truth t : pages.truths()) {
            String html = pages.html(t.id());
            bytes += html.length();
            docs.add(new String[]{html, t.url()});
        }
        HtmlArticleExtractor extractor = new HtmlArticleExtractor();
        System.out.printf(Locale.ROOT, "HTML extraction on %s: %d pages, %.1f MB of HTML, %d CPU(s)%n", set, docs.size(),
                bytes / 1e6, Runtime.getRuntime().availableProcessors());
        run(extractor, docs, 1); // warm-up
        System.out.printf(Locale.ROOT, "%-10s %12s %14s %16s%n", "threads", "pages/s", "CPU ms/page", "alloc/page");
        for (int threads : new int[]{1, 2}) {
            double best = -1;
            Figures f = null;
            for (int r = 0; r < Math.max(1, rounds); r++) {
                Figures x = run(extractor, docs, threads);
                if (x.pagesPerSecond() > best) {
                    best = x.pagesPerSecond();
                    f = x;
                }
            }
            System.out.printf(Locale.ROOT, "%-10d %12.0f %14.2f %13.1f MB%n", threads, f.pagesPerSecond(),
                    f.cpuNanos() / 1e6 / docs.size(), f.allocatedBytes() / 1e6 / docs.size());
        }
        return ExitCodes.OK;
    }

    private record Figures(double pagesPerSecond, long cpuNanos, long allocatedBytes) {
    }

    private static Figures run(HtmlArticleExtractor extractor, List<String[]> docs, int threads) throws Exception {
        com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            List<Future<long[]>> parts = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                parts.add(pool.submit(() -> {
                    long cpu0 = mx.getCurrentThreadCpuTime();
                    long alloc0 = mx.getCurrentThreadAllocatedBytes();
                    for (int k = next.getAndIncrement(); k < docs.size(); k = next.getAndIncrement()) {
                        extractor.extract(docs.get(k)[0], docs.get(k)[1]);
                    }
                    return new long[]{mx.getCurrentThreadCpuTime() - cpu0, mx.getCurrentThreadAllocatedBytes() - alloc0};
                }));
            }
            long cpu = 0;
            long alloc = 0;
            for (Future<long[]> f : parts) {
                long[] used = f.get();
                cpu += used[0];
                alloc += used[1];
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            return new Figures(docs.size() / seconds, cpu, alloc);
        } finally {
            pool.shutdownNow();
        }
    }
}

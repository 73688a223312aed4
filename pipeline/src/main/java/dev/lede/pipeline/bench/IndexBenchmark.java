package dev.lede.pipeline.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.lede.index.ArticleIndex;
import dev.lede.index.SearchQuery;
import dev.lede.model.Article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * Indexes {@link SyntheticArticles} and measures what users wait for: indexing throughput, index size,
 * search and related-articles latency (after a warm-up, one query at a time, wall clock and the query
 * thread's CPU time), and heap. The records carry their entities and money amounts, so the figures are
 * the index's own, not the extractors'.
 */
public final class IndexBenchmark {
    /** Articles generated, then upserted by the threads, per round; a commit every five rounds. */
    private static final int BATCH = 2_000;
    /** Every this many articles one becomes a source for related-article queries. */
    private static final int SOURCE_EVERY = 97;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /**
     * What to run.
     *
     * @param optimize merge the index into one segment before the queries, as {@code lede optimize} does after
     *                 a backfill (a kept index stays merged)
     */
    public record Settings(int articles, int threads, int queries, int warmup, long seed, boolean optimize) {
    }

    /**
     * The figures.
     *
     * @param textMegabytes     title, summary and body text indexed (UTF-16 chars / 2^20)
     * @param indexSeconds      wall time of the upserts and commits (generating the articles not included); 0 when
 *                          an earlier run's index was reused
     * @param indexBytes        index size on disk after the final commit (and the merge, with --optimize)
     * @param optimizeSeconds   wall time of merging the index into one segment; 0 without --optimize or when it
     *                          already was one segment
     * @param search            search latency, wall clock: one to three words of either language, every fifth
     *                          query filtered by a company, every tenth by months; facets counted
     * @param searchCpu         CPU time of the query thread per search
     * @param related           related-articles latency, wall clock, ten entries with their reasons
     * @param relatedCpu        CPU time of the query thread per related list
     * @param peakHeapBytes     peak heap in use over the run (sum of the heap pools' peaks)
     * @param peakLiveHeapBytes peak heap still in use after a collection
     * @param liveHeapBytes     heap in use after a full collection at the end, index open
     * @param loadAverage       the machine's one-minute load average before and after the timed queries
     */
    @JsonPropertyOrder({"benchmark", "articles", "threads", "cores", "textMegabytes", "indexSeconds",
            "articlesPerSecond", "indexBytes", "segments", "optimizeSeconds", "search", "searchCpu", "related", "relatedCpu",
            "peakHeapBytes", "peakLiveHeapBytes", "liveHeapBytes", "maxHeapBytes", "loadAverage"})
    public record Result(String benchmark, int articles, int threads, int cores, double textMegabytes,
                         double indexSeconds, double articlesPerSecond, long indexBytes, int segments,
                         double optimizeSeconds, LatencyFigures search, LatencyFigures searchCpu, LatencyFigures related,
                         LatencyFigures relatedCpu, long peakHeapBytes, long peakLiveHeapBytes, long liveHeapBytes,
                         long maxHeapBytes, double[] loadAverage) {
    }

    private IndexBenchmark() {
    }

    /**
     * Runs the benchmark on the index in {@code dir}, reporting progress to {@code progress} (articles done).
     * An empty or new index is filled first; one that holds exactly the settings' articles (from an earlier
     * run with the same seed) is reused as it is, and the indexing figures are then zero.
     *
     * @throws IllegalStateException when {@code dir} holds an index of another size
     */
    public static Result run(Settings settings, Path dir, IntConsumer progress) throws Exception {
        SyntheticArticles generator = new SyntheticArticles(settings.seed());
        long indexNanos = 0;
        long chars = 0;
        List<String> sources = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(settings.threads());
        try (HeapMeter heap = new HeapMeter(); ArticleIndex index = ArticleIndex.open(dir)) {
            heap.reset();
            boolean reuse = index.count() == settings.articles();
            if (!reuse && index.count() != 0) {
                throw new IllegalStateException(dir + " holds " + index.count() + " articles, not " + settings.articles());
            }
            for (int from = 0; from < settings.articles(); from += BATCH) {
                int to = Math.min(settings.articles(), from + BATCH);
                List<Article> batch = new ArrayList<>(to - from);
                for (int i = from; i < to; i++) {
                    Article a = generator.next(i);
                    batch.add(a);
                    chars += a.title().length() + a.summary().length() + a.body().length();
                    if (i % SOURCE_EVERY == 0) {
                        sources.add(a.id());
                    }
                }
                if (reuse) {
                    continue;
                }
                long start = System.nanoTime();
                upsert(index, batch, settings.threads(), pool);
                if (to % (5 * BATCH) == 0 || to == settings.articles()) {
                    index.commit();
                }
                indexNanos += System.nanoTime() - start;
                progress.accept(to);
            }
            double optimizeSeconds = 0;
            if (settings.optimize() && index.segments() > 1) {
                long start = System.nanoTime();
                index.forceMerge(1);
                optimizeSeconds = round((System.nanoTime() - start) / 1e9);
            }
            long indexBytes = index.sizeOnDisk();
            int segments = index.segments();

            Random r = new Random(settings.seed());
            for (int i = 0; i < settings.warmup(); i++) {
                index.search().search(query(r, generator, i));
                index.related().explain(sources.get(r.nextInt(sources.size())), 10);
            }
            double loadBefore = load();
            List<Double> search = new ArrayList<>();
            List<Double> searchCpu = new ArrayList<>();
            for (int i = 0; i < settings.queries(); i++) {
                SearchQuery q = query(r, generator, i);
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                index.search().search(q);
                search.add((System.nanoTime() - start) / 1e6);
                searchCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
            List<Double> related = new ArrayList<>();
            List<Double> relatedCpu = new ArrayList<>();
            for (int i = 0; i < settings.queries(); i++) {
                String id = sources.get(r.nextInt(sources.size()));
                long cpu = THREADS.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                index.related().explain(id, 10);
                related.add((System.nanoTime() - start) / 1e6);
                relatedCpu.add((THREADS.getCurrentThreadCpuTime() - cpu) / 1e6);
            }
            double loadAfter = load();
            HeapMeter.Heap h = heap.read();
            long live = HeapMeter.liveAfterFullGc();
            double indexSeconds = indexNanos / 1e9;
            return new Result("index", settings.articles(), settings.threads(), Runtime.getRuntime().availableProcessors(),
                    round(chars / (1024.0 * 1024.0)), round(indexSeconds), reuse ? 0 : round(settings.articles() / indexSeconds),
                    indexBytes, segments, optimizeSeconds, LatencyFigures.of(search), LatencyFigures.of(searchCpu),
                    LatencyFigures.of(related), LatencyFigures.of(relatedCpu), h.peakUsedBytes(), h.peakLiveBytes(),
                    live, h.maxBytes(), new double[]{loadBefore, loadAfter});
        } finally {
            pool.shutdownNow();
        }
    }

    /** Upserts a batch, split between the threads. */
    private static void upsert(ArticleIndex index, List<Article> batch, int threads, ExecutorService pool) throws Exception {
        List<Future<?>> work = new ArrayList<>();
        int per = (batch.size() + threads - 1) / threads;
        for (int k = 0; k < batch.size(); k += per) {
            List<Article> part = batch.subList(k, Math.min(batch.size(), k + per));
            work.add(pool.submit(() -> {
                for (Article a : part) {
                    index.upsert(a);
                }
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
    }

    /** One to three words of either language; every fifth query also filters by a company, every tenth by months. */
    private static SearchQuery query(Random r, SyntheticArticles generator, int i) {
        boolean dutch = r.nextInt(3) == 0;
        StringBuilder text = new StringBuilder();
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            text.append(k == 0 ? "" : " ").append(generator.queryWord(r, dutch));
        }
        List<String> companies = i % 10 == 4 ? List.of(generator.company(r.nextInt(300))) : List.of();
        String from = i % 10 == 9 ? "2025-01" : null;
        String to = i % 10 == 9 ? "2025-06" : null;
        return new SearchQuery(text.toString(), companies, List.of(), null, from, to, null, 10, 0);
    }

    private static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}

package dev.lede.pipeline.bench;

import com.sun.management.OperatingSystemMXBean;
import com.sun.management.ThreadMXBean;
import dev.lede.extract.AnalyzerConfig;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.extract.StageTimes;
import dev.lede.extract.entity.EntityExtractor;
import dev.lede.extract.entity.NamedEntityExtractor;
import dev.lede.extract.entity.NerOptions;
import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;
import dev.lede.model.Section;
import dev.lede.pipeline.batch.BatchPipeline;
import dev.lede.pipeline.batch.BatchSettings;
import dev.lede.pipeline.batch.IndexingBatch;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Stream;

/**
 * {@code lede bench pipeline}: the whole pipeline (parse, extract, language, money, tables, NER, index)
 * against CoreNLP's NER alone on the same text, on a generated corpus ({@link BenchCorpus}), in one process.
 *
 * <p>The order of a run: load the models and index the first sample page (start-up), generate the corpus,
 * warm the JIT up, then for each round and thread count: extraction without NER (which also yields the
 * exact text NER reads), NER alone over that text, and end to end into a fresh index. NER alone and end
 * to end run back to back, so that the ratio compares runs under the same machine load. Then index size
 * and export speed from the last index.
 *
 * <p>"NER alone" is CoreNLP's part and nothing else: the same CRF classifier objects (shared through the
 * model cache), the same tokenisers, the same sentences of title, summary and body sections in the same
 * languages, without Lede's gazetteer and consistency stages ({@link NerOptions#bare()}).
 */
public final class PipelineBenchmark {
    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();

    /**
     * @param articles pages in the corpus
     * @param seed     corpus seed
     * @param samples  the sample site whose article pages are the templates
     * @param threads  worker thread counts to run (1 and 2 on a 2-core machine)
     * @param rounds   repetitions of each timed run; the best round counts (a shared machine is noisy)
     * @param warmup   pages run end to end before timing, for the JIT
     * @param workDir  where the corpus and the indexes go (deleted afterwards unless {@code keep})
     * @param keep     keep the corpus and the last index
     */
    public record Options(int articles, long seed, Path samples, List<Integer> threads, int rounds, int warmup,
                          Path workDir, boolean keep) {
    }

    /** What NER reads of one article: exactly what the entity stage gets in a full run. */
    private record NerInput(String title, String summary, String body, List<Section> sections, String language) {
    }

    /** A timed run's own figures, before they go into the report. */
    record Measured(PipelineReport.Phase phase, StageTimes stages, IndexingBatch.WriterTimes writer,
                            HeapMeter.Heap heap) {
    }

    private final Options options;
    private final PrintStream log;
    private final HeapMeter heap = new HeapMeter();

    public PipelineBenchmark(Options options, PrintStream log) {
        this.options = options;
        this.log = log;
    }

    public PipelineReport run() throws IOException, InterruptedException {
        Instant started = Instant.now();
        double loadStart = OS.getSystemLoadAverage();
        Files.createDirectories(options.workDir());
        Path work = Files.createTempDirectory(options.workDir(), "bench-pipeline-");
        try {
            return run(started, loadStart, work);
        } finally {
            heap.close();
            if (!options.keep()) {
                BenchCorpus.delete(work);
            } else {
                log.println("kept corpus and index in " + work);
            }
        }
    }

    private PipelineReport run(Instant started, double loadStart, Path work) throws IOException, InterruptedException {
        // start-up: what a crawl or ingest pays before its first article
        long loadStartNanos = System.nanoTime();
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalyzerConfig.defaults());
        double modelSeconds = seconds(System.nanoTime() - loadStartNanos);
        double firstArticle = firstArticle(analyzer, work.resolve("index-startup"));
        long liveAfterLoad = HeapMeter.liveAfterFullGc();
        log.printf("start-up: first article after %.1f s (models %.1f s), live heap %s%n", firstArticle, modelSeconds,
                mb(liveAfterLoad));

        long genStart = System.nanoTime();
        BenchCorpus corpus = BenchCorpus.generate(options.samples(), options.articles(), options.seed(), work.resolve("pages"));
        double genSeconds = seconds(System.nanoTime() - genStart);
        log.printf("corpus: %d pages, %s, generated in %.1f s%n", corpus.pages().size(), mb(corpus.bytes()), genSeconds);

        EntityExtractor nerOnly = NamedEntityExtractor.create(NerOptions.defaults().bare());
        ArticleAnalyzer withoutNer = analyzer.withoutEntities();
        warmUp(analyzer, withoutNer, nerOnly, corpus, work.resolve("index-warmup"));

        List<PipelineReport.Phase> phases = new ArrayList<>();
        List<Measured> endToEndRuns = new ArrayList<>();
        PipelineReport.Corpus corpusFigures = null;
        Path lastIndex = null;
        for (int round = 1; round <= options.rounds(); round++) {
            for (int threads : options.threads()) {
                List<NerInput> nerInputs = new ArrayList<>(corpus.pages().size());
                CorpusCount count = new CorpusCount();
                Measured plain = measure("without-ner", threads, round, corpus.pages(),
                        page -> withoutNer.analyzeHtml(read(page), page.url(), Instant.now()),
                        (page, a) -> {
                            count.add(page, a);
                            nerInputs.add(new NerInput(a.title(), a.summary(), a.body(), a.sections(), a.language()));
                            return BenchCorpus.wordCount(a.body());
                        });
                phases.add(plain.phase());
                if (corpusFigures == null) {
                    corpusFigures = count.figures(corpus, options.seed(), genSeconds);
                }
                Measured ner = measure("ner-only", threads, round, nerInputs,
                        in -> nerOnly.extract(in.title(), in.summary(), in.body(), in.sections(), in.language()),
                        (in, entities) -> BenchCorpus.wordCount(in.body()));
                phases.add(ner.phase());
                nerInputs.clear();
                if (lastIndex != null && !options.keep()) {
                    BenchCorpus.delete(lastIndex);
                }
                lastIndex = work.resolve("index-" + threads + "-" + round);
                Measured e2e = endToEnd(analyzer, threads, round, corpus, lastIndex);
                phases.add(e2e.phase());
                endToEndRuns.add(e2e);
            }
        }

        PipelineReport.IndexFigures indexFigures;
        PipelineReport.ExportFigures exportFigures;
        PipelineReport.ExportFigures factExportFigures;
        try (ArticleIndex index = ArticleIndex.open(lastIndex)) {
            int n = index.count();
            long bytes = index.sizeOnDisk();
            Measured last = endToEndRuns.get(endToEndRuns.size() - 1);
            indexFigures = new PipelineReport.IndexFigures(n, bytes, n == 0 ? 0 : bytes * 1000 / n, last.writer().commits());
            exportFigures = ExportTiming.articles(index, work.resolve("export.jsonl"));
            factExportFigures = ExportTiming.facts(index, work.resolve("facts.jsonl"));
        }
        log.printf("export: %,d article records in %.2f s = %,.0f records/s; %,d facts in %.2f s = %,.0f records/s%n",
                exportFigures.records(), exportFigures.seconds(), exportFigures.recordsPerSecond(),
                factExportFigures.records(), factExportFigures.seconds(), factExportFigures.recordsPerSecond());

        var environment = new PipelineReport.Environment(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), ManagementFactory.getRuntimeMXBean().getInputArguments(),
                Runtime.getRuntime().maxMemory(), loadStart, OS.getSystemLoadAverage());
        var startup = new PipelineReport.Startup(firstArticle, modelSeconds, liveAfterLoad);
        List<PipelineReport.Ratio> ratios = ratios(phases);
        Map<String, Double> scaling = scaling(phases);
        PipelineReport.Memory memory = memory(endToEndRuns);
        PipelineReport partial = new PipelineReport("pipeline", started, environment, corpusFigures, startup, phases,
                ratios, scaling, stages(endToEndRuns), memory, indexFigures, exportFigures, factExportFigures,
                List.of());
        return new PipelineReport("pipeline", started, environment, corpusFigures, startup, phases, ratios, scaling,
                partial.stages(), memory, indexFigures, exportFigures, factExportFigures, targets(partial));
    }

    /** The fastest run of a kind with a thread count, or null. */
    static PipelineReport.Phase best(List<PipelineReport.Phase> phases, String kind, int threads) {
        return phases.stream().filter(p -> p.kind().equals(kind) && p.threads() == threads)
                .max(Comparator.comparingDouble(PipelineReport.Phase::articlesPerSecond)).orElse(null);
    }

    private static List<PipelineReport.Ratio> ratios(List<PipelineReport.Phase> phases) {
        List<PipelineReport.Ratio> ratios = new ArrayList<>();
        for (int t : threadCounts(phases)) {
            PipelineReport.Phase ner = best(phases, "ner-only", t);
            PipelineReport.Phase e2e = best(phases, "end-to-end", t);
            if (ner != null && e2e != null) {
                double cpuNer = best(phases, "ner-only", t, PipelineReport.Phase::articlesPerCpuSecond);
                double cpuE2e = best(phases, "end-to-end", t, PipelineReport.Phase::articlesPerCpuSecond);
                double workerNer = best(phases, "ner-only", t, PipelineReport.Phase::articlesPerWorkerCpuSecond);
                double workerE2e = best(phases, "end-to-end", t, PipelineReport.Phase::articlesPerWorkerCpuSecond);
                ratios.add(new PipelineReport.Ratio(t, e2e.articlesPerSecond() / ner.articlesPerSecond(),
                        cpuNer > 0 ? cpuE2e / cpuNer : 0, workerNer > 0 ? workerE2e / workerNer : 0));
            }
        }
        return ratios;
    }

    /** The highest {@code figure} of the runs of a kind with a thread count, or 0. */
    private static double best(List<PipelineReport.Phase> phases, String kind, int threads,
                               java.util.function.ToDoubleFunction<PipelineReport.Phase> figure) {
        return phases.stream().filter(p -> p.kind().equals(kind) && p.threads() == threads).mapToDouble(figure)
                .max().orElse(0);
    }

    /** Per kind of run: throughput with the most threads over throughput with one. */
    private static Map<String, Double> scaling(List<PipelineReport.Phase> phases) {
        List<Integer> counts = threadCounts(phases);
        Map<String, Double> scaling = new LinkedHashMap<>();
        if (counts.size() < 2 || counts.get(0) != 1) {
            return scaling;
        }
        int most = counts.get(counts.size() - 1);
        for (String kind : List.of("without-ner", "ner-only", "end-to-end")) {
            PipelineReport.Phase one = best(phases, kind, 1);
            PipelineReport.Phase many = best(phases, kind, most);
            if (one != null && many != null) {
                scaling.put(kind, many.articlesPerSecond() / one.articlesPerSecond());
            }
        }
        return scaling;
    }

    private static List<Integer> threadCounts(List<PipelineReport.Phase> phases) {
        return phases.stream().map(PipelineReport.Phase::threads).distinct().sorted().toList();
    }

    /** Stage shares of the fastest end-to-end run with the fewest threads (one worker: no overlap to untangle). */
    private static List<PipelineReport.Stage> stages(List<Measured> runs) {
        int fewest = runs.stream().mapToInt(m -> m.phase().threads()).min().orElse(1);
        Measured run = runs.stream().filter(m -> m.phase().threads() == fewest)
                .max(Comparator.comparingDouble(m -> m.phase().articlesPerSecond())).orElseThrow();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (StageTimes.Stage s : StageTimes.Stage.values()) {
            nanos.put(s.name().toLowerCase(java.util.Locale.ROOT), run.stages().nanos(s));
        }
        nanos.put("index", run.writer().upsertNanos());
        nanos.put("commit", run.writer().commitNanos());
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        int articles = Math.max(1, run.phase().articles());
        List<PipelineReport.Stage> stages = new ArrayList<>();
        nanos.forEach((name, n) -> stages.add(new PipelineReport.Stage(name, n / 1e6 / articles,
                total == 0 ? 0 : (double) n / total)));
        return stages;
    }

    private static PipelineReport.Memory memory(List<Measured> runs) {
        long peakUsed = 0;
        long peakLive = 0;
        double gcShare = 0;
        for (Measured m : runs) {
            peakUsed = Math.max(peakUsed, m.heap().peakUsedBytes());
            peakLive = Math.max(peakLive, m.heap().peakLiveBytes());
            gcShare = Math.max(gcShare, m.heap().gcMillis() / 1000.0 / m.phase().seconds());
        }
        return new PipelineReport.Memory(Runtime.getRuntime().maxMemory(), peakUsed, peakLive, gcShare);
    }

    private static final long TWO_GB = 2L << 30;

    private static List<PipelineReport.Target> targets(PipelineReport r) {
        List<PipelineReport.Target> targets = new ArrayList<>();
        if (!r.ratios().isEmpty()) {
            PipelineReport.Ratio most = r.ratios().get(r.ratios().size() - 1);
            targets.add(new PipelineReport.Target("end-to-end / NER-only, " + most.threads() + " thread(s)", ">= 0.80",
                    most.wallClock(), most.wallClock() >= 0.80));
        }
        Double scaling = r.scaling().get("end-to-end");
        if (scaling != null) {
            targets.add(new PipelineReport.Target("end-to-end, most threads / 1 thread", ">= 1.70", scaling, scaling >= 1.70));
        }
        targets.add(new PipelineReport.Target("peak heap in use (bytes)", "<= 2 GiB", r.memory().peakUsedBytes(),
                r.memory().peakUsedBytes() <= TWO_GB));
        targets.add(new PipelineReport.Target("start-up to first article (s)", "<= 15", r.startup().toFirstArticleSeconds(),
                r.startup().toFirstArticleSeconds() <= 15));
        targets.add(new PipelineReport.Target("export, article records (records/s)", ">= 20000",
                r.export().recordsPerSecond(), r.export().recordsPerSecond() >= 20_000));
        targets.add(new PipelineReport.Target("export, facts (records/s)", ">= 20000",
                r.factExport().recordsPerSecond(), r.factExport().recordsPerSecond() >= 20_000));
        double perCore = best(r.phases(), "without-ner", 1, PipelineReport.Phase::articlesPerCpuSecond);
        targets.add(new PipelineReport.Target("extraction without NER (articles per CPU-second)", ">= 200", perCore,
                perCore >= 200));
        double perWorkerCore = best(r.phases(), "without-ner", 1, PipelineReport.Phase::articlesPerWorkerCpuSecond);
        targets.add(new PipelineReport.Target("extraction without NER (articles per worker CPU-second)", ">= 200",
                perWorkerCore, perWorkerCore >= 200));
        return targets;
    }

    /** Seconds from JVM start until the first sample page is extracted, indexed and committed. */
    private double firstArticle(ArticleAnalyzer analyzer, Path indexDir) throws IOException {
        Path first;
        try (Stream<Path> walk = Files.walk(options.samples())) {
            first = walk.filter(p -> p.toString().endsWith(".html") && p.toString().contains("2026"))
                    .sorted().findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no article page under " + options.samples()));
        }
        try (ArticleIndex index = ArticleIndex.open(indexDir)) {
            index.upsert(analyzer.analyzeHtml(Files.readString(first), first.toUri().toString(), Instant.now()));
            index.commit();
        }
        double uptime = ManagementFactory.getRuntimeMXBean().getUptime() / 1000.0;
        BenchCorpus.delete(indexDir);
        return uptime;
    }

    /**
     * Runs the first {@code --warmup} pages end to end, then the whole corpus once without NER (a few seconds):
     * without it the first timed run without NER mostly measures the JIT compiling its code, not the steady
     * state a backfill of many thousands of pages runs in.
     */
    private void warmUp(ArticleAnalyzer analyzer, ArticleAnalyzer withoutNer, EntityExtractor nerOnly, BenchCorpus corpus,
                        Path indexDir) throws IOException, InterruptedException {
        List<BenchCorpus.Page> pages = corpus.pages().subList(0, Math.min(options.warmup(), corpus.pages().size()));
        long start = System.nanoTime();
        try (ArticleIndex index = ArticleIndex.open(indexDir);
             IndexingBatch<BenchCorpus.Page> batch = new IndexingBatch<>("warmup", index,
                     BatchSettings.withWorkers(maxThreads()), page -> {
                         Article a = analyzer.analyzeHtml(read(page), page.url(), Instant.now());
                         nerOnly.extract(a.title(), a.summary(), a.body(), a.sections(), a.language());
                         return a;
                     }, new Counting<>())) {
            for (BenchCorpus.Page p : pages) {
                batch.submit(p);
            }
            batch.finish();
        }
        BenchCorpus.delete(indexDir);
        try (BatchPipeline<BenchCorpus.Page, Article> pipeline = new BatchPipeline<>("warmup-without-ner", maxThreads(),
                4 * maxThreads(), page -> withoutNer.analyzeHtml(read(page), page.url(), Instant.now()),
                (page, article, failure) -> { })) {
            for (BenchCorpus.Page p : corpus.pages()) {
                pipeline.submit(p);
            }
            pipeline.finish();
        }
        log.printf("warm-up: %d pages end to end, then %d without NER, in %.1f s%n", pages.size(), corpus.pages().size(),
                seconds(System.nanoTime() - start));
    }

    /** A kind of work that yields a result whose words the sink counts. */
    @FunctionalInterface
    private interface Words<I, R> {
        long of(I input, R result);
    }

    /** Runs {@code step} over {@code inputs} on {@code threads} workers (no index), timed. */
    private <I, R> Measured measure(String kind, int threads, int round, List<I> inputs, BatchPipeline.Step<I, R> step,
                                    Words<I, R> words) throws IOException, InterruptedException {
        AtomicLong wordCount = new AtomicLong();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        Meter meter = Meter.start(heap);
        try (BatchPipeline<I, R> pipeline = new BatchPipeline<>(kind, threads, 4 * threads, meter.timed(step),
                (input, result, failure) -> {
            if (failure != null) {
                failed.incrementAndGet();
            } else {
                done.incrementAndGet();
                wordCount.addAndGet(words.of(input, result));
            }
        })) {
            for (I input : inputs) {
                pipeline.submit(input);
            }
            pipeline.finish();
        }
        Measured m = meter.stop(kind, threads, round, done.get(), failed.get(), wordCount.get(), null, null);
        report(m.phase());
        return m;
    }

    /** The whole pipeline into a fresh index, through the same {@link IndexingBatch} as {@code lede ingest}. */
    private Measured endToEnd(ArticleAnalyzer analyzer, int threads, int round, BenchCorpus corpus, Path indexDir)
            throws IOException, InterruptedException {
        StageTimes stages = new StageTimes();
        Counting<BenchCorpus.Page> counting = new Counting<>();
        Meter meter = Meter.start(heap);
        IndexingBatch.WriterTimes writer;
        try (ArticleIndex index = ArticleIndex.open(indexDir);
             IndexingBatch<BenchCorpus.Page> batch = new IndexingBatch<>("bench", index, BatchSettings.withWorkers(threads),
                     meter.timed(page -> analyzer.analyzeHtml(read(page), page.url(), Instant.now(), stages)), counting)) {
            for (BenchCorpus.Page p : corpus.pages()) {
                batch.submit(p);
            }
            batch.finish();
            writer = batch.writerTimes();
        }
        Measured m = meter.stop("end-to-end", threads, round, counting.done.get(), counting.failed.get(),
                counting.words.get(), stages, writer);
        report(m.phase());
        return m;
    }

    private void report(PipelineReport.Phase p) {
        log.printf("%-11s %d thread(s), round %d: %,d articles in %.1f s = %.1f articles/s, %,.0f words/s, "
                        + "%.1f articles per CPU-second (%.1f per worker CPU-second), %s allocated per article, "
                        + "JIT compiling %.1f s (load %.2f)%n",
                p.kind(), p.threads(), p.round(), p.articles(), p.seconds(), p.articlesPerSecond(), p.wordsPerSecond(),
                p.articlesPerCpuSecond(), p.articlesPerWorkerCpuSecond(), mb(p.allocatedBytesPerArticle()),
                p.jitSeconds(), p.loadAverage());
    }

    /** Wall clock, process CPU, worker CPU, allocation and heap of one run. */
    private record Meter(HeapMeter heap, long wall, long cpu, long allocated, long jitMillis, LongAdder stepCpu,
                         Map<Long, Long> poolCpuAtStart) {
        static Meter start(HeapMeter heap) {
            System.gc(); // each run starts from the same live heap, so that heap figures compare
            heap.reset();
            return new Meter(heap, System.nanoTime(), OS.getProcessCpuTime(), THREADS.getTotalThreadAllocatedBytes(),
                    compilingMillis(), new LongAdder(), commonPoolCpu());
        }

        /** {@code step}, adding the CPU time of the thread running it to this run's worker CPU. */
        <I, R> BatchPipeline.Step<I, R> timed(BatchPipeline.Step<I, R> step) {
            return input -> {
                long start = THREADS.getCurrentThreadCpuTime();
                try {
                    return step.apply(input);
                } finally {
                    stepCpu.add(THREADS.getCurrentThreadCpuTime() - start);
                }
            };
        }

        /** CPU time so far of each thread of the common fork-join pool (they live across runs). */
        private static Map<Long, Long> commonPoolCpu() {
            Map<Long, Long> cpu = new java.util.HashMap<>();
            for (java.lang.management.ThreadInfo t : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
                if (t != null && t.getThreadName().startsWith("ForkJoinPool.commonPool-")) {
                    cpu.put(t.getThreadId(), THREADS.getThreadCpuTime(t.getThreadId()));
                }
            }
            return cpu;
        }

        private long workerCpuNanos() {
            long pool = 0;
            for (Map.Entry<Long, Long> e : commonPoolCpu().entrySet()) {
                pool += Math.max(0, e.getValue() - poolCpuAtStart.getOrDefault(e.getKey(), 0L));
            }
            return stepCpu.sum() + pool;
        }

        Measured stop(String kind, int threads, int round, int done, int failed, long words, StageTimes stages,
                      IndexingBatch.WriterTimes writer) {
            double seconds = seconds(System.nanoTime() - wall);
            double cpuSeconds = seconds(OS.getProcessCpuTime() - cpu);
            long bytes = THREADS.getTotalThreadAllocatedBytes() - allocated;
            int n = Math.max(1, done + failed);
            double workerSeconds = seconds(workerCpuNanos());
            PipelineReport.Phase phase = new PipelineReport.Phase(kind, threads, round, done, failed, seconds,
                    done / seconds, words / seconds, cpuSeconds > 0 ? done / cpuSeconds : 0, bytes / n,
                    OS.getSystemLoadAverage(), (compilingMillis() - jitMillis) / 1000.0, workerSeconds,
                    workerSeconds > 0 ? done / workerSeconds : 0);
            return new Measured(phase, stages, writer, heap.read());
        }

        private static long compilingMillis() {
            return JIT != null && JIT.isCompilationTimeMonitoringSupported() ? JIT.getTotalCompilationTime() : 0;
        }
    }

    /** Counts what an indexing run did (on the writer thread). */
    private static final class Counting<I> implements IndexingBatch.Listener<I> {
        final AtomicInteger done = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicLong words = new AtomicLong();

        @Override
        public void indexed(I input, Article article, UpsertResult result) {
            done.incrementAndGet();
            words.addAndGet(BenchCorpus.wordCount(article.body()));
        }

        @Override
        public void failed(I input, Throwable reason) {
            failed.incrementAndGet();
        }
    }

    /** What the corpus turned out to be, counted from the extracted articles. */
    private static final class CorpusCount {
        long words;
        int min = Integer.MAX_VALUE;
        int max;
        final Map<String, Integer> bodyLanguages = new TreeMap<>();
        int dutchEditionEnglishBody;
        int tables;
        int money;

        void add(BenchCorpus.Page page, Article a) {
            int w = BenchCorpus.wordCount(a.body());
            words += w;
            min = Math.min(min, w);
            max = Math.max(max, w);
            String body = a.languages().isEmpty() ? "unknown" : a.languages().keySet().iterator().next();
            bodyLanguages.merge(body, 1, Integer::sum);
            if ("nl".equals(a.language()) && "en".equals(body)) {
                dutchEditionEnglishBody++;
            }
            tables += a.tables().size();
            money += a.money().size();
        }

        PipelineReport.Corpus figures(BenchCorpus corpus, long seed, double genSeconds) {
            return new PipelineReport.Corpus(corpus.pages().size(), words, min == Integer.MAX_VALUE ? 0 : min, max,
                    corpus.bytes(), new LinkedHashMap<>(bodyLanguages), dutchEditionEnglishBody, tables, money, seed,
                    genSeconds);
        }
    }

    private int maxThreads() {
        return options.threads().stream().max(Comparator.naturalOrder()).orElse(1);
    }

    private static String read(BenchCorpus.Page page) throws IOException {
        return Files.readString(page.file(), StandardCharsets.UTF_8);
    }

    static double seconds(long nanos) {
        return nanos / 1e9;
    }

    static String mb(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}

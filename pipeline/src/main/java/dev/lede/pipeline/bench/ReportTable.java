package dev.lede.pipeline.bench;

import java.io.PrintStream;
import java.util.Locale;

/** Prints a {@link PipelineReport} as the table {@code lede bench pipeline} shows. */
public final class ReportTable {
    private ReportTable() {
    }

    public static void print(PipelineReport r, PrintStream out) {
        PipelineReport.Corpus c = r.corpus();
        PipelineReport.Environment env = r.environment();
        out.printf(Locale.ROOT, "lede bench pipeline: %,d articles, %,d words (%d-%d per article, %s), %s of HTML, seed %d%n",
                c.articles(), c.words(), c.minWords(), c.maxWords(), c.bodyLanguages(), PipelineBenchmark.mb(c.htmlBytes()),
                c.seed());
        out.printf(Locale.ROOT, "  %d Dutch-edition pages over an English body, %,d tables, %,d money amounts%n",
                c.dutchEditionEnglishBody(), c.tables(), c.moneyAmounts());
        out.printf(Locale.ROOT, "machine: %d cores, Java %s, max heap %s, load average %.2f at start, %.2f at end%n%n",
                env.cores(), env.java(), gib(env.maxHeapBytes()), env.loadAverageStart(), env.loadAverageEnd());

        out.printf(Locale.ROOT, "%-13s %7s %5s %10s %10s %12s %14s %12s %11s %8s %6s%n", "run", "threads", "round",
                "articles/s", "words/s", "art./CPU-s", "art./worker-s", "alloc/art.", "seconds", "JIT s", "load");
        for (PipelineReport.Phase p : r.phases()) {
            out.printf(Locale.ROOT, "%-13s %7d %5d %10.1f %10.0f %12.1f %14.1f %12s %11.1f %8.1f %6.2f%n", p.kind(),
                    p.threads(), p.round(), p.articlesPerSecond(), p.wordsPerSecond(), p.articlesPerCpuSecond(),
                    p.articlesPerWorkerCpuSecond(), PipelineBenchmark.mb(p.allocatedBytesPerArticle()), p.seconds(),
                    p.jitSeconds(), p.loadAverage());
        }
        out.println("(art./worker-s: articles per CPU-second of the worker threads and the common fork-join pool, "
                + "without the JIT compilers, GC and index writer)");
        out.println();
        for (PipelineReport.Ratio ratio : r.ratios()) {
            out.printf(Locale.ROOT, "end-to-end / NER-only with %d thread(s): %.2f (wall clock), %.2f (per CPU-second), "
                    + "%.2f (per worker CPU-second)%n", ratio.threads(), ratio.wallClock(), ratio.perCpuSecond(),
                    ratio.perWorkerCpuSecond());
        }
        r.scaling().forEach((kind, x) -> out.printf(Locale.ROOT, "scaling %s: %.2fx from 1 thread to the most%n", kind, x));
        out.println();
        out.println("time per stage (end to end, fewest threads):");
        for (PipelineReport.Stage s : r.stages()) {
            out.printf(Locale.ROOT, "  %-9s %8.2f ms/article %6.1f %%%n", s.stage(), s.msPerArticle(), 100 * s.share());
        }
        PipelineReport.Memory m = r.memory();
        out.printf(Locale.ROOT, "%nheap (end to end): peak in use %s, peak live after GC %s, max %s; GC %.1f %% of the time%n",
                gib(m.peakUsedBytes()), gib(m.peakLiveBytes()), gib(m.maxHeapBytes()), 100 * m.gcShare());
        out.printf(Locale.ROOT, "start-up to first article: %.1f s (models %.1f s; live heap with models %s)%n",
                r.startup().toFirstArticleSeconds(), r.startup().modelLoadSeconds(), gib(r.startup().liveHeapAfterLoadBytes()));
        out.printf(Locale.ROOT, "index: %,d articles, %s, %s per 1,000 articles, %d commits%n", r.index().articles(),
                PipelineBenchmark.mb(r.index().bytes()), PipelineBenchmark.mb(r.index().bytesPer1000Articles()),
                r.index().commits());
        export(out, "export, article records", r.export());
        export(out, "export, facts", r.factExport());
        out.println();
        out.println("targets:");
        for (PipelineReport.Target t : r.targets()) {
            String measured = t.measured() >= 1e6 ? gib((long) t.measured()) : String.format(Locale.ROOT, "%.2f", t.measured());
            out.printf(Locale.ROOT, "  %-4s %-56s %12s  (target %s)%n", t.holds() ? "ok" : "MISS", t.name(), measured, t.target());
        }
    }

    private static String gib(long bytes) {
        return String.format(Locale.ROOT, "%.2f GiB", bytes / (double) (1L << 30));
    }

    private static void export(PrintStream out, String what, PipelineReport.ExportFigures e) {
        out.printf(Locale.ROOT, "%s: %,d records (%s of JSON-lines) in %.3f s = %,.0f records/s, %.0f MB/s (median pass)%n",
                what, e.records(), PipelineBenchmark.mb(e.bytes()), e.seconds(), e.recordsPerSecond(),
                e.bytes() / 1e6 / Math.max(e.seconds(), 1e-9));
    }
}

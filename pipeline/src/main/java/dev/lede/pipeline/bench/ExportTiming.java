package dev.lede.pipeline.bench;

import dev.lede.index.ArticleIndex;
import dev.lede.pipeline.export.Exporter;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Times {@code lede export} over an index: the same {@link Exporter} calls and output buffering as the
 * command, writing to a file. A bench index holds a few hundred records, which one pass writes in a
 * fraction of a second, so passes repeat for at least {@link #MIN_SECONDS} and the median pass counts:
 * the first passes pay for JIT compilation and cold caches, and a single best pass would flatter.
 */
final class ExportTiming {
    private static final double MIN_SECONDS = 3;
    private static final int MIN_PASSES = 5;
    private static final int BUFFER = 1 << 16;

    private ExportTiming() {
    }

    private interface Pass {
        Exporter.Counts run(OutputStream out) throws IOException;
    }

    /** Article records, one JSON line each (the default {@code lede export}). */
    static PipelineReport.ExportFigures articles(ArticleIndex index, Path file) throws IOException {
        return median(file, out -> new Exporter().articleJson(index::forEachJson, out));
    }

    /** Every fact as a JSON line ({@code lede export --facts}). */
    static PipelineReport.ExportFigures facts(ArticleIndex index, Path file) throws IOException {
        return median(file, out -> new Exporter().facts(index::forEach, out, Set.of(), false));
    }

    private static PipelineReport.ExportFigures median(Path file, Pass pass) throws IOException {
        List<PipelineReport.ExportFigures> passes = new ArrayList<>();
        double total = 0;
        while (passes.size() < MIN_PASSES || total < MIN_SECONDS) {
            long start = System.nanoTime();
            Exporter.Counts counts;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER)) {
                counts = pass.run(out);
            }
            double seconds = PipelineBenchmark.seconds(System.nanoTime() - start);
            total += seconds;
            passes.add(new PipelineReport.ExportFigures(counts.records(), Files.size(file), seconds,
                    counts.records() / Math.max(seconds, 1e-9)));
        }
        passes.sort(Comparator.comparingDouble(PipelineReport.ExportFigures::recordsPerSecond));
        return passes.get(passes.size() / 2);
    }
}

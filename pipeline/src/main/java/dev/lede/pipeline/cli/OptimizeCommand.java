package dev.lede.pipeline.cli;

import dev.lede.index.ArticleIndex;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lede optimize}: merges the index into few segments, for faster searches and related lists. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        header = "Merge the index into few segments: faster searches and related lists after a backfill.",
        description = {"Merge the index into few segments (Lucene's force-merge) and commit. Searches and",
                "related lists look each term up once per segment: after a backfill (a large ingest or a",
                "first crawl) a merged index answers faster. Writing afterwards merges as usual. Needs",
                "about the index's size free on disk while it runs, and a minute or two per 100,000",
                "articles. Exit code 3 when another process is writing the index.",
                "Example: lede ingest cms-export.jsonl && lede optimize"})
public final class OptimizeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(OptimizeCommand.class);

    @Mixin
    DataOption data;

    @Option(names = "--segments", paramLabel = "N", defaultValue = "1",
            description = "Segments to merge into, at most (default: ${DEFAULT-VALUE}).")
    int segments;

    @Override
    public Integer call() throws Exception {
        if (segments < 1) {
            System.err.println("lede optimize: --segments must be at least 1");
            return ExitCodes.USAGE;
        }
        Path dir = data.config().indexDir();
        if (!IndexReading.exists(dir)) {
            return ExitCodes.USAGE;
        }
        ArticleIndex index;
        try {
            index = ArticleIndex.open(dir);
        } catch (LockObtainFailedException e) {
            System.err.println("lede optimize: another process is writing " + dir);
            return ExitCodes.LOCKED;
        }
        try (index) {
            int before = index.segments();
            long bytesBefore = index.sizeOnDisk();
            long start = System.nanoTime();
            index.forceMerge(segments);
            String line = String.format(Locale.ROOT, "optimize %s: %d articles, %d -> %d segments, %.1f -> %.1f MB, %.1f s",
                    dir, index.count(), before, index.segments(), bytesBefore / 1e6,
                    index.sizeOnDisk() / 1e6, (System.nanoTime() - start) / 1e9);
            LOG.info(line);
            System.out.println(line);
        }
        return ExitCodes.OK;
    }
}

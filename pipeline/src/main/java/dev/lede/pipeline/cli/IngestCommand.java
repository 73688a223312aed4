package dev.lede.pipeline.cli;

import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.pipeline.batch.BatchSettings;
import dev.lede.pipeline.ingest.JsonLinesIngester;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede ingest}: index articles from JSON-lines, through the same extractors as a crawl. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        header = "Index articles given as JSON-lines (from a CMS), with the same extractors as a crawl.",
        description = {"Index articles given as JSON-lines, one object per line: url, title, body (required);",
                "id, language, publishedAt, summary, topics, authors (optional). The same extractors as a crawl",
                "run over each. A bad line is reported with its line number and skipped; the rest is indexed.",
                "Re-ingesting updates articles in place by id. Exit code 1 when some lines failed, 3 when",
                "another process is writing the index.",
                "Example: lede ingest cms-export.jsonl --data lede-data"})
public final class IngestCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @Mixin
    DataOption data;

    @Mixin
    LanguagesOption languages;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "JSON-lines files (- for standard input).")
    List<String> files;

    @Option(names = "--commit-every", paramLabel = "N", defaultValue = "200",
            description = "Commit after every N indexed articles (default ${DEFAULT-VALUE}); a crash loses at most N.")
    int commitEvery;

    @Option(names = "--workers", paramLabel = "N",
            description = "Extraction threads (default: one per core).")
    Integer workers;

    @Override
    public Integer call() throws Exception {
        for (String f : files) {
            if (!f.equals("-") && !Files.isRegularFile(Path.of(f))) {
                System.err.println("lede ingest: no such file: " + f);
                return ExitCodes.USAGE;
            }
        }
        if (commitEvery < 1) {
            System.err.println("lede ingest: --commit-every must be at least 1");
            return ExitCodes.USAGE;
        }
        if (workers != null && workers < 1) {
            System.err.println("lede ingest: --workers must be at least 1");
            return ExitCodes.USAGE;
        }
        BatchSettings batch = workers == null ? data.config().batch() : BatchSettings.withWorkers(workers);
        ArticleAnalyzer analyzer;
        try {
            analyzer = ArticleAnalyzer.create(languages.apply(data.config()).analyzer());
        } catch (IllegalArgumentException e) {
            System.err.println("lede ingest: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ArticleIndex index;
        try {
            index = ArticleIndex.open(data.config().indexDir());
        } catch (LockObtainFailedException e) {
            System.err.println("lede ingest: another process is writing " + data.config().indexDir());
            return ExitCodes.LOCKED;
        }
        boolean terminal = System.console() != null;
        int failed = 0;
        try (index) {
            JsonLinesIngester ingester = new JsonLinesIngester(analyzer, index, batch.withCommitEvery(commitEvery));
            for (String f : files) {
                String name = f.equals("-") ? "<stdin>" : f;
                try (BufferedReader in = f.equals("-")
                        ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                        : Files.newBufferedReader(Path.of(f), StandardCharsets.UTF_8)) {
                    JsonLinesIngester.Summary s = ingester.ingest(in, name, p -> {
                        if (terminal && p.lines() % 25 == 0) {
                            System.err.printf("\r%s: %d lines (%d new, %d updated, %d unchanged, %d failed)",
                                    name, p.lines(), p.added(), p.updated(), p.unchanged(), p.failed());
                        }
                    });
                    if (terminal) {
                        System.err.print("\r");
                    }
                    failed += s.failed();
                    String line = String.format("ingest %s: %d lines, %d new, %d updated, %d unchanged, %d failed",
                            name, s.lines(), s.added(), s.updated(), s.unchanged(), s.failed());
                    LOG.info(line);
                    System.out.println(line);
                }
            }
            System.out.println("index: " + index.count() + " articles in " + data.config().indexDir());
        }
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}

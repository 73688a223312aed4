package dev.lede.pipeline.cli;

import dev.lede.model.LedeJson;
import dev.lede.pipeline.bench.PipelineBenchmark;
import dev.lede.pipeline.bench.PipelineReport;
import dev.lede.pipeline.bench.ReportTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede bench pipeline}: throughput, memory and start-up of the whole pipeline against NER alone. */
@Command(name = "pipeline", mixinStandardHelpOptions = true,
        header = "Measure the whole pipeline against the NER ceiling: throughput, stages, heap, export.",
        description = {"Generate a corpus of article pages from the sample site (deterministic from --seed), then",
                "measure in one process: start-up to the first article; extraction without NER; CoreNLP NER alone",
                "on the same text (the ceiling); the whole pipeline (parse, extract, language, money, tables, NER,",
                "index), each with 1 and 2 worker threads; time per stage, allocation per article, peak heap;",
                "index size and JSON-lines export speed. Prints a table and writes the figures as JSON.",
                "Other processes distort the figures: each run shows the load average it ran under.",
                "Exit code 0 when every target of the run holds, 1 when one misses, 2 on bad usage."})
public final class BenchPipelineCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "2000",
            description = "Pages in the corpus (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples/site",
            description = "The sample site whose article pages are the templates (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--threads", paramLabel = "N", split = ",", defaultValue = "1,2",
            description = "Worker thread counts to measure, comma-separated (default: ${DEFAULT-VALUE}).")
    List<Integer> threads;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Repetitions of each timed run; the best counts (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "100",
            description = {"Pages run end to end before timing, for the JIT (default: ${DEFAULT-VALUE}); the whole",
                    "corpus also runs once without NER, untimed, so that run is measured at steady state."})
    int warmup;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Where the corpus and indexes are written (default: the system's temporary directory).")
    Path workDir;

    @Option(names = "--keep", description = "Keep the corpus and the last index (their directory is printed).")
    boolean keep;

    @Option(names = "--json-out", paramLabel = "FILE",
            description = "Write the figures here (default: <data>/bench/pipeline-<date-time>.json).")
    Path jsonOut;

    @Override
    public Integer call() throws Exception {
        if (articles < 1 || rounds < 1 || warmup < 0 || threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            System.err.println("lede bench pipeline: --articles, --rounds and --threads must be positive");
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(samples)) {
            System.err.println("lede bench pipeline: no sample site at " + samples + " (run from the repository root or pass --samples)");
            return ExitCodes.USAGE;
        }
        Path work = workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir"));
        Path json = jsonOut != null ? jsonOut : data.config().dataDir().resolve("bench")
                .resolve("pipeline-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".json");
        PipelineBenchmark bench = new PipelineBenchmark(new PipelineBenchmark.Options(articles, seed, samples,
                threads.stream().distinct().sorted().toList(), rounds, warmup, work, keep), System.err);
        PipelineReport report = bench.run();
        ReportTable.print(report, System.out);
        if (json.getParent() != null) {
            Files.createDirectories(json.getParent());
        }
        LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
        System.out.println("figures written to " + json);
        return report.targets().stream().allMatch(PipelineReport.Target::holds) ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }
}

package dev.lede.pipeline.cli;

import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.eval.TableEvaluation;
import dev.lede.pipeline.eval.TableEvaluation.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lede eval tables [FILE]}: the table readers scored on labelled tables and the GFM spec examples. */
@Command(name = "tables", mixinStandardHelpOptions = true,
        header = "Measure the markdown and HTML table readers on labelled tables.",
        description = {"Measure the markdown and HTML table readers on labelled tables: tables found (precision,",
                "recall), cell accuracy over header and body positions, caption accuracy, typed-cell checks;",
                "and the GFM spec's table examples (from <shared>/data/tables/gfm-spec-tables.jsonl when present)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (and, with --check, every GFM example passes)", "1:--check and a GFM example fails",
                "2:the labelled set cannot be read"})
public final class EvalTablesCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE|DIR", defaultValue = "samples/eval/tables",
            description = "The labelled tables: a JSON-lines file or a directory of them (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--shared", paramLabel = "DIR",
            description = "Where third-party data lives (default: -Dlede.shared, $LEDE_SHARED or ../shared).")
    Path shared;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "30", description = "Disagreements to list (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--check", description = "Exit 1 when a GFM example fails or the spec file is missing.")
    boolean check;

    @Override
    public Integer call() throws IOException {
        java.util.List<TableEvaluation.Item> items;
        try {
            items = TableEvaluation.load(file);
        } catch (IOException | RuntimeException e) {
            System.err.println("lede eval tables: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path spec = (shared != null ? shared : LedeConfig.sharedDir()).resolve("data").resolve("tables").resolve("gfm-spec-tables.jsonl");
        Report r = new TableEvaluation().evaluate(items, spec);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "tables: %d inputs, %d labelled tables, %d found, %d paired%n", r.items(),
                r.expectedTables(), r.foundTables(), r.pairedTables());
        out.printf(Locale.ROOT, "table precision %.3f, recall %.3f%n", r.tablePrecision(), r.tableRecall());
        out.printf(Locale.ROOT, "cell accuracy %.3f (%d/%d positions)%n", r.cellAccuracy(), r.correctCells(), r.cells());
        out.printf(Locale.ROOT, "caption accuracy %.3f (%d/%d)%n", r.captionAccuracy(), r.correctCaptions(), r.captions());
        out.printf(Locale.ROOT, "typed cells %.3f (%d/%d checks)%n", r.typeAccuracy(), r.correctTypes(), r.typeChecks());
        if (r.gfmExamples() == 0) {
            out.println("GFM spec examples: not found at " + spec + " (skipped)");
        } else {
            out.printf(Locale.ROOT, "GFM spec examples: %d/%d pass%n", r.gfmPassed(), r.gfmExamples());
        }
        if (!r.errors().isEmpty() && errors > 0) {
            out.println("disagreements:");
            r.errors().stream().limit(errors).forEach(e -> out.println("  " + e));
            if (r.errors().size() > errors) {
                out.printf("  ... %d more (--errors N)%n", r.errors().size() - errors);
            }
        }
        boolean gfmOk = r.gfmExamples() > 0 && r.gfmPassed() == r.gfmExamples() && Files.isRegularFile(spec);
        return check && !gfmOk ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }
}

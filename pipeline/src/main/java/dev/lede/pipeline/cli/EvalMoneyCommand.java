package dev.lede.pipeline.cli;

import dev.lede.pipeline.eval.MoneyEvaluation;
import dev.lede.pipeline.eval.MoneyEvaluation.Report;
import dev.lede.pipeline.eval.MoneyEvaluation.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lede eval money [DIR]}: the money extractor scored on the labelled sentences of samples/eval/money. */
@Command(name = "money", mixinStandardHelpOptions = true,
        header = "Measure the money extractor on labelled sentences.",
        description = {"Measure the money extractor on labelled sentences (JSON-lines: id, lang, text, money[]):",
                "precision, recall, F1, exact-amount accuracy (amount, currency and range all equal),",
                "qualifier, unit-rate and text agreement; per file and overall; then the disagreements."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:measured (and, with --check, the targets hold)", "1:--check and a target is missed",
                "2:the labelled set cannot be read"})
public final class EvalMoneyCommand implements Callable<Integer> {
    static final double TARGET_PRECISION = 0.97;
    static final double TARGET_RECALL = 0.97;
    static final double TARGET_EXACT = 0.99;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", defaultValue = "samples/eval/money",
            description = "The labelled set (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--errors", paramLabel = "N", defaultValue = "30", description = "Disagreements to list (default: ${DEFAULT-VALUE}).")
    int errors;

    @Option(names = "--check", description = "Exit 1 when precision or recall < 0.97 or exact-amount accuracy < 0.99.")
    boolean check;

    @Override
    public Integer call() {
        List<MoneyEvaluation.Item> items;
        try {
            items = MoneyEvaluation.load(dir);
        } catch (IOException | RuntimeException e) {
            System.err.println("lede eval money: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Report r = new MoneyEvaluation().evaluate(items);
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "money: %d sentences, %d labelled amounts, %d found, %d matched%n",
                r.sentences(), r.all().gold(), r.all().found(), r.all().matched());
        out.printf(Locale.ROOT, "%-16s %6s %6s %9s %7s %7s %7s %9s %9s %7s%n", "set", "gold", "found", "precision",
                "recall", "F1", "exact", "qualifier", "per", "text");
        for (Map.Entry<String, Score> e : r.byFile().entrySet()) {
            row(out, e.getKey(), e.getValue());
        }
        row(out, "all", r.all());
        out.printf(Locale.ROOT, "targets: precision >= %.2f, recall >= %.2f, exact amount >= %.2f: %s%n",
                TARGET_PRECISION, TARGET_RECALL, TARGET_EXACT, meets(r.all()) ? "met" : "NOT met");
        if (!r.errors().isEmpty() && errors > 0) {
            out.println("disagreements:");
            r.errors().stream().limit(errors).forEach(e ->
                    out.printf("  %-10s %-12s %-28s %s%n", e.id(), e.kind(), e.text(), e.detail()));
            if (r.errors().size() > errors) {
                out.printf("  ... %d more (--errors N)%n", r.errors().size() - errors);
            }
        }
        return check && !meets(r.all()) ? ExitCodes.SOME_FAILED : ExitCodes.OK;
    }

    static boolean meets(Score s) {
        return s.precision() >= TARGET_PRECISION && s.recall() >= TARGET_RECALL && s.exactAmount() >= TARGET_EXACT;
    }

    private static void row(PrintStream out, String name, Score s) {
        out.printf(Locale.ROOT, "%-16s %6d %6d %9.3f %7.3f %7.3f %7.3f %9.3f %9.3f %7.3f%n", name, s.gold(), s.found(),
                s.precision(), s.recall(), s.f1(), s.exactAmount(), s.qualifierAgreement(), s.perAgreement(),
                s.textAgreement());
    }
}

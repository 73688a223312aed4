package dev.lede.pipeline.cli;

import dev.lede.model.LedeJson;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.eval.ExtractionEvaluation;
import dev.lede.pipeline.eval.ExtractionEvaluation.PageScore;
import dev.lede.pipeline.eval.ExtractionEvaluation.Report;
import dev.lede.pipeline.eval.LabelledPages;
import dev.lede.pipeline.eval.LedePageExtractor;
import dev.lede.pipeline.eval.PageExtractor;
import dev.lede.pipeline.eval.Readability4jBaseline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code lede eval extraction [DIR]}: article extraction measured on a labelled set (by default the WCXB
 * development set in {@code ../shared}), with the Readability4J baseline beside Lede's figures.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        header = "Measure article extraction (body, title, date, authors) on a labelled set.",
        description = {"Measure article extraction on a labelled set (WCXB layout: ground-truth.json + html/<id>.html.gz):",
                "WCXB word F1, the scrapinghub benchmark's shingle P/R/F1, title accuracy, publishedAt accuracy",
                "where a date is stated, an author check; the Readability4J baseline beside; the worst pages."})
public final class EvalExtractionCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR",
            description = "The labelled set (default: <shared>/data/extraction/wcxb-dev, shared = -Dlede.shared, $LEDE_SHARED or ../shared).")
    Path dir;

    @Option(names = "--threads", defaultValue = "2", description = "Worker threads (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--no-baseline", description = "Skip the Readability4J baseline.")
    boolean noBaseline;

    @Option(names = "--worst", defaultValue = "10", description = "How many of the worst pages to list (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--limit", description = "Evaluate only the first N pages (by id).")
    Integer limit;

    @Option(names = "--pred-dir", paramLabel = "DIR",
            description = "Write Lede's predictions as DIR/<id>.json ({title, body}), the input of score.py --pred-dir.")
    Path predDir;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the figures as JSON to FILE.")
    Path json;

    /**
     * The labelled pages in {@code dir} (default: the WCXB dev set in ../shared), or null after one line on
     * stderr saying why they cannot be read.
     */
    static LabelledPages openPages(Path dir, String command) {
        Path set = dir != null ? dir : LabelledPages.defaultWcxbDir(LedeConfig.sharedDir());
        try {
            return LabelledPages.open(set);
        } catch (IOException e) {
            System.err.println(command + ": " + e.getMessage());
            return null;
        }
    }

    @Override
    public Integer call() throws Exception {
        LabelledPages pages = openPages(dir, "lede eval extraction");
        if (pages == null) {
            return ExitCodes.USAGE;
        }
        Path set = pages.dir();
        List<LabelledPages.Truth> truths = pages.truths();
        if (limit != null && limit < truths.size()) {
            truths = truths.subList(0, limit);
        }
        PrintStream out = System.out;
        List<PageExtractor> extractors = new ArrayList<>(List.of(new LedePageExtractor()));
        if (!noBaseline) {
            extractors.add(new Readability4jBaseline());
        }
        List<Report> reports = new ArrayList<>();
        for (PageExtractor x : extractors) {
            reports.add(ExtractionEvaluation.run(pages, truths, x, threads, progress(x.name(), truths.size())));
        }
        if (System.console() != null) {
            System.err.print("\r\033[K");
        }
        out.printf(Locale.ROOT, "Article extraction on %s: %d pages%n%n", set, truths.size());
        printTable(out, reports);
        Report lede = reports.get(0);
        out.printf(Locale.ROOT, "%nWorst %d pages of %s (word F1):%n", worst, lede.extractor());
        for (PageScore p : lede.worst(worst)) {
            out.printf(Locale.ROOT, "  %-10s F1 %.3f  P %.3f  R %.3f  %s%n", p.id(), p.words().f1(),
                    p.words().precision(), p.words().recall(), p.url());
        }
        List<PageScore> bad = lede.authorProblems();
        out.printf(Locale.ROOT, "%nAuthor check (%s): %d page(s) with a date, number or chrome word in an author%n",
                lede.extractor(), bad.size());
        for (PageScore p : bad.stream().limit(10).toList()) {
            out.printf(Locale.ROOT, "  %-10s %s%n", p.id(), String.join("; ", p.authorProblems()));
        }
        if (predDir != null) {
            writePredictions(lede, predDir);
            out.printf(Locale.ROOT, "%nPredictions written to %s (python3 score.py --gt %s --pred-dir %s)%n", predDir,
                    set.resolve("ground-truth.json"), predDir);
        }
        if (json != null) {
            LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), summary(set, reports));
        }
        return ExitCodes.OK;
    }

    private static java.util.function.Consumer<String> progress(String name, int total) {
        AtomicInteger done = new AtomicInteger();
        boolean tty = System.console() != null;
        return id -> {
            int n = done.incrementAndGet();
            if (tty && (n % 10 == 0 || n == total)) {
                System.err.printf(Locale.ROOT, "\r%s: %d/%d pages", name, n, total);
            }
        };
    }

    static void printTable(PrintStream out, List<Report> reports) {
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "%-30s", ""));
        for (Report r : reports) {
            head.append(String.format(Locale.ROOT, "%16s", r.extractor()));
        }
        out.println(head);
        row(out, reports, "WCXB word F1", r -> f3(r.wordF1()));
        row(out, reports, "  word precision", r -> f3(r.wordPrecision()));
        row(out, reports, "  word recall", r -> f3(r.wordRecall()));
        row(out, reports, "shingle F1 (scrapinghub)", r -> f3(r.shingles().f1()));
        row(out, reports, "  shingle precision", r -> f3(r.shingles().precision()));
        row(out, reports, "  shingle recall", r -> f3(r.shingles().recall()));
        row(out, reports, "  exact-token accuracy", r -> f3(r.accuracy()));
        row(out, reports, "title exact", r -> f3(r.titleExact()));
        row(out, reports, "title normalised", r -> f3(r.titleNormalized()));
        row(out, reports, "title token F1", r -> f3(r.titleTokenF1()));
        row(out, reports, "publishedAt right (" + reports.get(0).datePages() + " dated)",
                r -> r.extractor().equals("readability4j") ? "n/a" : pct(r.dateAccuracy()));
        row(out, reports, "author found (" + reports.get(0).authorPages() + " with author)", r -> pct(r.authorFound()));
        row(out, reports, "pages with a bad author", r -> String.valueOf(r.authorProblems().size()));
        row(out, reports, "pages that threw", r -> String.valueOf(r.errors()));
        row(out, reports, "pages/s (eval threads)", r -> String.format(Locale.ROOT, "%.0f", r.pagesPerSecond()));
    }

    private static void row(PrintStream out, List<Report> reports, String label,
                            java.util.function.Function<Report, String> value) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%-30s", label));
        for (Report r : reports) {
            b.append(String.format(Locale.ROOT, "%16s", value.apply(r)));
        }
        out.println(b);
    }

    private static void writePredictions(Report report, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (PageScore p : report.pages()) {
            Map<String, Object> rec = new LinkedHashMap<>();
            rec.put("title", p.prediction().title());
            rec.put("body", p.prediction().body());
            rec.put("publishedAt", p.prediction().publishedAt());
            rec.put("authors", p.prediction().authors());
            LedeJson.mapper().writeValue(dir.resolve(p.id() + ".json").toFile(), rec);
        }
    }

    private static Map<String, Object> summary(Path set, List<Report> reports) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("set", set.toString());
        for (Report r : reports) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("pages", r.size());
            m.put("wordF1", r.wordF1());
            m.put("wordPrecision", r.wordPrecision());
            m.put("wordRecall", r.wordRecall());
            m.put("shingleF1", r.shingles().f1());
            m.put("shinglePrecision", r.shingles().precision());
            m.put("shingleRecall", r.shingles().recall());
            m.put("accuracy", r.accuracy());
            m.put("titleExact", r.titleExact());
            m.put("titleNormalized", r.titleNormalized());
            m.put("titleTokenF1", r.titleTokenF1());
            m.put("datePages", r.datePages());
            m.put("dateAccuracy", r.dateAccuracy());
            m.put("authorFound", r.authorFound());
            m.put("badAuthorPages", r.authorProblems().size());
            m.put("errors", r.errors());
            m.put("worst", r.worst(10).stream().map(p -> Map.of("id", p.id(), "wordF1", p.words().f1())).toList());
            out.put(r.extractor(), m);
        }
        return out;
    }

    private static String f3(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
}

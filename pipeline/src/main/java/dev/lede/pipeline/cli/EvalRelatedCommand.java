package dev.lede.pipeline.cli;

import dev.lede.extract.ArticleAnalyzer;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.eval.RelatedEvaluation;
import dev.lede.pipeline.eval.RelatedEvaluation.Report;
import dev.lede.pipeline.eval.RelatedEvaluation.SystemScores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code lede eval related}: related-article quality on a labelled corpus, beside plain MoreLikeThis. */
@Command(name = "related", mixinStandardHelpOptions = true,
        header = "Measure related-article lists on a labelled corpus, beside plain MoreLikeThis.",
        description = {"Measure related-article lists on a labelled corpus (JSON-lines of ingest records with a",
                "\"story\" label, and an \"edition\" label for one piece in two editions): precision@5, precision@10",
                "and MRR of Lede's lists and of plain MoreLikeThis on the same index; how often a story told in",
                "both languages finds its other-language articles in the top 5; how editions fold.",
                "The corpus is ingested into a temporary index, which is deleted afterwards."})
public final class EvalRelatedCommand implements Callable<Integer> {
    /** The labelled corpus in the repository. */
    public static final Path DEFAULT_CORPUS = Path.of("samples", "eval", "related", "articles.jsonl");

    @Mixin
    DataOption data;

    @Option(names = "--corpus", paramLabel = "FILE", description = "The labelled corpus (default: ${DEFAULT-VALUE}).")
    Path corpus = DEFAULT_CORPUS;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON to FILE.")
    Path json;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(corpus)) {
            System.err.println("lede eval related: no corpus at " + corpus + " (run from the repository root, or pass --corpus)");
            return ExitCodes.USAGE;
        }
        Path work = Files.createTempDirectory("lede-eval-related");
        Report report;
        try {
            report = RelatedEvaluation.run(corpus, ArticleAnalyzer.create(data.config().analyzer()), work.resolve("index"));
        } finally {
            TempDirectories.deleteTree(work);
        }
        print(IndexReading.stdout(), report);
        if (json != null) {
            LedeJson.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), report);
        }
        return ExitCodes.OK;
    }

    static void print(PrintStream out, Report r) {
        out.printf("Related articles on %s: %d articles, %d stories%n%n", "the labelled corpus", r.articles(), r.stories());
        out.printf("%-36s %6s %6s %6s   %s%n", "system", "P@5", "P@10", "MRR", "bilingual story: other language in top 5");
        for (SystemScores s : r.systems()) {
            out.printf("%-36s %6.3f %6.3f %6.3f   %d/%d%n", s.system(), s.precisionAt5(), s.precisionAt10(), s.mrr(),
                    s.bilingualFound(), s.bilingualSources());
        }
        SystemScores lede = r.systems().get(0);
        double best = r.systems().stream().skip(1).mapToDouble(SystemScores::precisionAt5).max().orElse(0);
        out.printf("%nP@5 over the best baseline: %+.3f%n", lede.precisionAt5() - best);
        if (!lede.bilingualMissed().isEmpty()) {
            out.printf("Lede: no other-language article of the story in the top 5 for %s%n", String.join(", ", lede.bilingualMissed()));
        }
        if (!lede.firstWrong().isEmpty()) {
            out.printf("Lede: first entry of another story (or none) for %s%n", String.join(", ", lede.firstWrong()));
        }
        out.printf("Editions: %d of %d times two editions of one piece were listed, they were one entry; "
                + "%d articles of the same story but another piece folded into an entry, %d of another story%n",
                r.editionsFolded(), r.editionPairs(), r.storyFolds(), r.wrongFolds());
        out.flush();
    }
}

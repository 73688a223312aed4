package dev.lede.pipeline.cli;

import dev.lede.extract.entity.EntityEvaluation;
import dev.lede.extract.entity.EntityEvaluation.Counts;
import dev.lede.extract.entity.EntityEvaluation.ListScores;
import dev.lede.extract.entity.EntityEvaluation.SpanScores;
import dev.lede.extract.entity.LabelledArticle;
import dev.lede.extract.entity.NamedEntityExtractor;
import dev.lede.extract.entity.NerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code lede eval entities}: precision, recall and F1 of people and companies. */
@Command(name = "entities", mixinStandardHelpOptions = true,
        description = {"Measure people and company recognition.",
                "On a CoNLL file (token ... tag per line): exact-span P/R/F1 for PER and ORG, as conlleval counts them.",
                "On a Lede domain set (samples/eval/entities/*.txt): entity-list P/R/F1 per article, summed,",
                "and exact-span scores of the body mentions.",
                "SET is a file, or a short name: en, nl (the domain sets), conll-nl (CoNLL-2002 ned.testa under --shared)."})
public final class EntitiesEvalCommand implements Callable<Integer> {
    private static final Map<String, String> ENGLISH = Map.of(
            "3class", NerOptions.ENGLISH_3CLASS, "4class", NerOptions.ENGLISH_4CLASS, "7class", NerOptions.ENGLISH_7CLASS);

    @Parameters(paramLabel = "SET", arity = "1..*", description = "Evaluation sets: files or en, nl, conll-nl.")
    List<String> sets;

    @Option(names = "--language", paramLabel = "LANG",
            description = "Language of a CoNLL file (default: nl for ned.* files, else en).")
    String language;

    @Option(names = "--english-models", paramLabel = "LIST", split = ",",
            description = "English CRFs to combine, first wins: 3class, 4class, 7class or classpath paths (default: 4class).")
    List<String> englishModels;

    @Option(names = "--dutch-model", paramLabel = "PATH", description = "Dutch CRF (classpath resource or file; default: the shipped model).")
    String dutchModel;

    @Option(names = "--ablation", description = "Add the mechanisms one at a time, from the bare CRF to everything, and print each step.")
    boolean ablation;

    @Option(names = "--compare-english", description = "Compare the English models and combinations (3class, 4class, 7class, ...).")
    boolean compareEnglish;

    @Option(names = "--errors", description = {"Print every wrong or missed entity (domain sets), or every PER/ORG span error",
            "(CoNLL files: type, boundary, missed, extra; with the mechanism that tagged it)."})
    boolean errors;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:lede.shared:-../shared}")
    Path shared;

    @Override
    public Integer call() throws IOException {
        PrintStream out = System.out;
        for (String set : sets) {
            Path file = resolve(set);
            if (!Files.isRegularFile(file)) {
                System.err.println("lede eval entities: no such set: " + set + " (" + file + ")");
                return ExitCodes.USAGE;
            }
            boolean domain = isDomainSet(file);
            String lang = language != null ? language
                    : file.getFileName().toString().startsWith("ned.") ? "nl" : "en";
            out.printf(Locale.ROOT, "%n== %s (%s)%n", file, domain ? "Lede domain set" : "CoNLL, " + lang);
            for (Map.Entry<String, NerOptions> config : configurations(domain).entrySet()) {
                NamedEntityExtractor extractor = NamedEntityExtractor.create(config.getValue());
                if (domain) {
                    report(out, config.getKey(), EntityEvaluation.domain(extractor, LabelledArticle.read(file)));
                } else {
                    report(out, config.getKey(), EntityEvaluation.conll(extractor, file, lang), errors);
                }
            }
        }
        return ExitCodes.OK;
    }

    private Path resolve(String set) {
        return switch (set) {
            case "en", "nl" -> Path.of("samples", "eval", "entities", set + ".txt");
            case "conll-nl" -> shared.resolve("data/ner-nl/conll2002/ned.testa");
            default -> Path.of(set);
        };
    }

    private static boolean isDomainSet(Path file) throws IOException {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.anyMatch(l -> l.startsWith("=== "));
        }
    }

    /** The configurations to run, by label: one, or the ablation ladder, or the English model comparison. */
    private Map<String, NerOptions> configurations(boolean domain) {
        NerOptions base = NerOptions.defaults();
        if (englishModels != null) {
            base = base.withEnglishModels(englishModels.stream().map(m -> ENGLISH.getOrDefault(m, m)).toList());
        }
        if (dutchModel != null) {
            base = base.withDutchModel(dutchModel);
        }
        // a CoNLL file fixes the tokens: compound splitting would change them (and CoNLL tags compounds as MISC)
        boolean compounds = domain && base.compounds();
        Map<String, NerOptions> configs = new LinkedHashMap<>();
        if (compareEnglish) {
            NerOptions b = base;
            List<List<String>> combos = List.of(List.of("3class"), List.of("4class"), List.of("7class"),
                    List.of("4class", "3class"), List.of("3class", "4class"), List.of("3class", "7class", "4class"));
            for (List<String> combo : combos) {
                NerOptions o = b.withEnglishModels(combo.stream().map(ENGLISH::get).toList());
                configs.put("bare " + String.join("+", combo), o.bare());
                configs.put("all  " + String.join("+", combo), o.with(compounds, o.rules(), o.gazetteer(), o.products(), o.document()));
            }
            return configs;
        }
        if (ablation) {
            NerOptions bare = base.bare();
            configs.put("bare CRF", bare);
            if (domain) {
                configs.put("+ compounds", bare.with(true, false, false, false, false));
            }
            configs.put("+ company rules", bare.with(compounds, true, false, false, false));
            configs.put("+ gazetteer", bare.with(compounds, true, true, false, false));
            configs.put("+ product filter", bare.with(compounds, true, true, true, false));
            configs.put("+ document consistency", bare.with(compounds, true, true, true, true));
            return configs;
        }
        configs.put("shipped", base.with(compounds, base.rules(), base.gazetteer(), base.products(), base.document()));
        return configs;
    }

    private static void report(PrintStream out, String label, SpanScores s, boolean errors) {
        out.printf(Locale.ROOT, "%-24s %s  %s  %s  | all types %s | %,.0f tokens/CPU-s%n", label,
                fmt("PER", s.type("PER")), fmt("ORG", s.type("ORG")), fmt("PER+ORG", s.perOrg()),
                f1(allTypes(s)), s.tokensPerSecond());
        if (errors) {
            s.errors().forEach(e -> out.println("    " + e));
            Map<String, Integer> tally = new java.util.TreeMap<>();
            for (String e : s.errors()) {
                String[] words = e.split(" ");
                tally.merge(words[0].equals("type") ? words[0] + " " + words[1] + " as " + words[3] : words[0], 1, Integer::sum);
            }
            out.println("    errors by kind: " + tally);
        }
    }

    private void report(PrintStream out, String label, ListScores s) {
        out.printf(Locale.ROOT, "%-24s lists: %s  %s  %s  %s%n", label, fmt("people", s.people()),
                fmt("companies", s.companies()), fmt("people+companies", s.peopleAndCompanies()),
                fmt("organisations", s.organizations()));
        out.printf(Locale.ROOT, "%-24s mentions: %s  %s  %s | products listed %d | canonical names %d/%d"
                        + " | organisation kinds %d/%d | macro P %.3f R %.3f | %,.0f words/CPU-s%n", "",
                fmt("PER", s.spans().type("PER")), fmt("ORG", s.spans().type("ORG")), fmt("PER+ORG", s.spans().perOrg()),
                s.productsListed(), s.canonicalRight(), s.matched(), s.kindsRight(), s.organizations().tp(),
                s.macroPrecision(), s.macroRecall(), s.spans().tokensPerSecond());
        if (errors) {
            s.errors().forEach(e -> out.println("    " + e));
        }
    }

    private static Counts allTypes(SpanScores s) {
        Counts all = Counts.ZERO;
        for (Counts c : s.byType().values()) {
            all = all.plus(c);
        }
        return all;
    }

    private static String fmt(String name, Counts c) {
        return String.format(Locale.ROOT, "%s P %.3f R %.3f F1 %.3f", name, c.precision(), c.recall(), c.f1());
    }

    private static String f1(Counts c) {
        return String.format(Locale.ROOT, "F1 %.3f", c.f1());
    }
}

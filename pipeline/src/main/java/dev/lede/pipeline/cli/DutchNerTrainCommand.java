package dev.lede.pipeline.cli;

import dev.lede.extract.entity.DutchNerTrainer;
import dev.lede.extract.entity.EntityEvaluation;
import dev.lede.extract.entity.EntityEvaluation.Counts;
import dev.lede.extract.entity.NamedEntityExtractor;
import dev.lede.extract.entity.NerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;

/** {@code lede train ner-nl}: the Dutch CRF, from the CoNLL-2002 Dutch data or any file in its format. */
@Command(name = "ner-nl", mixinStandardHelpOptions = true,
        description = {"Train the Dutch named-entity CRF (CoreNLP CRFClassifier, features in dutch-ner.prop) and measure it on a development file.",
                "Takes about an hour (gradient on 2 threads, 205 quasi-Newton iterations) and 6 GB of heap on CoNLL-2002; run it as: LEDE_JAVA_OPTS=-Xmx8g nice ./lede train ner-nl",
                "The CoNLL-2002 files are for research use only: read the model card before shipping a model trained on them in a commercial product. --train takes Dutch data you hold under other terms."})
public final class DutchNerTrainCommand implements Callable<Integer> {
    private static final long RECOMMENDED_HEAP = 6L << 30;

    @Option(names = "--shared", paramLabel = "DIR", description = "The shared data directory (default: ${DEFAULT-VALUE}).",
            defaultValue = "${sys:lede.shared:-../shared}")
    Path shared;

    @Option(names = "--train", paramLabel = "FILE", description = "Training file (default: <shared>/data/ner-nl/conll2002/ned.train).")
    Path train;

    @Option(names = "--test", paramLabel = "FILE", description = "Development file to measure on (default: <shared>/data/ner-nl/conll2002/ned.testa).")
    Path test;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "extractors/src/main/resources/" + NerOptions.DUTCH,
            description = "Where to write the model (default: ${DEFAULT-VALUE}, the one Lede ships).")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a training property (try a feature).")
    Map<String, String> overrides = Map.of();

    @Override
    public Integer call() throws IOException {
        Path trainFile = train != null ? train : shared.resolve("data/ner-nl/conll2002/ned.train");
        Path testFile = test != null ? test : shared.resolve("data/ner-nl/conll2002/ned.testa");
        if (!Files.isRegularFile(trainFile)) {
            System.err.println("lede train ner-nl: no training file " + trainFile + " (give --train or --shared)");
            return ExitCodes.USAGE;
        }
        if (Runtime.getRuntime().maxMemory() < RECOMMENDED_HEAP) {
            System.err.printf(Locale.ROOT, "lede train ner-nl: warning: %d MB of heap; the full CoNLL-2002 set needs"
                    + " about 6 GB (LEDE_JAVA_OPTS=-Xmx7g)%n", Runtime.getRuntime().maxMemory() >> 20);
        }
        Properties props = new Properties();
        props.putAll(overrides);
        long t0 = System.nanoTime();
        DutchNerTrainer.train(trainFile, out, props);
        System.out.printf(Locale.ROOT, "model: %s (%.1f MB), trained in %.1f min%n", out, Files.size(out) / 1e6,
                (System.nanoTime() - t0) / 60e9);
        if (Files.isRegularFile(testFile)) {
            NerOptions options = NerOptions.defaults().withDutchModel(out.toString());
            for (NerOptions o : new NerOptions[] {options.bare(), options.with(false, true, true, true, true)}) {
                EntityEvaluation.SpanScores s = EntityEvaluation.conll(NamedEntityExtractor.create(o), testFile, "nl");
                Counts po = s.perOrg();
                System.out.printf(Locale.ROOT, "%s on %s: PER F1 %.3f, ORG F1 %.3f, PER+ORG P %.3f R %.3f F1 %.3f%n",
                        o.rules() ? "shipped pipeline" : "bare CRF", testFile.getFileName(), s.type("PER").f1(),
                        s.type("ORG").f1(), po.precision(), po.recall(), po.f1());
            }
        }
        return ExitCodes.OK;
    }
}

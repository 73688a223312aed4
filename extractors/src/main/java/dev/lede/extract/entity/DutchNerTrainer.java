package dev.lede.extract.entity;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Trains Lede's Dutch CRF: CoreNLP's {@link CRFClassifier} with the feature set of
 * {@code dutch-ner.prop} (documented there) on a CoNLL file ({@code token POS tag}, IOB tags), and
 * writes it gzip-serialised. On the CoNLL-2002 Dutch training file the shipped model took 205 quasi-Newton
 * iterations, 58 minutes on a shared 2-core machine (gradient on 2 threads), and about 6 GB of heap; see the
 * model card.
 */
public final class DutchNerTrainer {
    /** The feature set, a classpath resource. */
    public static final String PROPERTIES = "/dev/lede/extract/entity/dutch-ner.prop";

    private DutchNerTrainer() {
    }

    /** The shipped feature properties. */
    public static Properties properties() {
        Properties p = new Properties();
        try (InputStream in = DutchNerTrainer.class.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + PROPERTIES);
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    /**
     * Trains on {@code trainFile} and serialises the model to {@code model} (gzip when the name ends in .gz).
     *
     * @param overrides properties that replace the shipped ones (to try a feature), may be empty
     */
    public static void train(Path trainFile, Path model, Properties overrides) throws IOException {
        Properties props = properties();
        props.putAll(overrides);
        Path clean = Files.createTempFile("lede-ner-train", ".conll");
        try {
            withoutDocStarts(trainFile, clean);
            props.setProperty("trainFile", clean.toString());
            props.setProperty("serializeTo", model.toString());
            CRFClassifier<CoreLabel> crf = new CRFClassifier<>(props);
            crf.train();
            Path parent = model.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            crf.serializeClassifier(model.toString());
        } finally {
            Files.deleteIfExists(clean);
        }
    }

    /**
     * CoreNLP's column reader would read each {@code -DOCSTART-} line as a one-word sentence; article
     * boundaries mean nothing to a sentence-level CRF, so they go.
     */
    static void withoutDocStarts(Path in, Path out) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(in, StandardCharsets.UTF_8);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            String line;
            boolean blank = true;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("-DOCSTART-")) {
                    continue;
                }
                if (line.isBlank()) {
                    if (!blank) {
                        w.newLine();
                    }
                    blank = true;
                } else {
                    w.write(line);
                    w.newLine();
                    blank = false;
                }
            }
        }
    }
}

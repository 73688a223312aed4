package dev.lede.extract.entity;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads CoreNLP sequence classifiers from the classpath once per process: a CRF model takes seconds
 * and hundreds of megabytes to load, and a loaded classifier is thread-safe, so every extractor (and
 * every test class) shares it.
 */
final class NerModels {
    private static final Map<List<String>, AbstractSequenceClassifier<CoreLabel>> LOADED = new ConcurrentHashMap<>();

    private NerModels() {
    }

    /** One model, or several combined (the first model's labels win where they disagree). */
    static AbstractSequenceClassifier<CoreLabel> load(List<String> paths) {
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("no NER model given");
        }
        return LOADED.computeIfAbsent(List.copyOf(paths), NerModels::read);
    }

    /** Whether a model is on the classpath or, for a model being tried out, a file. */
    static boolean exists(String path) {
        return NerModels.class.getClassLoader().getResource(path) != null || java.nio.file.Files.isRegularFile(java.nio.file.Path.of(path));
    }

    private static AbstractSequenceClassifier<CoreLabel> read(List<String> paths) {
        for (String path : paths) {
            if (!exists(path)) {
                throw new IllegalStateException("NER model neither on the classpath nor a file: " + path);
            }
        }
        try {
            if (paths.size() == 1) {
                return CRFClassifier.getClassifier(paths.get(0));
            }
            // no numeric classifiers, no SUTime: Lede wants names only
            return new NERClassifierCombiner(false, false, paths.toArray(String[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load NER model " + paths, e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load NER model " + paths, e);
        }
    }
}

package dev.lede.pipeline;

import dev.lede.extract.AnalyzerConfig;

import java.nio.file.Path;

/**
 * All of Lede's settings in one place, with defaults that work on a fresh machine.
 *
 * @param dataDir  where Lede keeps everything (default {@code ./lede-data})
 * @param analyzer extraction settings
 */
public record LedeConfig(Path dataDir, AnalyzerConfig analyzer) {

    public static LedeConfig defaults(Path dataDir) {
        return new LedeConfig(dataDir, AnalyzerConfig.defaults());
    }

    /** The Lucene index directory. */
    public Path indexDir() {
        return dataDir.resolve("index");
    }
}

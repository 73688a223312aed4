package dev.lede.pipeline;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.pipeline.web.ServerSettings;

import java.nio.file.Path;

/**
 * All of Lede's settings in one place, with defaults that work on a fresh machine.
 *
 * @param dataDir      where Lede keeps everything (default {@code ./lede-data})
 * @param analyzer     extraction settings
 * @param userAgent    the User-Agent Lede sends
 * @param maxPageBytes pages larger than this are refused (not truncated: a cut page would be a wrong record)
 * @param server       the web server of {@code lede serve}: address, port and request caps
 */
public record LedeConfig(Path dataDir, AnalyzerConfig analyzer, String userAgent, int maxPageBytes,
                         ServerSettings server) {

    public static final String DEFAULT_USER_AGENT = "LedeBot/0.1 (+https://github.com/lede-news/lede)";
    public static final int DEFAULT_MAX_PAGE_BYTES = 10 * 1024 * 1024;

    public static LedeConfig defaults(Path dataDir) {
        return new LedeConfig(dataDir, AnalyzerConfig.defaults(), DEFAULT_USER_AGENT, DEFAULT_MAX_PAGE_BYTES,
                ServerSettings.defaults());
    }

    /** This configuration with other web server settings. */
    public LedeConfig withServer(ServerSettings server) {
        return new LedeConfig(dataDir, analyzer, userAgent, maxPageBytes, server);
    }

    /**
     * Where third-party data lives ({@code ../shared}: labelled evaluation sets), kept out of the repository:
     * the {@code lede.shared} system property, else the {@code LEDE_SHARED} environment variable, else
     * {@code ../shared} relative to the working directory (the repository root).
     */
    public static Path sharedDir() {
        String prop = System.getProperty("lede.shared");
        if (prop != null && !prop.isBlank()) {
            return Path.of(prop);
        }
        String env = System.getenv("LEDE_SHARED");
        return Path.of(env != null && !env.isBlank() ? env : "../shared");
    }

    /** The Lucene index directory. */
    public Path indexDir() {
        return dataDir.resolve("index");
    }
}

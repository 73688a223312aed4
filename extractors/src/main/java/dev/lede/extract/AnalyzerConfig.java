package dev.lede.extract;

import java.util.List;

/**
 * Settings of the extraction stages.
 *
 * @param languages the ISO 639-1 languages the archive has; language detection only tells these apart
 * @param entities  whether to run named-entity recognition (the slowest stage)
 */
public record AnalyzerConfig(List<String> languages, boolean entities) {
    public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "en", "de", "fr", "es", "zh");

    public AnalyzerConfig {
        languages = languages == null || languages.isEmpty() ? DEFAULT_LANGUAGES : List.copyOf(languages);
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_LANGUAGES, true);
    }
}

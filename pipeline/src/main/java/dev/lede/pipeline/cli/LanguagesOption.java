package dev.lede.pipeline.cli;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.pipeline.LedeConfig;
import picocli.CommandLine.Option;

import java.util.Arrays;
import java.util.List;

/**
 * The {@code --languages} option of the commands that extract articles (extract, crawl, ingest): the
 * languages an archive has, the only ones language detection tells apart, which keeps its models small.
 * Without the option, {@code $LEDE_LANGUAGES} (comma-separated), else Lede's default.
 */
public final class LanguagesOption {
    static final String ENVIRONMENT = "LEDE_LANGUAGES";

    @Option(names = "--languages", split = ",", paramLabel = "ISO",
            description = "Languages the archive has, ISO 639-1, comma-separated; language detection tells only "
                    + "these apart (default: $LEDE_LANGUAGES, else nl,en,de,fr,es,zh).")
    List<String> languages;

    /**
     * {@code config} with the chosen languages.
     *
     * @throws IllegalArgumentException naming a code that is not an ISO 639-1 language Lede can detect
     */
    public LedeConfig apply(LedeConfig config) {
        return apply(config, System.getenv(ENVIRONMENT));
    }

    LedeConfig apply(LedeConfig config, String environment) {
        List<String> chosen = languages;
        if (chosen == null && environment != null && !environment.isBlank()) {
            chosen = Arrays.asList(environment.split(","));
        }
        return chosen == null ? config
                : config.withAnalyzer(new AnalyzerConfig(chosen, config.analyzer().entities()));
    }
}

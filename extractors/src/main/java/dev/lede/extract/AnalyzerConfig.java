package dev.lede.extract;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Settings of the extraction stages.
 *
 * @param languages the ISO 639-1 languages the archive has; language detection only tells these apart
 * @param entities  whether to run named-entity recognition (the slowest stage)
 */
public record AnalyzerConfig(List<String> languages, boolean entities) {
    public static final List<String> DEFAULT_LANGUAGES = List.of("nl", "en", "de", "fr", "es", "zh");

    /** @throws IllegalArgumentException naming a code that is not an ISO 639-1 language Lingua detects */
    public AnalyzerConfig {
        if (languages == null || languages.isEmpty()) {
            languages = DEFAULT_LANGUAGES;
        } else {
            List<String> codes = new ArrayList<>();
            for (String code : languages) {
                String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
                if (!isDetectable(c)) {
                    throw new IllegalArgumentException("unknown language code '" + code
                            + "' (ISO 639-1, two letters, e.g. nl, en, de)");
                }
                if (!codes.contains(c)) {
                    codes.add(c);
                }
            }
            languages = List.copyOf(codes);
        }
    }

    private static boolean isDetectable(String code) {
        if (code.length() != 2) {
            return false;
        }
        try {
            return Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))) != Language.UNKNOWN;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static AnalyzerConfig defaults() {
        return new AnalyzerConfig(DEFAULT_LANGUAGES, true);
    }
}

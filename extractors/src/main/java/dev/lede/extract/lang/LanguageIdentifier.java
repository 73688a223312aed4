package dev.lede.extract.lang;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;

import java.util.Collection;
import java.util.Locale;

/**
 * Lingua, restricted to the languages an archive has so that its models stay small in memory.
 * Thread-safe; build one per process.
 */
public final class LanguageIdentifier {
    private final LanguageDetector detector;

    /** @param isoCodes ISO 639-1 codes of the languages to tell apart, e.g. nl, en, de, fr, es, zh */
    public LanguageIdentifier(Collection<String> isoCodes) {
        Language[] languages = isoCodes.stream()
                .map(code -> Language.getByIsoCode639_1(IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT))))
                .toArray(Language[]::new);
        this.detector = LanguageDetectorBuilder.fromLanguages(languages).build();
    }

    /** The ISO 639-1 code of the language of {@code text}, or null when Lingua cannot tell. */
    public String detect(String text) {
        Language language = detector.detectLanguageOf(text);
        return language == Language.UNKNOWN ? null : language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT);
    }
}

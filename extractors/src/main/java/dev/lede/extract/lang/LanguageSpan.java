package dev.lede.extract.lang;

/**
 * A stretch of text in one language.
 *
 * @param start    offset of the stretch in the text
 * @param end      end offset (exclusive)
 * @param language ISO 639-1 code
 * @param inferred true where the stretch was too short or too mixed to tell on its own and took the
 *                 language of its neighbours or of the page
 */
public record LanguageSpan(int start, int end, String language, boolean inferred) {
    public int length() {
        return end - start;
    }
}

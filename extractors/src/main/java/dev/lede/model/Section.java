package dev.lede.model;

/**
 * A stretch of the body under one heading.
 *
 * @param heading  the heading text, empty for the text before the first heading
 * @param language detected language of the section text (ISO 639-1), or null when undecided
 * @param text     the section's text as it appears in the body
 * @param start    offset of the section's text in the body
 * @param end      end offset (exclusive)
 */
public record Section(String heading, String language, String text, int start, int end) {
}

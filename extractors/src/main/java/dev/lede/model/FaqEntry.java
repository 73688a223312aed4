package dev.lede.model;

/**
 * One question and answer of a page's FAQ block.
 *
 * @param question the question
 * @param answer   the answer text
 */
public record FaqEntry(String question, String answer) {
}

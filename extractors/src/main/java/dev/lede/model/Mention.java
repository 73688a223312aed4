package dev.lede.model;

/**
 * One occurrence of an entity in the body.
 *
 * @param start offset in the body
 * @param end   end offset, exclusive
 * @param text  the text at that span, as written ("Sutskever", "Musk's" without the 's)
 */
public record Mention(int start, int end, String text) {
}

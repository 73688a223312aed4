package dev.lede.index;

/**
 * A related article with the parts of its score.
 *
 * @param article the list entry
 * @param score   its score's parts
 */
public record ExplainedRelated(RelatedArticle article, RelatedScore score) {
}

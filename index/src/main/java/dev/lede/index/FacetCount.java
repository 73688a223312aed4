package dev.lede.index;

/**
 * One facet value and how many matching articles have it.
 *
 * @param value the value (a company or person name, a language code, a month {@code yyyy-MM})
 * @param count matching articles with that value
 */
public record FacetCount(String value, long count) {
}

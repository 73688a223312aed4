package dev.lede.index;

import java.util.List;
import java.util.Map;

/**
 * One page of search results.
 *
 * @param total  how many articles match in all
 * @param hits   this page's hits, best first
 * @param facets counts over all matching articles, keyed {@code company}, {@code person}, {@code language}
 *               and {@code month}: companies and people by count (top {@value ArticleSearch#FACET_SIZE}),
 *               languages by count, months newest first
 */
public record SearchResults(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {
    public SearchResults {
        hits = List.copyOf(hits);
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}

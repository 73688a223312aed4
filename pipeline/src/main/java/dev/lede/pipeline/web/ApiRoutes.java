package dev.lede.pipeline.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.lede.index.ArticleIndex;
import dev.lede.index.FacetCount;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedArticles;
import dev.lede.index.SearchHit;
import dev.lede.index.SearchQuery;
import dev.lede.index.SearchResults;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON API: search, one article, its related articles, facts, and a health check. Field names are
 * those of Lede's records ({@link Article}, {@link SearchHit}, {@link RelatedArticle}) as the CLI writes
 * them, so a script can switch between {@code lede search --json} and the API.
 */
final class ApiRoutes {
    /** {@code GET /api/search}: {@code total}, {@code limit}, {@code offset}, {@code results}, {@code facets}. */
    @JsonPropertyOrder({"total", "limit", "offset", "results", "facets"})
    record SearchResponse(long total, int limit, int offset, List<SearchHit> results,
                          Map<String, List<FacetCount>> facets) {
    }

    /** {@code GET /api/articles/{id}/related}. */
    @JsonPropertyOrder({"id", "results"})
    record RelatedResponse(String id, List<RelatedArticle> results) {
    }

    /** {@code GET /healthz}. */
    @JsonPropertyOrder({"status", "articles"})
    record Health(String status, int articles) {
    }

    /** Every error: the HTTP status, a message for a person, and the parameter at fault when there is one. */
    @JsonPropertyOrder({"status", "error", "parameter"})
    record ApiError(int status, String error, String parameter) {
    }

    private static final int MAX_ID_CHARS = 256;

    private final ArticleIndex index;
    private final ServerSettings settings;

    ApiRoutes(ArticleIndex index, ServerSettings settings) {
        this.index = index;
        this.settings = settings;
    }

    void search(Context ctx) throws IOException {
        SearchParams params = SearchParams.parse(ctx.queryParamMap(), settings, true);
        SearchResults results = search(params.toQuery());
        json(ctx, 200, new SearchResponse(results.total(), params.limit(), params.offset(), results.hits(),
                results.facets()));
    }

    void article(Context ctx) throws IOException {
        onlyParameters(ctx, Set.of());
        json(ctx, 200, requireArticle(ctx.pathParam("id")));
    }

    void related(Context ctx) throws IOException {
        onlyParameters(ctx, Set.of("limit"));
        Article article = requireArticle(ctx.pathParam("id"));
        int limit = limit(ctx.queryParam("limit"), settings.relatedLimit(),
                Math.min(settings.maxLimit(), RelatedArticles.MAX_LIMIT));
        json(ctx, 200, new RelatedResponse(article.id(), index.related().related(article.id(), limit)));
    }

    /** 200 with the article count while the index answers; 503 when it cannot be read. */
    void health(Context ctx) {
        try {
            json(ctx, 200, new Health("ok", index.count()));
        } catch (IOException | RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(ApiRoutes.class).warn("health check: index unreadable: {}", e.toString());
            json(ctx, 503, new Health("unavailable", 0));
        }
    }

    /**
     * Runs a search. The index refuses some queries it cannot run (too many terms after expansion); that
     * is the request's fault and is answered with 400.
     */
    SearchResults search(SearchQuery query) throws IOException {
        try {
            return index.search().search(query);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("q", e.getMessage());
        }
    }

    /** Looks up an article by the id in the path, or answers 400 (not an id) or 404 (no such article). */
    Article requireArticle(String id) throws IOException {
        if (id == null || id.isBlank() || id.length() > MAX_ID_CHARS || id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidParameterException("id", "not an article id");
        }
        return index.get(id).orElseThrow(() -> new NotFoundException("no article with id " + id));
    }

    static int limit(String value, int dflt, int max) {
        if (value == null || value.isBlank()) {
            return dflt;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new InvalidParameterException("limit", "limit must be a whole number from 1 to " + max);
    }

    static void onlyParameters(Context ctx, Set<String> accepted) {
        for (String name : ctx.queryParamMap().keySet()) {
            if (!accepted.contains(name)) {
                throw new InvalidParameterException(name, "unknown parameter '" + name + "'"
                        + (accepted.isEmpty() ? "; this endpoint takes none" : "; accepted: "
                        + String.join(", ", accepted.stream().sorted().toList())));
            }
        }
    }

    static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json; charset=utf-8")
                    .result(LedeJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON for " + ctx.path(), e);
        }
    }

    static void error(Context ctx, int status, String message, String parameter) {
        json(ctx, status, new ApiError(status, message, parameter));
    }
}

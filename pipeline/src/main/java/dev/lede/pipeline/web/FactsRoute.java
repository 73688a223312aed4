package dev.lede.pipeline.web;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.lede.extract.fact.ArticleFacts;
import dev.lede.index.ArticleIndex;
import dev.lede.index.SearchHit;
import dev.lede.index.SearchQuery;
import dev.lede.index.SearchResults;
import dev.lede.model.Article;
import dev.lede.model.Fact;
import io.javalin.http.Context;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/facts}: the facts of the articles a search selects, one {@link Fact} per money amount,
 * person, company, organisation, table and typed table cell, as {@code lede export --facts} writes them.
 *
 * <p>Articles are selected with the search's own parameters ({@code q}, {@code company}, {@code person},
 * {@code lang}, {@code from}, {@code to}, {@code minAmount}) or one {@code article} id; facts are then kept
 * by {@code type} (repeatable or comma-separated) and {@code subject} (the company or person an amount is
 * about, or the entity itself). Paging is over facts: {@code limit} and {@code offset}, and
 * {@code nextOffset} is null on the last page. There is no total: counting it would mean reading every
 * matching article on every request; {@code lede export --facts} is the bulk path.
 */
final class FactsRoute {
    /** The answer: one page of facts. */
    @JsonPropertyOrder({"limit", "offset", "nextOffset", "results"})
    record FactsResponse(int limit, int offset, Integer nextOffset, List<Fact> results) {
    }

    private static final Set<String> OWN = Set.of("type", "subject", "article", "limit", "offset");
    /** Articles read per index page while collecting facts. */
    private static final int ARTICLES_PER_PAGE = 50;

    private final ArticleIndex index;
    private final ServerSettings settings;
    private final ApiRoutes api;

    FactsRoute(ArticleIndex index, ServerSettings settings, ApiRoutes api) {
        this.index = index;
        this.settings = settings;
        this.api = api;
    }

    void facts(Context ctx) throws IOException {
        Map<String, List<String>> all = ctx.queryParamMap();
        Map<String, List<String>> selection = new HashMap<>();
        for (Map.Entry<String, List<String>> e : all.entrySet()) {
            if (!OWN.contains(e.getKey())) {
                if (!SearchParams.NAMES.contains(e.getKey())) {
                    throw new InvalidParameterException(e.getKey(), "unknown parameter '" + e.getKey() + "'; accepted: "
                            + "article, company, from, lang, limit, minAmount, offset, person, q, subject, to, type");
                }
                selection.put(e.getKey(), e.getValue());
            }
        }
        SearchParams search = SearchParams.parse(selection, settings, true);
        Set<String> types = types(all.getOrDefault("type", List.of()));
        String subject = single(all, "subject");
        String articleId = single(all, "article");
        int limit = ApiRoutes.limit(single(all, "limit"), settings.maxLimit(), settings.maxLimit());
        int offset = offset(single(all, "offset"));

        List<Fact> page = new ArrayList<>();
        int[] skipped = {0};
        boolean[] more = {false};
        FactSink sink = fact -> {
            if (!types.isEmpty() && !types.contains(fact.type())) {
                return true;
            }
            if (subject != null && !subject.equalsIgnoreCase(fact.subject())
                    && !(isEntity(fact) && subject.equalsIgnoreCase(fact.value()))) {
                return true;
            }
            if (skipped[0] < offset) {
                skipped[0]++;
                return true;
            }
            if (page.size() == limit) {
                more[0] = true;
                return false;
            }
            page.add(fact);
            return true;
        };
        if (articleId != null) {
            if (!search.isBlank()) {
                throw new InvalidParameterException("article", "article selects one article; it does not combine with "
                        + "the search parameters");
            }
            feed(api.requireArticle(articleId), sink);
        } else {
            walk(search, sink);
        }
        ApiRoutes.json(ctx, 200, new FactsResponse(limit, offset, more[0] ? offset + limit : null, page));
    }

    /** Receives facts in order; false stops the walk. */
    private interface FactSink {
        boolean accept(Fact fact);
    }

    private void walk(SearchParams search, FactSink sink) throws IOException {
        for (int articleOffset = 0; articleOffset <= SearchQuery.MAX_OFFSET; articleOffset += ARTICLES_PER_PAGE) {
            SearchResults results = api.search(search.toQuery().withLimit(ARTICLES_PER_PAGE).withOffset(articleOffset));
            for (SearchHit hit : results.hits()) {
                Article article = index.get(hit.id()).orElse(null);
                if (article != null && !feed(article, sink)) {
                    return;
                }
            }
            if (articleOffset + ARTICLES_PER_PAGE >= results.total()) {
                return;
            }
        }
    }

    private static boolean feed(Article article, FactSink sink) {
        for (Fact fact : ArticleFacts.of(article)) {
            if (!sink.accept(fact)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isEntity(Fact f) {
        return Fact.PERSON.equals(f.type()) || Fact.COMPANY.equals(f.type()) || Fact.ORGANIZATION.equals(f.type());
    }

    private static Set<String> types(List<String> values) {
        Set<String> types = new LinkedHashSet<>();
        for (String value : values) {
            for (String t : value.split(",")) {
                String type = t.strip().toLowerCase(Locale.ROOT);
                if (type.isEmpty()) {
                    continue;
                }
                if (!Fact.TYPES.contains(type)) {
                    throw new InvalidParameterException("type", "type must be one of " + String.join(", ", Fact.TYPES)
                            + ", not '" + t.strip() + "'");
                }
                types.add(type);
            }
        }
        return types;
    }

    private int offset(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= 0 && n <= settings.maxOffset()) {
                return n;
            }
        } catch (NumberFormatException e) {
            // the message below says what is accepted
        }
        throw new InvalidParameterException("offset", "offset must be a whole number from 0 to " + settings.maxOffset());
    }

    private static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0).isBlank()) {
            return null;
        }
        if (values.size() > 1) {
            throw new InvalidParameterException(name, name + " is given " + values.size() + " times; give it once");
        }
        return values.get(0).strip();
    }
}

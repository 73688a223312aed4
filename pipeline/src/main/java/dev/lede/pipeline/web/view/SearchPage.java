package dev.lede.pipeline.web.view;

import dev.lede.index.FacetCount;
import dev.lede.index.SearchHit;
import dev.lede.index.SearchResults;
import dev.lede.pipeline.web.SearchParams;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The search page as the template draws it: results, facets, active filters and paging, every link
 * already built.
 *
 * @param chrome     the page frame
 * @param params     the search as asked
 * @param total      number of matching articles
 * @param hits       this page's results
 * @param facets     facet groups to narrow the search (company, person, language, month)
 * @param filters    the active filters, each with a link that removes it
 * @param minAmount  the "amount over" value as typed back into its field, or ""
 * @param amountForm the hidden fields the "amount over" form repeats, so submitting it keeps the rest
 * @param pager      paging links
 * @param latest     whether these are the latest articles rather than results of a search
 */
public record SearchPage(Chrome chrome, SearchParams params, long total, List<Hit> hits, List<FacetGroup> facets,
                         List<Link> filters, String minAmount, List<Field> amountForm, Pager pager, boolean latest) {

    /**
     * One result.
     *
     * @param moreNames how many of its companies and people are left out of {@code companies} and {@code people}
     */
    public record Hit(String href, String title, String date, String language, Snippet snippet,
                      List<Link> companies, List<Link> people, int moreNames) {
    }

    /** A facet: its label and values, each a link that applies or removes it. */
    public record FacetGroup(String key, String label, List<FacetValue> values) {
    }

    /** One facet value and how many results have it. */
    public record FacetValue(String label, long count, String href, boolean active) {
    }

    /** A link with its text. */
    public record Link(String text, String href) {
    }

    /** A hidden form field. */
    public record Field(String name, String value) {
    }

    /**
     * Paging.
     *
     * @param from     1-based number of the first result shown
     * @param to       number of the last result shown
     * @param prevHref the previous page, or null
     * @param nextHref the next page, or null
     */
    public record Pager(long from, long to, String prevHref, String nextHref) {
    }

    private static final int FACET_VALUES = 12;
    /** Names shown under a result: enough to recognise the story, few enough to scan a page of results. */
    private static final int HIT_COMPANIES = 6;
    private static final int HIT_PEOPLE = 4;

    /** Builds the page for {@code results} of the search {@code params}. */
    public static SearchPage of(Chrome chrome, SearchParams params, SearchResults results, int pageSize,
                                int maxOffset) {
        List<Hit> hits = new ArrayList<>();
        for (SearchHit h : results.hits()) {
            List<String> companies = firstNames(h.companies(), params.companies(), HIT_COMPANIES);
            List<String> people = firstNames(h.people(), params.people(), HIT_PEOPLE);
            int more = h.companies().size() + h.people().size() - companies.size() - people.size();
            hits.add(new Hit(SafeLinks.article(h.id()), h.title(), Display.date(h.publishedAt()),
                    Display.language(h.language()), Snippet.fromIndexHtml(h.snippet()),
                    links(companies, c -> href(params.withCompany(c), pageSize)),
                    links(people, p -> href(params.withPerson(p), pageSize)), more));
        }
        List<FacetGroup> facets = new ArrayList<>();
        Map<String, List<FacetCount>> f = results.facets() == null ? Map.of() : results.facets();
        facets.add(group("company", "Company", f, v -> v,
                v -> params.companies().contains(v),
                v -> params.companies().contains(v) ? params.withoutCompany(v) : params.withCompany(v), pageSize));
        facets.add(group("person", "Person", f, v -> v,
                v -> params.people().contains(v),
                v -> params.people().contains(v) ? params.withoutPerson(v) : params.withPerson(v), pageSize));
        facets.add(group("language", "Language", f, Display::language,
                v -> v.equals(params.language()),
                v -> params.withLanguage(v.equals(params.language()) ? null : v), pageSize));
        facets.add(group("month", "Month", f, Display::month,
                v -> v.equals(params.month()),
                v -> params.withMonth(v.equals(params.month()) ? null : v), pageSize));
        facets.removeIf(g -> g.values().isEmpty());

        List<Link> filters = new ArrayList<>();
        params.companies().forEach(c -> filters.add(new Link("Company: " + c, href(params.withoutCompany(c), pageSize))));
        params.people().forEach(p -> filters.add(new Link("Person: " + p, href(params.withoutPerson(p), pageSize))));
        if (params.language() != null) {
            filters.add(new Link("Language: " + Display.language(params.language()),
                    href(params.withLanguage(null), pageSize)));
        }
        if (params.from() != null || params.to() != null) {
            String month = params.month();
            String text = month != null ? Display.month(month)
                    : (params.from() == null ? "…" : Display.date(params.from())) + " – "
                    + (params.to() == null ? "…" : Display.date(params.to()));
            filters.add(new Link("Date: " + text, href(params.withMonth(null), pageSize)));
        }
        if (params.minAmount() != null) {
            filters.add(new Link("Amount over " + Display.amount(params.minAmount(), null),
                    href(params.withMinAmount(null), pageSize)));
        }

        List<Field> amountForm = new ArrayList<>();
        SearchParams rest = params.withMinAmount(null);
        if (!rest.q().isEmpty()) {
            amountForm.add(new Field("q", rest.q()));
        }
        rest.companies().forEach(c -> amountForm.add(new Field("company", c)));
        rest.people().forEach(p -> amountForm.add(new Field("person", p)));
        if (rest.language() != null) {
            amountForm.add(new Field("lang", rest.language()));
        }
        if (rest.from() != null) {
            amountForm.add(new Field("from", rest.from()));
        }
        if (rest.to() != null) {
            amountForm.add(new Field("to", rest.to()));
        }

        long total = results.total();
        int offset = params.offset();
        int limit = params.limit();
        String prev = offset > 0 ? href(params.atOffset(Math.max(0, offset - limit)), pageSize) : null;
        String next = offset + limit < total && offset + limit <= maxOffset
                ? href(params.atOffset(offset + limit), pageSize) : null;
        Pager pager = new Pager(hits.isEmpty() ? 0 : offset + 1L, offset + (long) hits.size(), prev, next);
        BigDecimal min = params.minAmount();
        return new SearchPage(chrome, params, total, hits, facets, filters, min == null ? "" : Display.plain(min),
                amountForm, pager, params.isBlank());
    }

    /** The page's URL for {@code params}. */
    public static String href(SearchParams params, int pageSize) {
        String query = params.toQueryString(pageSize);
        return query.isEmpty() ? "/" : "/?" + query;
    }

    /** Up to {@code max} names, those the search filters on first (so a result shows why it matched). */
    private static List<String> firstNames(List<String> names, List<String> filtered, int max) {
        List<String> ordered = new ArrayList<>();
        names.stream().filter(filtered::contains).forEach(ordered::add);
        names.stream().filter(n -> !filtered.contains(n)).forEach(ordered::add);
        return ordered.subList(0, Math.min(max, ordered.size()));
    }

    private static List<Link> links(List<String> names, Function<String, String> href) {
        return names == null ? List.of() : names.stream().map(n -> new Link(n, href.apply(n))).toList();
    }

    private static FacetGroup group(String key, String label, Map<String, List<FacetCount>> facets,
                                    Function<String, String> display, java.util.function.Predicate<String> active,
                                    Function<String, SearchParams> toggle, int pageSize) {
        List<FacetCount> counts = new ArrayList<>(facets.getOrDefault(key, List.of()));
        if (key.equals("month")) {
            counts.sort(java.util.Comparator.comparing(FacetCount::value).reversed()); // newest first reads best
        }
        List<FacetValue> values = new ArrayList<>();
        for (FacetCount c : counts) {
            if (values.size() == FACET_VALUES) {
                break;
            }
            if (c.value() == null || c.value().isBlank()) {
                continue;
            }
            SearchParams toggled;
            try {
                toggled = toggle.apply(c.value());
            } catch (RuntimeException e) {
                continue; // a value this page cannot filter on (say, a month that is not yyyy-MM)
            }
            values.add(new FacetValue(display.apply(c.value()), c.count(), href(toggled, pageSize),
                    active.test(c.value())));
        }
        return new FacetGroup(key, label, values);
    }
}

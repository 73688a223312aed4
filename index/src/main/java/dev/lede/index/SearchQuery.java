package dev.lede.index;

import java.math.BigDecimal;
import java.util.List;

/**
 * A search: free text plus filters, all optional. Filters of one kind combine with AND (two companies:
 * articles naming both), as facets narrow a search.
 *
 * <p>The text supports Lucene's simple query syntax: words (all must match, in any field, each in the
 * language analysis of the field), {@code "a phrase"}, {@code -excluded}, {@code a | b} for OR,
 * {@code prefix*}. Blank text with filters lists the filtered articles, newest first.
 *
 * @param text      the words to look for, or blank
 * @param companies canonical company names the article must name (case-insensitive)
 * @param people    canonical person names the article must name (case-insensitive)
 * @param language  the edition language (ISO 639-1), or null for any
 * @param from      first publication day, {@code yyyy-MM-dd} or {@code yyyy-MM} (its first day), or null
 * @param to        last publication day, {@code yyyy-MM-dd} or {@code yyyy-MM} (its last day), or null
 * @param minAmount the article mentions a money amount of at least this value (any currency), or null
 * @param limit     hits per page, 1 to {@value #MAX_LIMIT} (0 means the default {@value #DEFAULT_LIMIT};
 *                  larger values are capped)
 * @param offset    hits to skip, for paging (0 to {@value #MAX_OFFSET})
 */
public record SearchQuery(String text, List<String> companies, List<String> people, String language, String from,
                          String to, BigDecimal minAmount, int limit, int offset) {
    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 100;
    public static final int MAX_OFFSET = 10_000;
    /** Longer query text is refused: it would make a query of thousands of clauses. */
    public static final int MAX_TEXT_CHARS = 500;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        companies = companies == null ? List.of() : List.copyOf(companies.stream().filter(c -> c != null && !c.isBlank()).toList());
        people = people == null ? List.of() : List.copyOf(people.stream().filter(p -> p != null && !p.isBlank()).toList());
        language = language == null || language.isBlank() ? null : language.strip();
        from = from == null || from.isBlank() ? null : from.strip();
        to = to == null || to.isBlank() ? null : to.strip();
        if (text.length() > MAX_TEXT_CHARS) {
            throw new IllegalArgumentException("query text longer than " + MAX_TEXT_CHARS + " characters");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset must be between 0 and " + MAX_OFFSET + ": " + offset);
        }
        limit = limit == 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        if (from != null) {
            PublicationDates.lowerBound(from); // fails early on a bad date
        }
        if (to != null) {
            PublicationDates.upperBound(to);
        }
    }

    /** A plain text search, first page of {@value #DEFAULT_LIMIT} hits. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, List.of(), List.of(), null, null, null, null, DEFAULT_LIMIT, 0);
    }

    /** This query with another page size. */
    public SearchQuery withLimit(int newLimit) {
        return new SearchQuery(text, companies, people, language, from, to, minAmount, newLimit, offset);
    }

    /** This query from another offset. */
    public SearchQuery withOffset(int newOffset) {
        return new SearchQuery(text, companies, people, language, from, to, minAmount, limit, newOffset);
    }
}

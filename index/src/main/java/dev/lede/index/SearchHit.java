package dev.lede.index;

import java.util.List;

/**
 * One search result.
 *
 * @param id          the article id
 * @param url         the article URL
 * @param title       the headline (plain text: escape it where you show it)
 * @param publishedAt ISO-8601 publication date(-time), or null
 * @param language    the edition language
 * @param snippet     a passage of the article, HTML-escaped, with {@code <mark>}...{@code </mark>} around
 *                    the query's terms: safe to put into a page as it is
 * @param companies   the companies the article names (canonical names)
 * @param people      the people the article names (canonical names)
 * @param score       relevance (0 when the search had no text and lists newest first)
 */
public record SearchHit(String id, String url, String title, String publishedAt, String language, String snippet,
                        List<String> companies, List<String> people, float score) {
    public SearchHit {
        companies = companies == null ? List.of() : List.copyOf(companies);
        people = people == null ? List.of() : List.copyOf(people);
    }
}

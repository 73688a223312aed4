package dev.lede.model;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One news article as Lede knows it: where it came from, its text, and the facts extracted from it.
 *
 * <p>Offsets in {@link MoneyAmount}, {@link Mention} and {@link DataTable} refer to {@link #body()},
 * counted in UTF-16 code units (Java {@code String} indices), end exclusive.
 *
 * @param id            stable identifier derived from the canonical URL ({@link ArticleId})
 * @param url           the URL the page was fetched from ({@code file:} URL for local files)
 * @param canonicalUrl  the page's own canonical URL, or {@code url} when it declares none
 * @param fetchedAt     when Lede fetched or read the page
 * @param publishedAt   publication date-time as ISO-8601 (a date alone where no time is known), or null
 * @param modifiedAt    last modification date-time as ISO-8601, or null
 * @param language      the page's edition language (ISO 639-1), decided from title, summary and markup
 * @param title         the headline, without a site-name suffix
 * @param summary       the standfirst/dek/description, or empty
 * @param authors       bylines, names only
 * @param siteName      the publication's name, or null
 * @param body          plain text of the article body only; paragraphs separated by a blank line
 * @param sections      the body split at its headings
 * @param languages     share of body characters per detected language (ISO 639-1), largest first
 * @param money         money amounts found in the body
 * @param people        people mentioned
 * @param companies     companies mentioned
 * @param organizations other named organisations (governments, universities, teams, media, ...)
 * @param tables        data tables in the body (markdown pipe tables and HTML tables)
 * @param furtherReading the page's own "Further Reading" list
 * @param faq           the page's FAQ block, kept out of the body
 * @param topics        the page's topics / tags / "Related topics"
 * @param contentHash   SHA-256 (hex) over title, summary and body: equal hashes mean nothing to re-index
 */
@JsonPropertyOrder({"id", "url", "canonicalUrl", "fetchedAt", "publishedAt", "modifiedAt", "language",
        "title", "summary", "authors", "siteName", "body", "sections", "languages", "money", "people",
        "companies", "organizations", "tables", "furtherReading", "faq", "topics", "contentHash"})
public record Article(
        String id,
        String url,
        String canonicalUrl,
        Instant fetchedAt,
        String publishedAt,
        String modifiedAt,
        String language,
        String title,
        String summary,
        List<String> authors,
        String siteName,
        String body,
        List<Section> sections,
        Map<String, Double> languages,
        List<MoneyAmount> money,
        List<Entity> people,
        List<Entity> companies,
        List<Entity> organizations,
        List<DataTable> tables,
        List<FurtherReading> furtherReading,
        List<FaqEntry> faq,
        List<String> topics,
        String contentHash) {

    public Article {
        authors = copy(authors);
        sections = copy(sections);
        languages = languages == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(languages));
        money = copy(money);
        people = copy(people);
        companies = copy(companies);
        organizations = copy(organizations);
        tables = copy(tables);
        furtherReading = copy(furtherReading);
        faq = copy(faq);
        topics = copy(topics);
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}

package dev.lede.pipeline.ingest;

import java.util.List;

/**
 * One line of an ingest file: an article as another system (a CMS) has it.
 *
 * @param id          the article's id in Lede; optional, derived from {@code url} when absent
 * @param url         the article's URL (required)
 * @param title       the headline (required)
 * @param body        the article text, paragraphs separated by blank lines (required)
 * @param language    the edition language (ISO 639-1); optional, detected when absent
 * @param publishedAt ISO-8601 publication date, date-time or month ("2015-11", as Lede's extraction gives a page
 *                    that states only a month); optional
 * @param summary     the standfirst; optional
 * @param topics      tags; optional
 * @param authors     bylines; optional
 */
public record IngestRecord(String id, String url, String title, String body, String language, String publishedAt,
                           String summary, List<String> topics, List<String> authors) {
    public IngestRecord {
        topics = topics == null ? List.of() : List.copyOf(topics);
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    /** Why this record cannot be indexed, or null when it can. */
    String problem() {
        if (url == null || url.isBlank()) {
            return "missing \"url\"";
        }
        if (title == null || title.isBlank()) {
            return "missing \"title\"";
        }
        if (body == null || body.isBlank()) {
            return "missing \"body\"";
        }
        if (publishedAt != null && !publishedAt.isBlank()
                && !publishedAt.matches("\\d{4}-\\d{2}(-\\d{2}([T ][0-9:.]+(Z|[+-]\\d{2}:?\\d{2})?)?)?")) {
            return "\"publishedAt\" is not an ISO-8601 date: " + publishedAt;
        }
        if (language != null && !language.isBlank() && !language.matches("[A-Za-z]{2}")) {
            return "\"language\" is not an ISO 639-1 code: " + language;
        }
        return null;
    }
}

package dev.lede.extract.html;

import dev.lede.model.DataTable;
import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import dev.lede.model.Section;

import java.util.List;

/**
 * What the HTML stage finds on a page, before language, money, tables and entities are looked at.
 *
 * @param url              the URL the page was read from
 * @param canonicalUrl     the page's canonical URL (link rel=canonical, og:url), or {@code url}
 * @param title            headline without the site-name suffix
 * @param summary          dek / description, or empty
 * @param authors          byline names
 * @param publishedAt      ISO-8601 publication date(-time) or null
 * @param modifiedAt       ISO-8601 modification date(-time) or null
 * @param siteName         publication name or null
 * @param section          the site's section of the article or null
 * @param topics           tags, keywords, "Related topics"
 * @param declaredLanguage the edition language the markup declares (html lang, og:locale, hreflang), ISO 639-1, or null
 * @param body             the article body as plain text, paragraphs separated by a blank line
 * @param sections         the body split at its headings ({@link Section#language()} still null)
 * @param tables           HTML tables of the body ({@code source} "html")
 * @param furtherReading   the page's Further Reading list
 * @param faq              the page's FAQ block
 * @param failure          why no article body was found (not an article, empty page), or null
 */
public record PageExtraction(String url, String canonicalUrl, String title, String summary, List<String> authors,
                             String publishedAt, String modifiedAt, String siteName, String section,
                             List<String> topics, String declaredLanguage, String body, List<Section> sections,
                             List<DataTable> tables, List<FurtherReading> furtherReading, List<FaqEntry> faq,
                             String failure) {
    public PageExtraction {
        title = title == null ? "" : title;
        summary = summary == null ? "" : summary;
        body = body == null ? "" : body;
        authors = authors == null ? List.of() : List.copyOf(authors);
        topics = topics == null ? List.of() : List.copyOf(topics);
        sections = sections == null ? List.of() : List.copyOf(sections);
        tables = tables == null ? List.of() : List.copyOf(tables);
        furtherReading = furtherReading == null ? List.of() : List.copyOf(furtherReading);
        faq = faq == null ? List.of() : List.copyOf(faq);
    }

    /**
     * A plain-text article: the text is the body, verbatim, so that every offset refers to it.
     * The first non-blank line also serves as the title.
     */
    public static PageExtraction ofPlainText(String text, String url) {
        String title = text.strip().lines().findFirst().orElse("").strip();
        return new PageExtraction(url, url, title, "", List.of(), null, null, null, null, List.of(), null,
                text, List.of(new Section("", null, text, 0, text.length())), List.of(), List.of(), List.of(),
                text.isBlank() ? "empty text" : null);
    }
}

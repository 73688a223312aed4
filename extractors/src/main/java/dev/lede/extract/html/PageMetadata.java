package dev.lede.extract.html;

import java.util.List;

/**
 * What the markup of a page says about its article, before the body is looked at.
 *
 * @param title            headline without the site-name suffix
 * @param summary          description / dek, or empty
 * @param authors          names only
 * @param publishedAt      ISO-8601 or null
 * @param modifiedAt       ISO-8601 or null
 * @param canonicalUrl     absolute canonical URL or null
 * @param siteName         publication name or null
 * @param section          the site's section or null
 * @param tags             tags and keywords
 * @param declaredLanguage ISO 639-1 from html lang, og:locale, content-language or hreflang, or null
 */
record PageMetadata(String title, String summary, List<String> authors, String publishedAt, String modifiedAt,
                    String canonicalUrl, String siteName, String section, List<String> tags,
                    String declaredLanguage) {
}

package dev.lede.extract.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Finds the article on a news page: its body and nothing else, and the metadata a newsroom relies on.
 * Thread-safe and stateless.
 */
public final class HtmlArticleExtractor {

    /** Parses {@code html} (as read from {@code url}) and extracts the article. Never throws on bad input. */
    public PageExtraction extract(String html, String url) {
        return extract(Jsoup.parse(html, url), url);
    }

    /** Extracts the article from an already parsed document. */
    public PageExtraction extract(Document document, String url) {
        // TODO(html-extraction helper): generic boilerplate removal and metadata
        String body = document.body() == null ? "" : document.body().text();
        return new PageExtraction(url, url, document.title(), "", null, null, null, null, null, null, null,
                body, null, null, null, null, body.isBlank() ? "no text" : null);
    }
}

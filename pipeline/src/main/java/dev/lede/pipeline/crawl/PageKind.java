package dev.lede.pipeline.crawl;

import java.util.Locale;

/** What a fetched URL turned out to be; decides how often it is fetched again and whether it is indexed. */
public enum PageKind {
    /** A page that is mostly links to articles (archive, section front, tag page): fetched every run. */
    LISTING,
    /** A page with an article body: indexed, fetched again after {@code recrawlAfter}. */
    ARTICLE,
    /** A sitemap or feed: read for its URLs, fetched every run. */
    SITEMAP,
    /** Neither (an about page, a search form): links followed, nothing indexed. */
    OTHER,
    /** Not fetched yet. */
    UNKNOWN;

    /** The name used in the ledger and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PageKind of(String code) {
        return code == null ? UNKNOWN : valueOf(code.toUpperCase(Locale.ROOT));
    }
}

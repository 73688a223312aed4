package dev.lede.pipeline.crawl;

import java.util.Locale;

/** Where a URL stands in the ledger. */
public enum UrlState {
    /** Discovered, not fetched yet (or its run was interrupted before it was recorded). */
    PENDING,
    /** Fetched and handled; fetched again at its next fetch time. */
    FETCHED,
    /** Failed for a reason that may pass (timeout, 5xx, 429); retried with backoff. */
    RETRY,
    /** Failed for good (404, 410, too large, binary, redirect loop); checked again only much later. */
    FAILED,
    /** Not fetched by choice (robots.txt, a redirect out of scope, not a web page). */
    SKIPPED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static UrlState of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}

package dev.lede.pipeline.crawl;

/**
 * Why a URL was not turned into a page, as the ledger, the log and the run report name it.
 * The {@link #code()} strings are part of the run report's JSON and never change.
 */
public enum FailureReason {
    TIMEOUT("timeout", true),
    CONNECTION("connection", true),
    UNKNOWN_HOST("unknown-host", true),
    TRUNCATED("truncated", true),
    SERVER_ERROR("server-error", true),
    RATE_LIMITED("rate-limited", true),
    NOT_FOUND("not-found", false),
    GONE("gone", false),
    CLIENT_ERROR("client-error", false),
    TOO_LARGE("too-large", false),
    BINARY("binary-content", false),
    NOT_HTML("not-html", false),
    REDIRECT_LOOP("redirect-loop", false),
    REDIRECT_OUT_OF_SCOPE("redirect-out-of-scope", false),
    PRIVATE_ADDRESS("private-address", false),
    ROBOTS("robots", false),
    BAD_URL("bad-url", false),
    UNREADABLE("unreadable", false),
    EXTRACTION("extraction", false);

    private final String code;
    private final boolean transientFailure;

    FailureReason(String code, boolean transientFailure) {
        this.code = code;
        this.transientFailure = transientFailure;
    }

    /** The reason's name in logs, the ledger and the run report. */
    public String code() {
        return code;
    }

    /** Whether trying again later may succeed (timeouts, 5xx, 429); otherwise the URL is parked for long. */
    public boolean isTransient() {
        return transientFailure;
    }

    /**
     * Whether this is a skip rather than a failure: the crawler chose not to fetch (robots.txt, a redirect
     * leaving the scope, a link to something that is not a page), and the operator has nothing to fix.
     */
    public boolean isSkip() {
        return this == ROBOTS || this == REDIRECT_OUT_OF_SCOPE || this == NOT_HTML;
    }

    /** The reason for an HTTP error status. */
    public static FailureReason forStatus(int status) {
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status == 410) {
            return GONE;
        }
        if (status == 429) {
            return RATE_LIMITED;
        }
        if (status == 408 || status >= 500) {
            return status == 408 ? TIMEOUT : SERVER_ERROR;
        }
        return CLIENT_ERROR;
    }
}

package dev.lede.pipeline.crawl;

import java.time.Instant;

/**
 * What the ledger knows about one URL.
 *
 * @param url          the normalised URL (the key)
 * @param kind         what it turned out to be
 * @param state        where it stands
 * @param depth        link hops from a seed when it was first found
 * @param httpStatus   HTTP status of the last fetch (0 for files and failures before a response)
 * @param etag         the last ETag validator, or null
 * @param lastModified the last Last-Modified validator, or null
 * @param contentHash  SHA-256 (hex) of the last body fetched, or null
 * @param articleId    the id of the article indexed from it, or null
 * @param attempts     failed runs in a row (0 after a success)
 * @param failure      the reason of the last failure, or null
 * @param lastError    the detail of the last failure, or null
 * @param firstSeen    when it was first discovered
 * @param lastFetched  when it was last fetched, or null
 * @param nextFetch    when it is due again
 */
public record LedgerEntry(String url, PageKind kind, UrlState state, int depth, int httpStatus, String etag,
                          String lastModified, String contentHash, String articleId, int attempts,
                          FailureReason failure, String lastError, Instant firstSeen, Instant lastFetched,
                          Instant nextFetch) {

    /** A URL just discovered. */
    public static LedgerEntry discovered(String url, int depth, Instant now) {
        return new LedgerEntry(url, PageKind.UNKNOWN, UrlState.PENDING, depth, 0, null, null, null, null, 0,
                null, null, now, null, now);
    }
}

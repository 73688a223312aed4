package dev.lede.pipeline.crawl;

import java.time.Duration;

/**
 * What one fetch of a URL gave: a body, "not modified", or a failure with its reason.
 *
 * @param requestedUrl the URL asked for
 * @param finalUrl     the URL the body came from, after redirects
 * @param status       HTTP status of the last response (0 for {@code file:} URLs and failures before a response)
 * @param body         the raw body bytes, decompressed (empty unless {@link #ok()})
 * @param contentType  the Content-Type header, or null
 * @param etag         the ETag validator, or null
 * @param lastModified the Last-Modified validator, or null
 * @param retryAfter   the server's Retry-After, or null
 * @param failure      why there is no body, or null
 * @param error        a human-readable detail of the failure, or null
 */
public record FetchResult(String requestedUrl, String finalUrl, int status, byte[] body, String contentType,
                          String etag, String lastModified, Duration retryAfter, FailureReason failure,
                          String error) {

    public static FetchResult failed(String url, int status, FailureReason reason, String error) {
        return new FetchResult(url, url, status, new byte[0], null, null, null, null, reason, error);
    }

    public FetchResult withRetryAfter(Duration wait) {
        return new FetchResult(requestedUrl, finalUrl, status, body, contentType, etag, lastModified, wait,
                failure, error);
    }

    public FetchResult withFinalUrl(String url) {
        return new FetchResult(requestedUrl, url, status, body, contentType, etag, lastModified, retryAfter,
                failure, error);
    }

    public FetchResult withRequestedUrl(String url) {
        return new FetchResult(url, finalUrl, status, body, contentType, etag, lastModified, retryAfter,
                failure, error);
    }

    /** A 304 Not Modified: the copy Lede has is current. */
    public boolean notModified() {
        return failure == null && status == 304;
    }

    /** A body to work with. */
    public boolean ok() {
        return failure == null && status != 304;
    }
}

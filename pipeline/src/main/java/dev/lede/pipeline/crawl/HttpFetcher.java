package dev.lede.pipeline.crawl;

import org.jsoup.Connection;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Fetches http(s) URLs with jsoup's {@link Connection}, one session per run (kept-alive connections):
 * one total timeout per request (connect, headers and body), gzip and deflate decoded by jsoup, a cap on the body size, conditional requests, and
 * redirects followed here, hop by hop, so that every hop passes the {@link AddressGuard}, the loop
 * check and the caller's scope and robots.txt check before anything is sent to it.
 */
public final class HttpFetcher implements PageFetcher {
    private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.5";

    private final Connection session;
    private final int maxBodyBytes;
    private final int maxRedirects;
    private final AddressGuard guard;
    private final UrlNormalizer normalizer = new UrlNormalizer();

    public HttpFetcher(String userAgent, Duration timeout, int maxBodyBytes, int maxRedirects, AddressGuard guard) {
        this.maxBodyBytes = maxBodyBytes;
        // one session for the run: its requests share one HTTP client, so connections are kept alive
        this.session = Jsoup.newSession()
                .userAgent(userAgent)
                .header("Accept", ACCEPT)
                .timeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .maxBodySize(maxBodyBytes + 1)
                .followRedirects(false)
                .ignoreHttpErrors(true)
                .ignoreContentType(true);
        this.maxRedirects = maxRedirects;
        this.guard = guard;
    }

    @Override
    public FetchResult fetch(String url, Validators validators, HopCheck hopCheck) {
        Set<String> chain = new LinkedHashSet<>();
        String current = url;
        for (int hop = 0; ; hop++) {
            if (!chain.add(current)) {
                return FetchResult.failed(url, 0, FailureReason.REDIRECT_LOOP,
                        "redirect loop: " + String.join(" -> ", chain) + " -> " + current).withFinalUrl(current);
            }
            if (hop > maxRedirects) {
                return FetchResult.failed(url, 0, FailureReason.REDIRECT_LOOP,
                        "more than " + maxRedirects + " redirects").withFinalUrl(current);
            }
            if (hop > 0) {
                Optional<Refusal> refused = hopCheck.refusal(current);
                if (refused.isPresent()) {
                    return FetchResult.failed(url, 0, refused.get().reason(),
                            "redirected to " + current + ": " + refused.get().detail()).withFinalUrl(current);
                }
            }
            Hop step = fetchOnce(current, hop == 0 ? validators : Validators.NONE);
            if (step.redirectTo() == null) {
                return step.result().withRequestedUrl(url);
            }
            current = step.redirectTo();
        }
    }

    /** One request's outcome: a result, or the target of a redirect to follow. */
    private record Hop(FetchResult result, String redirectTo) {
        static Hop done(FetchResult result) {
            return new Hop(result, null);
        }
    }

    private Hop fetchOnce(String url, Validators validators) {
        try {
            String host = URI.create(url).getHost();
            Optional<String> refused = guard.refusal(host);
            if (refused.isPresent()) {
                return Hop.done(FetchResult.failed(url, 0, FailureReason.PRIVATE_ADDRESS, refused.get()));
            }
        } catch (UnknownHostException e) {
            return Hop.done(FetchResult.failed(url, 0, FailureReason.UNKNOWN_HOST, "unknown host: " + e.getMessage()));
        } catch (IllegalArgumentException e) {
            return Hop.done(FetchResult.failed(url, 0, FailureReason.BAD_URL, "malformed URL: " + e.getMessage()));
        }
        Connection connection = session.newRequest(url);
        if (validators != null && validators.etag() != null) {
            connection.header("If-None-Match", validators.etag());
        }
        if (validators != null && validators.lastModified() != null) {
            connection.header("If-Modified-Since", validators.lastModified());
        }
        Connection.Response response;
        try {
            response = connection.execute();
        } catch (IOException | UncheckedIOException e) {
            return Hop.done(failure(url, e));
        } catch (IllegalArgumentException e) {
            return Hop.done(FetchResult.failed(url, 0, FailureReason.BAD_URL, "malformed URL: " + e.getMessage()));
        }
        int status = response.statusCode();
        if (status >= 300 && status < 400 && status != 304 && response.header("Location") != null) {
            Optional<String> target = normalizer.resolve(url, response.header("Location"));
            if (target.isEmpty()) {
                return Hop.done(FetchResult.failed(url, status, FailureReason.BAD_URL,
                        "redirect to an unusable URL: " + response.header("Location")));
            }
            return new Hop(null, target.get());
        }
        String etag = response.header("ETag");
        String lastModified = response.header("Last-Modified");
        if (status == 304) {
            return Hop.done(new FetchResult(url, url, status, new byte[0], response.contentType(), etag, lastModified,
                    null, null, null));
        }
        if (status >= 400 || status < 200) {
            FailureReason reason = FailureReason.forStatus(status);
            FetchResult failed = FetchResult.failed(url, status, reason, "HTTP " + status
                    + (response.statusMessage() == null ? "" : " " + response.statusMessage()));
            Duration retryAfter = retryAfter(response.header("Retry-After"));
            return Hop.done(retryAfter == null ? failed : failed.withRetryAfter(retryAfter));
        }
        long declaredLength = contentLength(response);
        if (declaredLength > maxBodyBytes) {
            return Hop.done(FetchResult.failed(url, status, FailureReason.TOO_LARGE,
                    "body of " + declaredLength + " bytes is over the cap of " + maxBodyBytes));
        }
        byte[] body;
        try {
            response.readFully();
            body = response.bodyAsBytes();
        } catch (IOException | UncheckedIOException e) {
            FetchResult failed = failure(url, e);
            return Hop.done(failed.failure() == FailureReason.CONNECTION
                    ? FetchResult.failed(url, status, FailureReason.TRUNCATED, "body cut off: " + failed.error())
                    : failed);
        }
        if (body.length > maxBodyBytes) {
            return Hop.done(FetchResult.failed(url, status, FailureReason.TOO_LARGE,
                    "body is over the cap of " + maxBodyBytes + " bytes"));
        }
        boolean encoded = response.header("Content-Encoding") != null
                && !"identity".equalsIgnoreCase(response.header("Content-Encoding").strip());
        if (declaredLength >= 0 && !encoded && body.length < declaredLength) {
            return Hop.done(FetchResult.failed(url, status, FailureReason.TRUNCATED,
                    "body cut off after " + body.length + " of " + declaredLength + " bytes"));
        }
        return Hop.done(new FetchResult(url, url, status, body, response.contentType(), etag, lastModified, null, null, null));
    }

    private static long contentLength(Connection.Response response) {
        String value = response.header("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static FetchResult failure(String url, Exception e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException) {
            return FetchResult.failed(url, 0, FailureReason.TIMEOUT, "timed out: " + message);
        }
        if (cause instanceof UnknownHostException) {
            return FetchResult.failed(url, 0, FailureReason.UNKNOWN_HOST, "unknown host: " + message);
        }
        if (cause instanceof MalformedURLException) {
            return FetchResult.failed(url, 0, FailureReason.BAD_URL, "malformed URL: " + message);
        }
        if (cause instanceof ConnectException) {
            return FetchResult.failed(url, 0, FailureReason.CONNECTION, "connection refused: " + message);
        }
        return FetchResult.failed(url, 0, FailureReason.CONNECTION, cause.getClass().getSimpleName() + ": " + message);
    }

    /** Retry-After as seconds or as an HTTP date (RFC 9110 §10.2.3); null when absent or unreadable. */
    static Duration retryAfter(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(v)));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(Instant.now(), at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }
}

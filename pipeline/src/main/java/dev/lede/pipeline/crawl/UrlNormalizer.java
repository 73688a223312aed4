package dev.lede.pipeline.crawl;

import crawlercommons.filters.basic.BasicURLNormalizer;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per page, so that the ledger and the frontier see {@code HTTP://Site.com:80/a/../b#top}
 * and {@code http://site.com/b} as the same URL.
 *
 * <p>http(s) URLs go through crawler-commons' {@link BasicURLNormalizer} (case, default ports, dot
 * segments, percent-encoding, sorted query, no fragment) and lose common tracking parameters;
 * {@code file:} URLs become the absolute, normalised path's URI. Other schemes are not crawlable.
 */
public final class UrlNormalizer {
    /** Query parameters that only track where a click came from; the page is the same without them. */
    static final List<String> TRACKING_PARAMETERS = List.of("utm_source", "utm_medium", "utm_campaign",
            "utm_term", "utm_content", "utm_id", "fbclid", "gclid", "mc_cid", "mc_eid");

    private final BasicURLNormalizer http = BasicURLNormalizer.newBuilder()
            .queryParamsToRemove(TRACKING_PARAMETERS).build();

    /** The normalised form of an absolute URL, or empty when it is malformed or not http(s)/file. */
    public Optional<String> normalize(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        if (lower.startsWith("file:")) {
            return normalizeFile(u);
        }
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return Optional.empty();
        }
        String normalized = http.filter(u);
        if (normalized == null) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(normalized);
            return uri.getHost() == null ? Optional.empty() : Optional.of(normalized);
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /**
     * Resolves {@code href} against {@code base} and normalises the result. A query-only reference
     * ({@code ?page=2}) keeps the base's file name, as RFC 3986 and browsers have it (the JDK's resolvers
     * follow RFC 2396 and drop it).
     */
    public Optional<String> resolve(String base, String href) {
        try {
            URI baseUri = URI.create(base);
            String ref = href.strip().replace(" ", "%20");
            if (ref.startsWith("?") && baseUri.getRawPath() != null) {
                ref = baseUri.getRawPath() + ref;
            }
            return normalize(baseUri.resolve(ref).toString());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> normalizeFile(String u) {
        try {
            int hash = u.indexOf('#');
            URI uri = new URI(hash >= 0 ? u.substring(0, hash) : u);
            return Optional.of(Path.of(uri).toAbsolutePath().normalize().toUri().toString());
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** The {@code file:} URL of a local path. */
    public static String fileUrl(Path path) {
        try {
            return path.toAbsolutePath().normalize().toUri().toString();
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("not a usable path: " + path, e);
        }
    }
}

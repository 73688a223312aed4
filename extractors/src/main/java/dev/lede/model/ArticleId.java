package dev.lede.model;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Derives an article's stable id from its canonical URL, so that re-crawling or re-ingesting the same
 * article always lands on the same index document.
 */
public final class ArticleId {
    private ArticleId() {
    }

    /** 16 hex digits of SHA-256 over the normalised URL (scheme and host lower-cased, fragment dropped). */
    public static String of(String canonicalUrl) {
        return sha256Hex(normalise(canonicalUrl)).substring(0, 16);
    }

    static String normalise(String url) {
        String u = url.strip();
        try {
            URI uri = new URI(u);
            String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            if (("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443)) {
                port = -1;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return new URI(scheme, uri.getRawUserInfo(), host, port, path, null, null).toString()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (Exception e) {
            int hash = u.indexOf('#');
            return hash >= 0 ? u.substring(0, hash) : u;
        }
    }

    /** Lower-case hex SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}

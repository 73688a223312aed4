package dev.lede.pipeline.web.view;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Links built from article data. Escaping makes a URL safe inside an attribute, but not safe to follow:
 * {@code javascript:} and {@code data:} links run in the page's origin when clicked. Only http(s) URLs
 * from articles become links; anything else is shown as text.
 */
public final class SafeLinks {
    private SafeLinks() {
    }

    /** {@code url} when it is an absolute http or https URL, else null (render no link). */
    public static String external(String url) {
        if (url == null || url.isBlank() || url.length() > 4096) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toASCIIString() : null;
        } catch (Exception e) {
            return null;
        }
    }

    /** The page of the article with this id. */
    public static String article(String id) {
        return "/articles/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }
}

package dev.lede.pipeline.crawl;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Which URLs a run may fetch: by default the seeds' own hosts (any scheme, same port) and, for local
 * files, the seeds' directories; narrowed by include and exclude patterns; never links to things that
 * are not pages (images, scripts, archives), which would only cost the site a request.
 */
public final class CrawlScope {
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "\\.(?:jpe?g|png|gif|webp|avif|svg|ico|bmp|tiff?|css|js|mjs|json|woff2?|ttf|otf|eot|mp[34]|m4a|"
                    + "ogg|wav|webm|mov|avi|zip|gz|tgz|bz2|xz|7z|rar|tar|exe|dmg|apk|iso|pdf|docx?|xlsx?|pptx?|odt)$",
            Pattern.CASE_INSENSITIVE);

    private final Set<String> authorities;
    private final List<String> directories;
    private final List<Pattern> include;
    private final List<Pattern> exclude;

    private CrawlScope(Set<String> authorities, List<String> directories, List<Pattern> include,
                       List<Pattern> exclude) {
        this.authorities = authorities;
        this.directories = directories;
        this.include = include;
        this.exclude = exclude;
    }

    /**
     * The scope of a run from its (normalised) seeds.
     *
     * @throws IllegalArgumentException when a pattern is not a valid regular expression
     */
    public static CrawlScope of(List<String> seeds, List<String> include, List<String> exclude) {
        Set<String> authorities = new LinkedHashSet<>();
        List<String> directories = new ArrayList<>();
        for (String seed : seeds) {
            URI uri = URI.create(seed);
            if ("file".equalsIgnoreCase(uri.getScheme())) {
                directories.add(seed.endsWith("/") ? seed : seed.substring(0, seed.lastIndexOf('/') + 1));
            } else {
                authorities.add(authority(uri));
            }
        }
        return new CrawlScope(authorities, directories, compile(include), compile(exclude));
    }

    private static List<Pattern> compile(List<String> patterns) {
        List<Pattern> out = new ArrayList<>();
        for (String p : patterns) {
            try {
                out.add(Pattern.compile(p));
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException("not a valid URL pattern: " + p + " (" + e.getDescription() + ")", e);
            }
        }
        return List.copyOf(out);
    }

    /** Why {@code url} (normalised) is out of scope, or empty when it is in. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed URL");
        }
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            if (directories.stream().noneMatch(url::startsWith)) {
                return Optional.of("outside the seed directories");
            }
        } else if (!authorities.contains(authority(uri))) {
            return Optional.of("another host (" + uri.getHost() + ")");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (NOT_A_PAGE.matcher(path).find()) {
            return Optional.of("not a page (by its extension)");
        }
        if (!include.isEmpty() && include.stream().noneMatch(p -> p.matcher(url).find())) {
            return Optional.of("matches no --include pattern");
        }
        for (Pattern p : exclude) {
            if (p.matcher(url).find()) {
                return Optional.of("matches --exclude " + p.pattern());
            }
        }
        return Optional.empty();
    }

    public boolean contains(String url) {
        return refusal(url).isEmpty();
    }

    /** Host and port, without scheme: an http to https move stays in scope. */
    private static String authority(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (port == -1 || (port == 80 && scheme.equals("http")) || (port == 443 && scheme.equals("https"))) {
            return host;
        }
        return host + ":" + port;
    }
}

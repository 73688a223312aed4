package dev.lede.pipeline.crawl;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The links of a page, normalised, each marked as pagination or not.
 *
 * <p>Pagination is recognised the generic way: {@code rel="next"/"prev"}, link texts such as "Next",
 * "Older", "Volgende", "»", page numbers inside an element whose class, id or label speaks of
 * pagination, and URLs with a page number ({@code ?page=2}, {@code /page/2}, {@code page-2.html}).
 * Following pagination keeps a link at its listing's depth; every other link is one hop further.
 */
public final class LinkExtractor {
    private static final Set<String> PAGER_WORDS = Set.of("next", "previous", "prev", "older", "newer",
            "next page", "previous page", "older posts", "newer posts", "older articles", "newer articles",
            "volgende", "vorige", "oudere", "nieuwere", "volgende pagina", "vorige pagina", "oudere berichten",
            "nieuwere berichten", "oudere artikelen", "nieuwere artikelen", "»", "«", "›", "‹", "→", "←", ">", "<");
    private static final Pattern PAGER_CONTAINER = Pattern.compile(
            "paginat|paginer|pager|paging|page-?nav|page-?numbers|\\bpages\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PAGE_URL = Pattern.compile(
            "(?:[?&](?:page|p|pagina|pg)=\\d+)|(?:/(?:page|pagina|p)/\\d+/?$)|(?:[/_-](?:page|pagina)[-_]?\\d+(?:\\.html?)?$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    /**
     * One link of a page.
     *
     * @param url        the normalised absolute URL
     * @param pagination whether it leads to another page of the same listing
     */
    public record Link(String url, boolean pagination) {
    }

    private final UrlNormalizer normalizer;

    public LinkExtractor(UrlNormalizer normalizer) {
        this.normalizer = normalizer;
    }

    /** The distinct crawlable links of {@code doc}, in document order (pagination wins on duplicates). */
    public List<Link> links(Document doc) {
        Map<String, Boolean> found = new LinkedHashMap<>();
        for (Element e : doc.select("a[href], area[href], link[href][rel~=(?i)^(next|prev|previous)$]")) {
            String href = e.attr("href");
            if (href.isBlank() || href.startsWith("#")) {
                continue;
            }
            Optional<String> url = normalizer.resolve(doc.location(), href);
            if (url.isEmpty()) {
                continue;
            }
            boolean pagination = isPagination(e, url.get());
            found.merge(url.get(), pagination, Boolean::logicalOr);
        }
        List<Link> links = new ArrayList<>(found.size());
        found.forEach((url, pagination) -> links.add(new Link(url, pagination)));
        return links;
    }

    /** Whether {@code <meta name="robots">} asks crawlers not to follow the page's links. */
    public static boolean noFollow(Document doc) {
        return metaRobots(doc).matches(".*\\b(nofollow|none)\\b.*");
    }

    /** Whether {@code <meta name="robots">} asks crawlers not to index the page. */
    public static boolean noIndex(Document doc) {
        return metaRobots(doc).matches(".*\\b(noindex|none)\\b.*");
    }

    private static String metaRobots(Document doc) {
        StringBuilder sb = new StringBuilder();
        for (Element meta : doc.select("meta[name~=(?i)^(robots|ledebot)$]")) {
            sb.append(meta.attr("content").toLowerCase(Locale.ROOT)).append(' ');
        }
        return sb.toString();
    }

    private static boolean isPagination(Element link, String url) {
        String rel = link.attr("rel").toLowerCase(Locale.ROOT);
        if (rel.matches(".*\\b(next|prev|previous)\\b.*")) {
            return true;
        }
        String text = link.text().strip().toLowerCase(Locale.ROOT);
        if (PAGER_WORDS.contains(text) || PAGER_WORDS.contains(text.replaceAll("[\\s»«›‹→←]+", " ").strip())) {
            return true;
        }
        if (PAGE_URL.matcher(url).find()) {
            return true;
        }
        if (NUMBER.matcher(text).matches()) {
            for (Element p = link.parent(); p != null && p.tagName() != null && !p.tagName().equals("body"); p = p.parent()) {
                String marks = p.className() + " " + p.id() + " " + p.attr("aria-label") + " " + p.attr("role");
                if (PAGER_CONTAINER.matcher(marks).find()) {
                    return true;
                }
            }
        }
        return false;
    }
}

package dev.lede.extract.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an element's tag, ARIA role, class and id say about it: page chrome (navigation, share bars, comments,
 * related-article lists, cookie and newsletter boxes) or article content. These are the names that sites of
 * every CMS use for the same things, not the selectors of one site.
 */
final class BoilerplateHints {
    /** Elements that hold chrome, whatever their class says. */
    private static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu", "dialog");
    private static final Set<String> CHROME_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "search", "dialog", "alertdialog", "menu", "menubar", "toolbar", "tablist");
    /** Names that mean chrome wherever they appear: comments, share bars, related lists, sidebars, footers. */
    private static final NameWords STRONG_CHROME_NAMES = new NameWords(false,
            "comment", "disqus", "respond", "replies", "share", "sharing", "social", "related", "recommend",
            "newsletter", "subscri", "signup", "sign-up", "cookie", "consent", "gdpr", "breadcrumb", "sidebar",
            "side-bar", "navbar", "navigation", "footer", "outbrain", "taboola", "author-bio", "authorbio",
            "author-box", "about-the-author", "paywall", "nextpost", "next-post", "prev-post", "previous-post",
            "post-nav", "nav-links", "more-stories", "most-read", "trending", "popular-posts");
    /** Strong chrome names that are whole words only. */
    private static final NameWords STRONG_CHROME_WORDS = new NameWords(true, "lang-note", "language-note");
    /**
     * Names that usually mean chrome but that page builders also put on content ("elementor-widget",
     * "widget-span"): they only count against small parts of the article.
     */
    private static final NameWords WEAK_CHROME_NAMES = new NameWords(false,
            "widget", "promo", "sponsor", "advert", "banner", "popup", "pop-up", "modal", "overlay", "masthead",
            "menu", "pagination", "pager", "toolbar", "popular", "read-more", "readmore", "also-read", "byline",
            "post-meta", "entry-meta", "article-meta", "post-tags", "entry-tags", "tag-list", "tags-list",
            "taglist", "categories", "skip-link", "screen-reader", "sr-only", "visually-hidden", "print-only",
            "login", "signin", "jump-to", "table-of-contents", "toc-", "-toc", "ez-toc", "cta", "callout-box",
            "lightbox", "carousel", "slider", "ticker", "rating", "feedback", "survey", "donate");
    /** Chrome names that are whole words only ("ad" inside "header" or "shadow" means nothing). */
    private static final NameWords CHROME_WORDS = new NameWords(true,
            "ad", "ads", "adv", "nav", "tags", "tag", "meta", "share", "hidden", "hide", "aside", "links", "promo",
            "tools", "follow", "print", "rail", "crumbs", "masthead", "credits", "author", "caption",
            "wp-caption-text", "date", "dateline", "note", "notice", "lang-note", "toc");
    private static final NameWords CONTENT_NAMES = new NameWords(false,
            "article", "body", "content", "entry", "main", "post", "story", "text", "prose", "blog", "hentry",
            "h-entry", "column", "markdown", "rich");

    private BoilerplateHints() {
    }

    /**
     * Taxonomy classes that CMSs put on an article's container ("category-social-media", "tag-sharing"):
     * they name what the article is about, not what the element is.
     */
    private static final String[] TAXONOMY_PREFIXES = {"category", "tag", "tags", "post_tag", "topic", "topics",
            "section", "channel", "format", "type", "status", "label", "rubriek"};

    /** The element's class and id, lower-cased, without taxonomy classes. */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        String names = (cls + " " + id).toLowerCase(Locale.ROOT);
        if (names.indexOf('-') < 0 && names.indexOf('_') < 0) {
            return names;
        }
        StringBuilder kept = new StringBuilder(names.length());
        int n = names.length();
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            while (end < n && !Character.isWhitespace(names.charAt(end))) {
                end++;
            }
            if (end > start && !isTaxonomy(names, start, end)) {
                kept.append(kept.length() == 0 ? "" : " ").append(names, start, end);
            }
        }
        return kept.toString();
    }

    private static boolean isTaxonomy(String names, int start, int end) {
        for (String prefix : TAXONOMY_PREFIXES) {
            int at = start + prefix.length();
            if (at < end && names.startsWith(prefix, start) && (names.charAt(at) == '-' || names.charAt(at) == '_')) {
                return true;
            }
        }
        return false;
    }

    /** Whether the element is page chrome by its tag or ARIA role. */
    static boolean isChromeByTagOrRole(Element e) {
        if (CHROME_TAGS.contains(e.normalName())) {
            return true;
        }
        String role = e.attr("role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** How sure the markup is that an element is chrome. */
    enum Chrome { NONE, WEAK, STRONG }

    /** What a class-and-id string says. */
    static Chrome chromeName(String names) {
        if (names.isEmpty()) {
            return Chrome.NONE;
        }
        if (STRONG_CHROME_NAMES.foundIn(names) || STRONG_CHROME_WORDS.foundIn(names)) {
            return Chrome.STRONG;
        }
        return WEAK_CHROME_NAMES.foundIn(names) || CHROME_WORDS.foundIn(names) ? Chrome.WEAK : Chrome.NONE;
    }

    /**
     * Whether the element is chrome by tag, role (strong) or name (an element that says it is the article
     * never is), the name's verdict remembered per class-and-id string: a page repeats the same few dozen
     * class names thousands of times.
     */
    static Chrome chrome(Element e, Map<String, Chrome> nameCache) {
        String tag = e.normalName();
        if (tag.equals("body") || tag.equals("html")) {
            return Chrome.NONE;
        }
        if (isChromeByTagOrRole(e)) {
            return Chrome.STRONG;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return Chrome.NONE;
        }
        Chrome byName = nameCache.get(names);
        if (byName == null) {
            byName = chromeName(names);
            nameCache.put(names, byName);
        }
        return byName == Chrome.NONE || isSemanticArticle(e) ? Chrome.NONE : byName;
    }

    /** Whether the element's class or id names it as content ("article-body", "entry-content", ...). */
    static boolean isContentByName(Element e) {
        String names = names(e);
        return !names.isEmpty() && CONTENT_NAMES.foundIn(names);
    }

    /** Whether the markup itself says "this is the article": article, main, schema.org articleBody. */
    static boolean isSemanticArticle(Element e) {
        String tag = e.normalName();
        if (tag.equals("article") || tag.equals("main")) {
            return true;
        }
        String role = e.attr("role");
        if (role.equalsIgnoreCase("main") || role.equalsIgnoreCase("article")) {
            return true;
        }
        String prop = e.attr("itemprop");
        return prop.equalsIgnoreCase("articleBody") || prop.equalsIgnoreCase("text");
    }

    /** Whether the element is hidden from readers (hidden attribute, display:none, aria-hidden). */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }
}

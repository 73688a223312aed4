package dev.lede.extract.html;

import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

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
    private static final Pattern CHROME_NAMES = Pattern.compile(
            "comment|disqus|respond|reply|replies|share|sharing|social|related|recommend|newsletter|subscri"
                    + "|signup|sign-up|cookie|consent|gdpr|breadcrumb|sidebar|side-bar|widget|promo|sponsor|advert"
                    + "|banner|popup|pop-up|modal|overlay|masthead|navbar|navigation|menu|pagination|pager|footer"
                    + "|toolbar|outbrain|taboola|trending|popular|most-read|more-stories|read-more|readmore|also-read"
                    + "|author-bio|authorbio|author-box|about-the-author|byline|post-meta|entry-meta|article-meta"
                    + "|post-tags|entry-tags|tag-list|tags-list|taglist|categories|skip-link|screen-reader|sr-only"
                    + "|visually-hidden|print-only|login|paywall|signin|jump-to|table-of-contents|toc-|-toc|ez-toc"
                    + "|newsletter|cta|callout-box|lightbox|carousel|slider|ticker|rating|feedback|survey|donate"
                    + "|nextpost|next-post|prev-post|previous-post|post-nav|post-navigation|nav-links");
    /** Chrome names that are whole words only ("ad" inside "header" or "shadow" means nothing). */
    private static final Pattern CHROME_WORDS = Pattern.compile(
            "(^|[^a-z0-9])(ad|ads|adv|nav|tags|tag|meta|share|hidden|hide|aside|links|promo|tools|follow|print"
                    + "|rail|crumbs|masthead|credits|author|caption|wp-caption-text|date|dateline|note|notice|lang-note)([^a-z0-9]|$)");
    private static final Pattern CONTENT_NAMES = Pattern.compile(
            "article|body|content|entry|main|post|story|text|prose|blog|hentry|h-entry|column|markdown|rich");

    private BoilerplateHints() {
    }

    /** The element's class and id, lower-cased. */
    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** Whether the element is page chrome by its tag or ARIA role. */
    static boolean isChromeByTagOrRole(Element e) {
        if (CHROME_TAGS.contains(e.normalName())) {
            return true;
        }
        String role = e.attr("role");
        return !role.isEmpty() && CHROME_ROLES.contains(role.toLowerCase(Locale.ROOT));
    }

    /** Whether the element's class or id names it as chrome. */
    static boolean isChromeByName(Element e) {
        return isChromeName(names(e));
    }

    /** Whether a class-and-id string names chrome. */
    static boolean isChromeName(String names) {
        return !names.isEmpty() && (CHROME_NAMES.matcher(names).find() || CHROME_WORDS.matcher(names).find());
    }

    /**
     * Whether the element is chrome by tag, role or name (an element that says it is the article never is),
     * remembered per class-and-id string: a page repeats the same few dozen class names thousands of times.
     */
    static boolean isChrome(Element e, Map<String, Boolean> nameCache) {
        if (isChromeByTagOrRole(e)) {
            return true;
        }
        String names = names(e);
        if (names.isEmpty()) {
            return false;
        }
        Boolean byName = nameCache.get(names);
        if (byName == null) {
            byName = isChromeName(names);
            nameCache.put(names, byName);
        }
        return byName && !isSemanticArticle(e);
    }

    /** Whether the element's class or id names it as content ("article-body", "entry-content", ...). */
    static boolean isContentByName(Element e) {
        String names = names(e);
        return !names.isEmpty() && CONTENT_NAMES.matcher(names).find();
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

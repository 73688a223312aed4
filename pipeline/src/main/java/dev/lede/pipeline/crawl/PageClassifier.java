package dev.lede.pipeline.crawl;

import dev.lede.model.Article;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells listings from articles without knowing the site: an article has one block of running text
 * (paragraphs that are not links) and the extractor finds a body in it; a listing is mostly links, or a
 * row of teasers none of which holds much text of its own.
 *
 * <p>Measured on the page without its chrome ({@code nav}, {@code header}, {@code footer},
 * {@code aside}, forms, scripts). Paragraph text is scored onto its parent (and half onto the
 * grandparent), in the way of Readability: an article's body container collects the whole text, a
 * listing's teasers each collect only their snippet. Markup that states the answer
 * ({@code og:type}, schema.org types in JSON-LD, several {@code <article>} elements) is heeded.
 */
public final class PageClassifier {
    /** Fewer characters of body than this is not an article (a teaser, a stub, an error page). */
    static final int MIN_BODY_CHARS = 250;
    /** The best block of running text of an article holds at least this much non-link text. */
    static final int MIN_BLOCK_CHARS = 300;
    /** Above this share of link text the page is a listing, whatever else it has. */
    static final double LISTING_LINK_DENSITY = 0.5;

    private static final Set<String> CHROME = Set.of("nav", "header", "footer", "aside", "script", "style",
            "noscript", "form", "template", "svg", "iframe", "button", "select");
    private static final Set<String> TEXT_BLOCKS = Set.of("p", "pre", "blockquote", "td", "li", "dd", "div");
    private static final Pattern ARTICLE_TYPES = Pattern.compile(
            "\"@type\"\\s*:\\s*\\[?\\s*\"(?:News|Blog|Report|Scholarly|Tech)?(?:Article|BlogPosting|ReportageNewsArticle)\"");
    private static final Pattern LISTING_TYPES = Pattern.compile(
            "\"@type\"\\s*:\\s*\\[?\\s*\"(?:CollectionPage|ItemList|SearchResultsPage|Blog)\"");

    /**
     * What a page looks like, measured once.
     *
     * @param textChars        characters of visible text outside the chrome
     * @param linkChars        of which inside links
     * @param bestBlockChars   the non-link text collected by the best text container
     * @param articleElements  {@code <article>} elements not nested in another
     * @param declaresArticle  og:type or JSON-LD says it is an article
     * @param declaresListing  JSON-LD says it is a collection or list
     */
    public record Shape(int textChars, int linkChars, int bestBlockChars, int articleElements,
                        boolean declaresArticle, boolean declaresListing) {
        public double linkDensity() {
            return textChars == 0 ? 1.0 : (double) linkChars / textChars;
        }

        /** Whether the page can hold an article at all: worth running the extractor on. */
        public boolean mayBeArticle() {
            return bestBlockChars >= MIN_BLOCK_CHARS && linkDensity() < LISTING_LINK_DENSITY;
        }
    }

    public Shape measure(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return new Shape(0, 0, 0, 0, false, false);
        }
        Walk walk = new Walk();
        walk.visit(body, false);
        int best = walk.bestBlock();
        int articles = doc.select("article").stream().mapToInt(a -> a.parents().is("article") ? 0 : 1).sum();
        String jsonLd = doc.select("script[type=application/ld+json]").html();
        String ogType = doc.select("meta[property=og:type]").attr("content").toLowerCase(Locale.ROOT);
        boolean declaresArticle = ogType.equals("article") || ARTICLE_TYPES.matcher(jsonLd).find();
        boolean declaresListing = LISTING_TYPES.matcher(jsonLd).find();
        return new Shape(walk.text, walk.linkText, best, articles, declaresArticle, declaresListing);
    }

    /**
     * The kind of an HTML page.
     *
     * @param shape   the page's measurements
     * @param article what the extractor made of it, or null when it was not run
     */
    public PageKind classify(Shape shape, Article article) {
        boolean hasBody = article != null && article.body().strip().length() >= MIN_BODY_CHARS;
        if (hasBody && shape.mayBeArticle()) {
            boolean teaserRow = shape.articleElements() >= 3 || shape.declaresListing();
            if (!teaserRow || shape.declaresArticle()) {
                return PageKind.ARTICLE;
            }
        }
        return shape.linkChars() > 0 ? PageKind.LISTING : PageKind.OTHER;
    }

    /**
     * One pass over the page: counts text and link text, and notes every text block (a paragraph-like
     * element with 25+ characters of its own non-link text) for scoring onto its containers.
     */
    private static final class Walk {
        int text;
        int linkText;
        private final Map<Element, Integer> linkTextOf = new HashMap<>();
        private final List<Block> blocks = new ArrayList<>();

        private record Block(Element element, int chars) {
        }

        /** Returns the element's inline non-link text (what a block "owns"). */
        int visit(Element el, boolean inLink) {
            int own = 0;
            int links = 0;
            boolean link = inLink || el.normalName().equals("a");
            for (Node child : el.childNodes()) {
                if (child instanceof TextNode t) {
                    int n = t.text().strip().length();
                    text += n;
                    if (link) {
                        linkText += n;
                        links += n;
                    } else {
                        own += n;
                    }
                } else if (child instanceof Element e && !CHROME.contains(e.normalName())) {
                    int inner = visit(e, link);
                    links += linkTextOf.getOrDefault(e, 0);
                    if (isInline(e)) {
                        own += inner;
                    }
                }
            }
            if (links > 0) {
                linkTextOf.put(el, links);
            }
            if (TEXT_BLOCKS.contains(el.normalName()) && own >= 25) {
                blocks.add(new Block(el, own));
            }
            return own;
        }

        /**
         * The best container score: each block adds its text to its parent, and half to its grandparent
         * unless the parent also holds a link of its own (then the parent is a teaser: a headline link
         * with its snippet, and a row of teasers must not add up to an article).
         */
        int bestBlock() {
            Map<Element, Integer> scores = new HashMap<>();
            for (Block b : blocks) {
                Element parent = b.element.parent();
                if (parent == null) {
                    continue;
                }
                scores.merge(parent, b.chars, Integer::sum);
                int parentLinks = linkTextOf.getOrDefault(parent, 0) - linkTextOf.getOrDefault(b.element, 0);
                if (parentLinks == 0 && parent.parent() != null) {
                    scores.merge(parent.parent(), b.chars / 2, Integer::sum);
                }
            }
            return scores.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    private static boolean isInline(Element e) {
        return !e.isBlock() || e.normalName().equals("br");
    }
}

package dev.lede.extract.html;

import dev.lede.extract.table.HtmlTableParser;
import dev.lede.model.DataTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Finds the article on a news page: its body and nothing else, and the metadata a newsroom relies on.
 *
 * <p>The stages, each a small class: {@link MetadataReader} (JSON-LD, meta tags, headline, byline, dates),
 * {@link PageListsReader} (Further Reading, FAQ, topics), {@link PageCleaner} (what nobody sees),
 * {@link BlockSplitter} (the page as blocks that read), {@link ContentFinder} (which blocks are the article),
 * {@link BlockFilter} (headline, byline and chrome phrases out) and {@link BodyWriter} (body and sections).
 *
 * <p>Bounded: input beyond {@value #MAX_HTML_CHARS} characters is cut off before parsing, and every walk
 * over the tree is iterative, so a huge or deeply nested page costs bounded time and memory and never
 * overflows the stack. Never throws on bad input: a page without article text gets a {@code failure}.
 * Thread-safe and stateless.
 */
public final class HtmlArticleExtractor {
    /** Pages longer than this are cut: article text sits early, and the rest would only cost memory. */
    public static final int MAX_HTML_CHARS = 8_000_000;
    /** Below this weight the best block group is a label or a menu, not an article (a sentence weighs ~10). */
    private static final double MIN_ARTICLE_SCORE = 5;
    private static final String NO_ARTICLE = "no article text found";
    /** Share of control or replacement characters above which the input is binary, not text. */
    private static final double MAX_CONTROL_SHARE = 0.02;

    private final MetadataReader metadata = new MetadataReader();
    private final PageListsReader lists = new PageListsReader();
    private final PageCleaner cleaner = new PageCleaner();
    private final TableReader tableReader = new TableReader();
    private final BlockSplitter splitter = new BlockSplitter(tableReader);
    private final ContentFinder finder = new ContentFinder();
    private final BlockFilter filter = new BlockFilter();
    private final BodyWriter writer = new BodyWriter();
    private final HtmlTableParser tableParser = new HtmlTableParser();

    /** Parses {@code html} (as read from {@code url}) and extracts the article. Never throws on bad input. */
    public PageExtraction extract(String html, String url) {
        String text = html == null ? "" : html;
        if (looksBinary(text)) {
            return failed(url, "binary content, not HTML");
        }
        if (text.length() > MAX_HTML_CHARS) {
            text = text.substring(0, MAX_HTML_CHARS);
        }
        text = DoubleEncodedUtf8.repair(text);
        try {
            String base = url == null ? "" : url;
            PageExtraction p = extractOwned(Jsoup.parse(text, base), url, false);
            if (p.failure() != null && p.failure().startsWith(NO_ARTICLE)) {
                // the article may sit in a hidden element that a script reveals (React streaming, tabs)
                PageExtraction revealed = extractOwned(Jsoup.parse(text, base), url, true);
                if (revealed.failure() == null) {
                    return revealed;
                }
            }
            return p;
        } catch (RuntimeException | StackOverflowError e) {
            return failed(url, "extraction failed: " + e);
        }
    }

    /** Extracts the article from an already parsed document (which is left as it was). */
    public PageExtraction extract(Document document, String url) {
        try {
            PageExtraction p = extractOwned(document.clone(), url, false);
            if (p.failure() != null && p.failure().startsWith(NO_ARTICLE)) {
                PageExtraction revealed = extractOwned(document.clone(), url, true);
                if (revealed.failure() == null) {
                    return revealed;
                }
            }
            return p;
        } catch (RuntimeException | StackOverflowError e) {
            return failed(url, "extraction failed: " + e);
        }
    }

    private PageExtraction extractOwned(Document doc, String url, boolean keepHidden) {
        JsonLd ld = JsonLd.read(doc);
        PageMetadata meta = metadata.read(doc, ld, url);
        PageLists pageLists = lists.read(doc, ld);
        for (Element e : pageLists.listElements()) {
            e.remove();
        }
        cleaner.clean(doc, keepHidden);
        Element body = doc.body();
        String canonical = meta.canonicalUrl() == null ? url : meta.canonicalUrl();
        if (body == null) {
            return result(url, canonical, meta, pageLists, new BodyWriter.Body("", List.of()), List.of(),
                    "empty page: no body");
        }
        List<TextBlock> blocks = splitter.split(body);
        if (blocks.isEmpty()) {
            return result(url, canonical, meta, pageLists, new BodyWriter.Body("", List.of()), List.of(),
                    NO_ARTICLE + " (the page has no text)");
        }
        ContentFinder.Choice choice = finder.find(body, blocks);
        if (choice.score() < MIN_ARTICLE_SCORE) {
            return result(url, canonical, meta, pageLists, new BodyWriter.Body("", List.of()), List.of(),
                    NO_ARTICLE + " (only navigation, links or labels)");
        }
        List<TextBlock> article = withoutFaq(choice, pageLists.faqElements());
        article = filter.filter(article, meta);
        BodyWriter.Body written = writer.write(article);
        List<DataTable> tables = new ArrayList<>();
        for (TextBlock b : article) {
            if (b.kind() == TextBlock.Kind.TABLE) {
                tables.add(tableParser.parse(b.owner()));
            }
        }
        String failure = written.text().isBlank() ? NO_ARTICLE : null;
        return result(url, canonical, meta, pageLists, written, tables, failure);
    }

    /**
     * The FAQ block stays out of the body, unless the markup says it is part of the article (it sits inside
     * an article/articleBody element that was chosen as the article): many articles end with their own
     * questions and answers.
     */
    private static List<TextBlock> withoutFaq(ContentFinder.Choice choice, List<Element> faqElements) {
        if (faqElements.isEmpty()) {
            return choice.blocks();
        }
        Set<Element> faq = Collections.newSetFromMap(new IdentityHashMap<>());
        faq.addAll(faqElements);
        boolean partOfArticle = BoilerplateHints.isSemanticArticle(choice.root())
                && faqElements.stream().allMatch(e -> isInside(e, choice.root()));
        if (partOfArticle) {
            return choice.blocks();
        }
        List<TextBlock> out = new ArrayList<>();
        for (TextBlock b : choice.blocks()) {
            boolean inFaq = false;
            for (Element a = b.owner(); a != null && a != choice.root(); a = a.parent()) {
                if (faq.contains(a)) {
                    inFaq = true;
                    break;
                }
            }
            if (!inFaq) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean isInside(Element e, Element root) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
        }
        return false;
    }

    private static PageExtraction result(String url, String canonical, PageMetadata meta, PageLists lists,
                                         BodyWriter.Body body, List<DataTable> tables, String failure) {
        List<String> topics = new ArrayList<>(meta.tags());
        for (String t : lists.topics()) {
            if (topics.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                topics.add(t);
            }
        }
        return new PageExtraction(url, canonical, meta.title(), meta.summary(), meta.authors(), meta.publishedAt(),
                meta.modifiedAt(), meta.siteName(), meta.section(), topics, meta.declaredLanguage(), body.text(),
                body.sections(), tables, lists.furtherReading(), lists.faq(), failure);
    }

    /** Whether the start of the input is binary (images, archives, wrong decoding) rather than markup. */
    static boolean looksBinary(String text) {
        int n = Math.min(text.length(), 65_536);
        if (n == 0) {
            return false;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') || (c >= 0x7f && c <= 0x9f) || c == '\ufffd') {
                bad++;
            }
        }
        return bad > n * MAX_CONTROL_SHARE;
    }

    private static PageExtraction failed(String url, String reason) {
        return new PageExtraction(url, url, "", "", List.of(), null, null, null, null, List.of(), null, "", List.of(),
                List.of(), List.of(), List.of(), reason);
    }
}

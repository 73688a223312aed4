package dev.lede.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a page's Further Reading list, its FAQ block and its topics the generic way: a short heading that
 * names the block ("Further Reading", "Verder lezen", "FAQ", "常见问题", "Related topics", ...), then the
 * structure after it: links with teaser text for reading lists, question and answer blocks for FAQs, link
 * labels for topics. schema.org FAQPage data counts too.
 */
final class PageListsReader {
    // selectors parsed once: jsoup parses a selector string again on every select() call
    private static final Evaluator LINK_WITH_HREF = QueryParser.parse("a[href]");
    private static final Evaluator TITLE_IN_LINK = QueryParser.parse("h1, h2, h3, h4, h5, h6, [class~=(?i)title|headline]");
    private static final Evaluator NAME_IN_LINK = QueryParser.parse("[class~=(?i)name|label|title]");
    private static final Pattern FURTHER_READING = Pattern.compile(
            "(?i)(further reading|verder lezen|read more|lees (ook|meer|verder)|meer lezen|related (articles|stories|posts|reading|news)"
                    + "|gerelateerde artikelen|more (to read|stories|articles|on this topic|from .{1,30})|you (may|might) also (like|be interested in)"
                    + "|recommended( reading| for you)?|also read|see also|zie ook|meer over dit onderwerp|further resources)");
    private static final Pattern FAQ = Pattern.compile(
            "(?i)(faqs?|frequently asked questions|veelgestelde vragen|veel gestelde vragen|vragen en antwoorden|"
                    + "q\\s*&\\s*a|常见问题|常見問題|问答|questions fréquentes|häufig gestellte fragen|preguntas frecuentes)");
    private static final Pattern TOPICS = Pattern.compile(
            "(?i)(related topics|topics|tags|onderwerpen|gerelateerde onderwerpen|trefwoorden|tagged( with)?|filed under|categories|thema'?s)");
    private static final Pattern COUNTER = Pattern.compile(
            "(?i)\\s*\\(?\\d[\\d.,]*\\s*(related articles?|gerelateerde artikelen|articles?|artikelen|posts?|stories|verhalen|berichten)?\\)?\\s*$");
    private static final int MAX_HEADING_CHARS = 60;

    PageLists read(Document doc, JsonLd ld) {
        List<FurtherReading> reading = new ArrayList<>();
        List<FaqEntry> faq = new ArrayList<>();
        Set<String> topics = new LinkedHashSet<>();
        List<Element> listElements = new ArrayList<>();
        List<Element> faqElements = new ArrayList<>();
        Element body = doc.body();
        if (body == null) {
            return new PageLists(reading, faq, List.of(), listElements, faqElements);
        }
        for (Element h : labelCandidates(body)) {
            String label = label(h);
            if (label.isEmpty() || label.length() > MAX_HEADING_CHARS) {
                continue;
            }
            if (FURTHER_READING.matcher(label).matches() && reading.isEmpty()) {
                List<Element> region = region(h);
                List<FurtherReading> items = readingItems(region);
                if (items.size() >= 2) {
                    reading.addAll(items);
                    listElements.add(h);
                    listElements.addAll(region);
                }
            } else if (FAQ.matcher(label).matches() && faq.isEmpty()) {
                List<Element> region = region(h);
                List<FaqEntry> entries = faqEntries(region);
                if (!entries.isEmpty()) {
                    faq.addAll(entries);
                    faqElements.add(h);
                    faqElements.addAll(region);
                }
            } else if (TOPICS.matcher(label).matches() && topics.isEmpty()) {
                List<Element> region = region(h);
                List<String> names = topicNames(region);
                if (!names.isEmpty() && names.size() <= 40) {
                    topics.addAll(names);
                    listElements.add(h);
                    listElements.addAll(region);
                }
            }
        }
        if (faq.isEmpty()) {
            faq.addAll(jsonLdFaq(ld));
        }
        return new PageLists(reading, faq, new ArrayList<>(topics), listElements, faqElements);
    }

    /** Headings and heading-like short elements (a bold line, a labelled div) that may name a block. */
    private static List<Element> labelCandidates(Element body) {
        List<Element> out = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            String tag = e.normalName();
            if (BlockSplitter.isHeading(e) || tag.equals("summary") || tag.equals("legend")) {
                out.add(e);
            } else if ((tag.equals("div") || tag.equals("p") || tag.equals("span") || tag.equals("strong")
                    || tag.equals("b") || tag.equals("dt")) && e.childrenSize() <= 2) {
                String own = e.ownText().strip();
                if (!own.isEmpty() && own.length() <= MAX_HEADING_CHARS && e.parent() != null
                        && !moreLettersThan(e, MAX_HEADING_CHARS) && e.text().length() <= MAX_HEADING_CHARS) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * Whether the element's text has more than {@code max} non-blank characters (a lower bound of its
     * {@link Element#text()} length), counted without building
     * the text and stopping at the limit: a wrapper with two children can hold a whole page, and
     * {@link Element#text()} would build it all just to learn that it is long.
     */
    private static boolean moreLettersThan(Element e, int max) {
        int[] count = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    for (int i = 0; i < text.length() && count[0] <= max; i++) {
                        char c = text.charAt(i);
                        // what Element.text() keeps of it at least (it folds no-break spaces too)
                        if (!Character.isWhitespace(c) && c != '\u00a0') {
                            count[0]++;
                        }
                    }
                }
                return count[0] > max ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return count[0] > max;
    }

    private static String label(Element h) {
        String s = h.text().replace('\u00a0', ' ').strip();
        int end = s.length();
        // trailing colons, dots and ellipses ("Read more:", "Topics …"), without a regex per candidate
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1)) || ":：.…".indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    /**
     * The elements a heading introduces: its following siblings up to the next heading, climbing out of
     * wrappers that hold nothing but the heading.
     */
    static List<Element> region(Element h) {
        Element anchor = h;
        while (anchor.parent() != null && anchor.nextElementSibling() == null
                && anchor.parent().text().length() <= h.text().length() + 2) {
            anchor = anchor.parent();
        }
        List<Element> out = new ArrayList<>();
        int headingLevel = level(h);
        for (Element s = anchor.nextElementSibling(); s != null; s = s.nextElementSibling()) {
            int l = level(s);
            if (l > 0 && l <= headingLevel) {
                break;
            }
            if (l > 0 && headingLevel == 7) {
                break;
            }
            out.add(s);
            if (out.size() > 200) {
                break;
            }
        }
        return out;
    }

    /** 1..6 for h1..h6 (or an element that is only a heading), 7 for a non-heading label, 0 otherwise. */
    private static int level(Element e) {
        if (BlockSplitter.isHeading(e)) {
            return e.normalName().charAt(1) - '0';
        }
        if (e.childrenSize() == 1 && BlockSplitter.isHeading(e.child(0))
                && e.text().length() == e.child(0).text().length()) {
            return e.child(0).normalName().charAt(1) - '0';
        }
        return e.normalName().equals("summary") || e.normalName().equals("legend") ? 0 : 0;
    }

    private static List<FurtherReading> readingItems(List<Element> region) {
        Map<String, FurtherReading> items = new LinkedHashMap<>();
        for (Element r : region) {
            for (Element a : r.select(LINK_WITH_HREF)) {
                String url = a.absUrl("href");
                if (url.isEmpty()) {
                    url = a.attr("href");
                }
                if (url.isEmpty() || url.startsWith("javascript:") || url.startsWith("#") || items.containsKey(url)) {
                    continue;
                }
                Element titleEl = a.selectFirst(TITLE_IN_LINK);
                String title = (titleEl != null ? titleEl.text() : a.ownText().isBlank() ? a.text() : a.text()).strip();
                if (Words.count(title) < 2) {
                    continue;
                }
                Element item = itemOf(a, r);
                String text = item.text().strip();
                String snippet = text.startsWith(title) ? text.substring(title.length()).strip()
                        : text.replace(title, "").strip();
                items.put(url, new FurtherReading(title, url, snippet));
            }
        }
        return new ArrayList<>(items.values());
    }

    /** The element that holds one list item: the largest ancestor of the link (within the region) with one link target. */
    private static Element itemOf(Element a, Element regionRoot) {
        Element item = a;
        String href = a.attr("href");
        for (Element p = a.parent(); p != null; p = p.parent()) {
            boolean single = true;
            for (Element other : p.select(LINK_WITH_HREF)) {
                if (!other.attr("href").equals(href)) {
                    single = false;
                    break;
                }
            }
            if (!single) {
                break;
            }
            item = p;
            if (p == regionRoot) {
                break;
            }
        }
        return item;
    }

    private static List<String> topicNames(List<Element> region) {
        Set<String> names = new LinkedHashSet<>();
        for (Element r : region) {
            List<Element> links = r.is(LINK_WITH_HREF) ? List.of(r) : r.select(LINK_WITH_HREF);
            for (Element a : links) {
                String name = topicName(a);
                if (name != null) {
                    names.add(name);
                }
            }
        }
        return new ArrayList<>(names);
    }

    private static String topicName(Element a) {
        // the name is the link's first text, without the "56 related articles" counter beside it
        Element labelled = a.selectFirst(NAME_IN_LINK);
        String text = labelled != null ? labelled.text() : a.text();
        String name = COUNTER.matcher(text.strip()).replaceFirst("").strip();
        if (name.isEmpty() || name.length() > 60 || Words.count(name) > 6) {
            return null;
        }
        return name;
    }

    private static List<FaqEntry> faqEntries(List<Element> region) {
        List<TextBlock> blocks = new ArrayList<>();
        BlockSplitter splitter = new BlockSplitter(new TableReader());
        for (Element r : region) {
            blocks.addAll(splitter.split(r));
        }
        boolean anyQuestionMark = blocks.stream().anyMatch(PageListsReader::isQuestion);
        List<FaqEntry> out = new ArrayList<>();
        String question = null;
        StringBuilder answer = new StringBuilder();
        for (TextBlock b : blocks) {
            boolean q = anyQuestionMark ? isQuestion(b) : b.kind() == TextBlock.Kind.HEADING;
            if (q) {
                if (question != null && answer.length() > 0) {
                    out.add(new FaqEntry(question, answer.toString()));
                }
                question = b.text().replace('\n', ' ');
                answer.setLength(0);
            } else if (question != null) {
                if (answer.length() > 0) {
                    answer.append("\n\n");
                }
                answer.append(b.text());
            }
        }
        if (question != null && answer.length() > 0) {
            out.add(new FaqEntry(question, answer.toString()));
        }
        return out;
    }

    private static boolean isQuestion(TextBlock b) {
        String t = b.text().strip();
        return !t.isEmpty() && t.length() < 400 && (t.endsWith("?") || t.endsWith("？"));
    }

    private static List<FaqEntry> jsonLdFaq(JsonLd ld) {
        List<FaqEntry> out = new ArrayList<>();
        JsonNode page = ld.first("faqpage");
        if (page == null) {
            return out;
        }
        JsonNode main = page.get("mainEntity");
        if (main == null) {
            return out;
        }
        for (JsonNode q : main.isArray() ? main : List.of(main)) {
            String question = JsonLd.text(q, "name");
            JsonNode accepted = q.get("acceptedAnswer");
            String answer = accepted == null ? null : JsonLd.text(accepted, "text");
            if (question != null && answer != null) {
                out.add(new FaqEntry(question.strip(), org.jsoup.Jsoup.parse(answer).text().strip()));
            }
        }
        return out;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}

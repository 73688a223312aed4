package dev.lede.extract.html;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's {@code <meta>} tags by key ({@code property}, {@code name} or {@code itemprop}, any case), and its
 * {@code <link>} tags, read in one pass: the metadata search asks for some fifty keys, and a selector per
 * key walked the whole page each time.
 */
final class MetaTags {
    private static final Evaluator META_OR_LINK = QueryParser.parse("meta, link");

    private final List<Element> metas = new ArrayList<>();
    private final List<Element> links = new ArrayList<>();
    private final Map<String, List<String>> byKey = new HashMap<>();
    /** The same without {@code itemprop} keys: microdata in the body also describes other things than the page. */
    private final Map<String, List<String>> byNameOrProperty = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(Document doc) {
        MetaTags tags = new MetaTags();
        for (Element m : doc.select(META_OR_LINK)) {
            if (m.normalName().equals("link")) {
                tags.links.add(m);
                continue;
            }
            tags.metas.add(m);
            String content = m.attr("content");
            for (String attr : new String[]{"property", "name", "itemprop"}) {
                String key = m.attr(attr);
                if (!key.isEmpty()) {
                    key = key.toLowerCase(Locale.ROOT);
                    tags.byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    if (!attr.equals("itemprop")) {
                        tags.byNameOrProperty.computeIfAbsent(key, k -> new ArrayList<>()).add(content);
                    }
                }
            }
        }
        return tags;
    }

    /** The {@code <meta>} elements, in page order. */
    List<Element> elements() {
        return metas;
    }

    /** The {@code <link>} elements, in page order. */
    List<Element> links() {
        return links;
    }

    /** The first non-blank content under {@code key}, stripped; null if none. */
    String first(String key) {
        for (String c : all(key)) {
            if (!c.isBlank()) {
                return c.strip();
            }
        }
        return null;
    }

    private List<String> all(String key) {
        return byKey.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    /** Every content of a {@code name} or {@code property} tag under {@code key}, in page order. */
    List<String> named(String key) {
        return byNameOrProperty.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }
}

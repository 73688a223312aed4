package dev.lede.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The schema.org objects of a page's JSON-LD scripts, flattened ({@code @graph} and arrays unwrapped), read
 * leniently (comments, trailing commas, raw control characters) because sites write it by hand.
 */
final class JsonLd {
    private static final ObjectMapper LENIENT = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();
    private static final Set<String> ARTICLE_TYPES = Set.of("article", "newsarticle", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
            "technicalarticle", "techarticle", "scholarlyarticle", "report", "posting", "socialmediaposting",
            "liveblogposting", "medicalwebpage", "howto", "recipe", "review", "creativework", "discussionforumposting",
            "satiricalarticle", "advertisercontentarticle", "newsmediaorganization_article");
    /** A cap on JSON-LD nodes per page, so a hostile page cannot make the walk expensive. */
    private static final int MAX_NODES = 2000;
    private static final int MAX_SCRIPT_CHARS = 1_000_000;
    /** Parsed once: jsoup parses a selector string again on every select() call. */
    private static final Evaluator LD_JSON_SCRIPT = QueryParser.parse("script[type~=(?i)application/ld\\+json]");

    private final List<JsonNode> things;

    private JsonLd(List<JsonNode> things) {
        this.things = things;
    }

    static JsonLd read(Document doc) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select(LD_JSON_SCRIPT)) {
            String json = script.data().strip();
            if (json.isEmpty() || json.length() > MAX_SCRIPT_CHARS) {
                continue;
            }
            try (JsonParser p = LENIENT.createParser(json)) {
                JsonNode root = LENIENT.readTree(p);
                collect(root, out, 0);
            } catch (IOException | RuntimeException e) {
                // a broken script says nothing; the page's other metadata still counts
            }
        }
        return new JsonLd(out);
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 6 || out.size() >= MAX_NODES) {
            return;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, out, depth + 1);
            }
        } else if (node.isObject()) {
            if (node.has("@type")) {
                out.add(node);
            }
            collect(node.get("@graph"), out, depth + 1);
            JsonNode main = node.get("mainEntity");
            if (main != null && (main.isObject() || main.isArray()) && !isType(node, "faqpage")) {
                collect(main, out, depth + 1);
            }
        }
    }

    /** The object with this {@code @id}, or null: authors are often references into the {@code @graph}. */
    JsonNode byId(String id) {
        if (id == null) {
            return null;
        }
        for (JsonNode n : things) {
            JsonNode i = n.get("@id");
            if (i != null && id.equals(i.asText())) {
                return n;
            }
        }
        return null;
    }

    /** The objects of the page, in script order. */
    List<JsonNode> things() {
        return things;
    }

    /** The first object of an article type (Article, NewsArticle, BlogPosting, ...), or null. */
    JsonNode article() {
        for (JsonNode n : things) {
            for (String t : types(n)) {
                if (ARTICLE_TYPES.contains(t) || t.endsWith("article")) {
                    return n;
                }
            }
        }
        return null;
    }

    /** The first object of {@code type} (lower case), or null. */
    JsonNode first(String type) {
        for (JsonNode n : things) {
            if (isType(n, type)) {
                return n;
            }
        }
        return null;
    }

    static boolean isType(JsonNode n, String type) {
        return types(n).contains(type);
    }

    static List<String> types(JsonNode n) {
        JsonNode t = n.get("@type");
        List<String> out = new ArrayList<>(2);
        if (t == null) {
            return out;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                out.add(x.asText("").toLowerCase(Locale.ROOT));
            }
        } else {
            out.add(t.asText("").toLowerCase(Locale.ROOT));
        }
        return out;
    }

    /** A text property: the string itself, or the {@code name} / {@code @value} of an object, or the first of an array. */
    static String text(JsonNode n, String field) {
        if (n == null) {
            return null;
        }
        return asText(n.get(field));
    }

    static String asText(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isTextual() || v.isNumber()) {
            String s = v.asText().strip();
            // CMSs write JSON-LD from HTML-escaped fields ("Traveler&#8217;s")
            if (s.indexOf('&') >= 0) {
                s = Parser.unescapeEntities(s, false).strip();
            }
            return s.isEmpty() ? null : s;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = asText(x);
                if (s != null) {
                    return s;
                }
            }
            return null;
        }
        if (v.isObject()) {
            String s = asText(v.get("name"));
            return s != null ? s : asText(v.get("@value"));
        }
        return null;
    }

    /** Every text value of a property that may be one value or an array ("keywords", "author"). */
    static List<String> texts(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        JsonNode v = n.get(field);
        if (v == null) {
            return out;
        }
        if (v.isArray()) {
            for (JsonNode x : v) {
                String s = asText(x);
                if (s != null) {
                    out.add(s);
                }
            }
        } else {
            String s = asText(v);
            if (s != null) {
                out.add(s);
            }
        }
        return out;
    }
}

package dev.lede.extract.html;

import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Removes what a reader never sees as text: scripts, styles, forms' controls, embedded media, hidden
 * elements and comments. Runs after the metadata is read (JSON-LD lives in scripts).
 */
final class PageCleaner {
    private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "svg", "math",
            "canvas", "iframe", "object", "embed", "video", "audio", "source", "track", "map", "link", "meta",
            "button", "input", "select", "textarea", "option", "head", "img", "picture", "label");

    /**
     * Removes what nobody sees. With {@code keepHidden}, hidden elements stay: script-rendered pages
     * (React streaming, tabs) ship their article in a hidden element that a script reveals.
     */
    void clean(Document doc, boolean keepHidden) {
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof Element e && (INVISIBLE.contains(e.normalName())
                        || (!keepHidden && BoilerplateHints.isHidden(e)))) {
                    doomed.add(node);
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        for (Node n : doomed) {
            if (n.parent() != null) {
                n.remove();
            }
        }
    }
}

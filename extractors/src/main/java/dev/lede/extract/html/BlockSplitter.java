package dev.lede.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts a page into {@link TextBlock}s the way a browser lays it out: every block-level element starts a new
 * block, inline text joins the block it sits in, {@code <br>} and {@code <pre>} lines stay line breaks, and a
 * data table becomes one block with one line per row.
 *
 * <p>The walk is iterative (jsoup's {@link NodeTraversor}), so a deeply nested page cannot overflow the stack.
 */
final class BlockSplitter {
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main",
            "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
            "tr", "ul", "caption", "option", "noscript", "output");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    private final TableReader tables;

    BlockSplitter(TableReader tables) {
        this.tables = tables;
    }

    /** The blocks of {@code root} in reading order. */
    List<TextBlock> split(Element root) {
        Walker walker = new Walker();
        NodeTraversor.filter(walker, root);
        walker.flush();
        return walker.blocks;
    }

    static boolean isHeading(Element e) {
        return HEADINGS.contains(e.normalName());
    }

    private final class Walker implements NodeFilter {
        final List<TextBlock> blocks = new ArrayList<>();
        final List<Element> owners = new ArrayList<>();
        final StringBuilder text = new StringBuilder();
        int chars;
        int linkChars;
        int linkDepth;
        int preDepth;

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = e.normalName();
            switch (tag) {
                case "br" -> newline();
                case "a" -> linkDepth++;
                case "pre" -> {
                    flush();
                    owners.add(e);
                    preDepth++;
                }
                case "table" -> {
                    if (tables.isDataTable(e)) {
                        flush();
                        String rows = tables.rowsText(e);
                        if (!rows.isBlank()) {
                            int n = nonSpace(rows);
                            blocks.add(new TextBlock(TextBlock.Kind.TABLE, rows, e, n, tables.linkChars(e)));
                        }
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    flush();
                    owners.add(e);
                }
                default -> {
                    if (BLOCK_TAGS.contains(tag)) {
                        flush();
                        owners.add(e);
                    }
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if (tag.equals("a")) {
                    linkDepth--;
                } else if (tag.equals("pre")) {
                    flush();
                    preDepth--;
                    pop(e);
                } else if (BLOCK_TAGS.contains(tag)) {
                    flush();
                    pop(e);
                }
            }
            return FilterResult.CONTINUE;
        }

        private void pop(Element e) {
            if (!owners.isEmpty() && owners.get(owners.size() - 1) == e) {
                owners.remove(owners.size() - 1);
            }
        }

        private void append(String s) {
            if (preDepth > 0) {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (c == '\r') {
                        continue;
                    }
                    if (c == '\u00a0' || c == '\t') {
                        c = ' ';
                    }
                    text.append(c);
                    if (!Character.isWhitespace(c)) {
                        count(1);
                    }
                }
                return;
            }
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    if (text.length() > 0 && !endsWithSpace()) {
                        text.append(' ');
                    }
                } else if (c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad') {
                    // zero-width and soft-hyphen characters render as nothing
                } else {
                    text.append(c);
                    count(1);
                }
            }
        }

        private boolean endsWithSpace() {
            char last = text.charAt(text.length() - 1);
            return last == ' ' || last == '\n';
        }

        private void newline() {
            // a space before the break is not part of the line
            while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
                text.setLength(text.length() - 1);
            }
            if (preDepth == 0 && text.length() >= 1 && text.charAt(text.length() - 1) == '\n') {
                // <br><br> reads as a paragraph break
                flush();
                return;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
        }

        private void count(int n) {
            chars += n;
            if (linkDepth > 0) {
                linkChars += n;
            }
        }

        void flush() {
            if (chars > 0) {
                Element owner = owners.isEmpty() ? null : owners.get(owners.size() - 1);
                String s = preDepth > 0 ? tidyPre(text) : tidyLines(text);
                if (!s.isEmpty()) {
                    blocks.add(new TextBlock(kindOf(owner), s, owner, chars, linkChars));
                }
            }
            text.setLength(0);
            chars = 0;
            linkChars = 0;
        }

        private TextBlock.Kind kindOf(Element owner) {
            if (preDepth > 0) {
                return TextBlock.Kind.PRE;
            }
            for (int i = owners.size() - 1; i >= 0; i--) {
                String tag = owners.get(i).normalName();
                if (HEADINGS.contains(tag)) {
                    return TextBlock.Kind.HEADING;
                }
                if (tag.equals("li") || tag.equals("dd") || tag.equals("dt")) {
                    return TextBlock.Kind.LIST_ITEM;
                }
                if (tag.equals("blockquote")) {
                    return TextBlock.Kind.QUOTE;
                }
                if (tag.equals("table") || tag.equals("article") || tag.equals("main") || tag.equals("section")) {
                    break;
                }
            }
            return TextBlock.Kind.PARAGRAPH;
        }
    }

    /** Trims every line and drops empty ones: what is left reads as the browser shows it. */
    static String tidyLines(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '\n') {
                String line = s.subSequence(start, i).toString().strip();
                if (!line.isEmpty()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(line);
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** Keeps {@code <pre>} lines as written, without trailing spaces and without blank lines. */
    static String tidyPre(CharSequence s) {
        StringBuilder out = new StringBuilder(s.length());
        int start = 0;
        int n = s.length();
        for (int i = 0; i <= n; i++) {
            if (i == n || s.charAt(i) == '\n') {
                String line = s.subSequence(start, i).toString().stripTrailing();
                if (!line.isBlank()) {
                    if (out.length() > 0) {
                        out.append('\n');
                    }
                    out.append(line);
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    static int nonSpace(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}

package dev.lede.extract.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the element that holds the article and the blocks of it that are article text.
 *
 * <p>Every block gets a weight: running text with punctuation and few links counts for its words, link lists
 * and short unpunctuated labels count against. The article's container is the element whose blocks weigh the
 * most together (the maximum-weight subtree): it takes in every paragraph of the story and stops before the
 * navigation and link lists around it. Markup that names the article ({@code <article>}, {@code <main>},
 * {@code itemprop=articleBody}) and content class names tip the balance. Inside the container, subtrees that
 * are chrome by tag, role or name (share bars, comments, related lists, newsletter boxes) are left out unless
 * they hold most of the text (a misleading class name on the article itself).
 */
final class ContentFinder {

    /** The chosen container and its article blocks, in reading order. */
    record Choice(Element root, List<TextBlock> blocks, double score) {
    }

    private static final class Stats {
        /** Weight of article-like blocks below, not counting those under strong chrome. */
        double positive;
        /** Weight of link lists and labels below (negative). */
        double negative;
        /** Weight of article-like blocks under strong chrome below (comments, sidebars). */
        double hidden;
    }

    Choice find(Element body, List<TextBlock> blocks) {
        Map<Element, Stats> stats = new IdentityHashMap<>();
        Map<String, BoilerplateHints.Chrome> names = new HashMap<>();
        for (TextBlock b : blocks) {
            if (b.owner() == null) {
                continue;
            }
            double w = weight(b);
            Stats s = stats.computeIfAbsent(b.owner(), k -> new Stats());
            if (w >= 0) {
                s.positive += w;
            } else {
                s.negative += w;
            }
        }
        Element[] best = {body};
        double[] bestScore = {Double.NEGATIVE_INFINITY};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
            }

            @Override
            public void tail(Node node, int depth) {
                if (!(node instanceof Element e)) {
                    return;
                }
                Stats s = stats.get(e);
                if (s == null) {
                    return;
                }
                BoilerplateHints.Chrome chrome = BoilerplateHints.chrome(e, names);
                double score = (s.positive + s.negative) * bonus(e, chrome);
                if (score > bestScore[0]) {
                    bestScore[0] = score;
                    best[0] = e;
                }
                Element parent = e.parent();
                if (parent != null && e != body) {
                    Stats p = stats.computeIfAbsent(parent, k -> new Stats());
                    // text under a comments section or a sidebar does not make its page wrapper an article
                    p.positive += chrome == BoilerplateHints.Chrome.STRONG ? 0 : s.positive;
                    p.negative += s.negative;
                    p.hidden += s.hidden + (chrome == BoilerplateHints.Chrome.STRONG ? s.positive : 0);
                }
            }
        }, body);
        Element root = tighten(best[0], stats);
        Stats rootStats = stats.get(root);
        double rootPositive = rootStats == null ? 0 : rootStats.positive;
        Map<Element, Boolean> pruned = new IdentityHashMap<>();
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : blocks) {
            if (b.owner() != null && inside(b.owner(), root, stats, rootPositive, pruned, names) && !isLinkList(b)) {
                kept.add(b);
            }
        }
        return new Choice(root, kept, bestScore[0]);
    }

    /**
     * Score factor of a container that is surely chrome (comments, sidebar, footer): low enough that a long
     * comment thread does not outweigh the story, not zero so that a page whose article sits in a
     * misnamed wrapper still finds it. Tuned on the WCXB development set.
     */
    private static final double STRONG_CHROME_FACTOR = 0.3;
    /**
     * Share of the container's text a child must hold for the search to step down into it: what the child
     * leaves out beside it is a dek or a notice, not the story. Tuned on the WCXB development set.
     */
    private static final double TIGHTEN_SHARE = 0.85;

    /**
     * Steps down from the chosen container while one child holds nearly all of its text: what the child
     * leaves out (a dek, a notice, a caption beside the story) is not the story.
     */
    private static Element tighten(Element root, Map<Element, Stats> stats) {
        Element current = root;
        for (int guard = 0; guard < 1000; guard++) {
            Stats cs = stats.get(current);
            if (cs == null || cs.positive <= 0) {
                return current;
            }
            Element bestChild = null;
            double bestPositive = 0;
            for (Element child : current.children()) {
                Stats s = stats.get(child);
                if (s != null && s.positive > bestPositive) {
                    bestPositive = s.positive;
                    bestChild = child;
                }
            }
            if (bestChild == null || bestPositive < TIGHTEN_SHARE * cs.positive) {
                return current;
            }
            current = bestChild;
        }
        return current;
    }

    /** A block that is mostly link text: a menu line, share buttons, a "related" link. */
    private static boolean isLinkList(TextBlock b) {
        return b.kind() != TextBlock.Kind.TABLE && b.linkDensity() > 0.5;
    }

    /** Whether {@code e} lies in {@code root} and no chrome subtree between them cuts it off. */
    private static boolean inside(Element e, Element root, Map<Element, Stats> stats, double rootPositive,
                                  Map<Element, Boolean> pruned, Map<String, BoilerplateHints.Chrome> names) {
        for (Element a = e; a != null; a = a.parent()) {
            if (a == root) {
                return true;
            }
            Boolean cut = pruned.get(a);
            if (cut == null) {
                cut = switch (BoilerplateHints.chrome(a, names)) {
                    case STRONG -> !holdsShare(a, stats, rootPositive, 0.6);
                    case WEAK -> !holdsText(a, stats);
                    case NONE -> false;
                };
                pruned.put(a, cut);
            }
            if (cut) {
                // still walk up to know whether we are inside root at all; the answer is no either way
                return false;
            }
        }
        return false;
    }

    /**
     * Weight of running text that keeps a weakly named chrome element ("widget", "notice", "promo") in the
     * article: page builders wrap whole paragraphs of a story in such names, while a notice or a promo box
     * holds a sentence or two (a sentence weighs about its word count). 30 scores best on the WCXB
     * development set, and drops the sample site's language notice.
     */
    private static final double WEAK_CHROME_KEEP = 30;

    /** Whether {@code a} holds running text worth more than its links and labels. */
    private static boolean holdsText(Element a, Map<Element, Stats> stats) {
        Stats s = stats.get(a);
        return s != null && s.positive > WEAK_CHROME_KEEP - s.negative;
    }

    /** Whether {@code a} holds more than {@code share} of the container's article text. */
    private static boolean holdsShare(Element a, Map<Element, Stats> stats, double rootPositive, double share) {
        Stats s = stats.get(a);
        return s != null && rootPositive > 0 && s.positive > share * rootPositive;
    }

    private static double bonus(Element e, BoilerplateHints.Chrome chrome) {
        double bonus = 1.0;
        if (BoilerplateHints.isSemanticArticle(e)) {
            bonus *= 1.15;
        }
        if (chrome == BoilerplateHints.Chrome.STRONG) {
            bonus *= STRONG_CHROME_FACTOR;
        } else if (chrome == BoilerplateHints.Chrome.NONE && BoilerplateHints.isContentByName(e)) {
            bonus *= 1.05;
        }
        return bonus;
    }

    /** How much a block looks like article text (positive) or like chrome (negative). */
    static double weight(TextBlock b) {
        int words = Words.count(b.text());
        double ld = b.linkDensity();
        if (b.kind() == TextBlock.Kind.TABLE) {
            return words * 0.5 * (1 - ld);
        }
        if (ld > 0.5) {
            return -Math.max(1, words);
        }
        if (b.kind() == TextBlock.Kind.HEADING) {
            return words >= 3 ? 1 : 0;
        }
        int punct = Words.sentencePunctuation(b.text());
        if (words < 8 && punct == 0) {
            return -1;
        }
        double w = words * (1 - ld);
        w += Math.min(punct, 10);
        return w;
    }
}

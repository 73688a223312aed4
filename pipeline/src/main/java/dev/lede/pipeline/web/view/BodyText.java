package dev.lede.pipeline.web.view;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article body cut into paragraphs and spans, with the extracted money amounts and names marked where
 * they stand, so that a reader can see what was extracted and jump from a fact to its place in the text.
 *
 * <p>Offsets come from the article record and are not trusted: a span outside the body, inverted, or
 * overlapping an earlier one is left unmarked rather than breaking the page.
 *
 * @param paragraphs the body's paragraphs (split at blank lines) in order
 */
public record BodyText(List<Paragraph> paragraphs) {

    /**
     * One paragraph: its spans in order.
     *
     * @param spans the text, marked where facts stand
     * @param table   whether it is a table kept as text ({@code a | b} rows), best shown in a fixed-width font
     * @param heading whether it is one of the article's section headings
     */
    public record Paragraph(List<Span> spans, boolean table, boolean heading) {
    }

    /**
     * A stretch of text.
     *
     * @param text   the text
     * @param kind   null for plain text, else {@code money}, {@code person} or {@code company}
     * @param anchor the element id a fact links to ({@code money-3}), or null
     * @param label  a tooltip for marked spans (the normalised amount, the canonical name), or null
     */
    public record Span(String text, String kind, String anchor, String label) {
    }

    private record Mark(int start, int end, String kind, String anchor, String label) {
    }

    public BodyText {
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body of {@code article} with its money amounts, people and companies marked. */
    public static BodyText of(Article article) {
        String body = article.body();
        java.util.Set<String> headings = new java.util.HashSet<>();
        for (dev.lede.model.Section section : article.sections()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                headings.add(section.heading().strip());
            }
        }
        List<Mark> marks = new ArrayList<>();
        List<MoneyAmount> money = article.money();
        for (int i = 0; i < money.size(); i++) {
            MoneyAmount m = money.get(i);
            marks.add(new Mark(m.start(), m.end(), "money", moneyAnchor(i), Display.amount(m.amount(), m.currency())));
        }
        addMentions(marks, article.people(), "person");
        addMentions(marks, article.companies(), "company");
        // money first at equal starts, so an amount is never hidden behind a name
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(mk -> !"money".equals(mk.kind())));

        List<Paragraph> paragraphs = new ArrayList<>();
        int markIndex = 0;
        int pos = 0;
        while (pos <= body.length()) {
            int next = body.indexOf("\n\n", pos);
            int end = next < 0 ? body.length() : next;
            List<Span> spans = new ArrayList<>();
            int cursor = pos;
            while (markIndex < marks.size() && marks.get(markIndex).start() < end) {
                Mark mk = marks.get(markIndex++);
                if (mk.start() < cursor || mk.end() > end || mk.end() <= mk.start()) {
                    continue; // overlapping, crossing a paragraph break, or nonsense: leave unmarked
                }
                if (mk.start() > cursor) {
                    spans.add(new Span(body.substring(cursor, mk.start()), null, null, null));
                }
                spans.add(new Span(body.substring(mk.start(), mk.end()), mk.kind(), mk.anchor(), mk.label()));
                cursor = mk.end();
            }
            if (cursor < end) {
                spans.add(new Span(body.substring(cursor, end), null, null, null));
            }
            if (!spans.isEmpty() && !(spans.size() == 1 && spans.get(0).text().isBlank())) {
                String text = body.substring(pos, end);
                paragraphs.add(new Paragraph(spans, isTableText(text),
                        spans.size() == 1 && headings.contains(text.strip())));
            }
            if (next < 0) {
                break;
            }
            pos = next + 2;
            // marks that started inside the break itself cannot be shown
            while (markIndex < marks.size() && marks.get(markIndex).start() < pos) {
                markIndex++;
            }
        }
        return new BodyText(paragraphs);
    }

    /** Two or more lines, each with a cell separator: a markdown or flattened HTML table. */
    static boolean isTableText(String paragraph) {
        String[] lines = paragraph.strip().split("\n");
        if (lines.length < 2) {
            return false;
        }
        for (String line : lines) {
            if (line.indexOf('|') < 0) {
                return false;
            }
        }
        return true;
    }

    /** The element id of the {@code index}-th money amount. */
    public static String moneyAnchor(int index) {
        return "money-" + index;
    }

    private static void addMentions(List<Mark> marks, List<Entity> entities, String kind) {
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                marks.add(new Mark(m.start(), m.end(), kind, null, e.name()));
            }
        }
    }
}

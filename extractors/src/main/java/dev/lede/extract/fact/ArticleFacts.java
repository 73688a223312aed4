package dev.lede.extract.fact;

import dev.lede.extract.lang.Sentences;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.Fact;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import dev.lede.model.TableCell;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an {@link Article} into its {@link Fact}s: one per money amount, person, company, organisation and
 * table, and one per table cell that holds a figure (money, percentage or number). Money found inside a
 * table says which table, row and column it came from. Stateless.
 */
public final class ArticleFacts {
    private ArticleFacts() {
    }

    /** The facts of {@code article}: money, people, companies, organisations, tables, table cells. */
    public static List<Fact> of(Article article) {
        List<Fact> facts = new ArrayList<>();
        for (MoneyAmount m : article.money()) {
            facts.add(money(article, m));
        }
        for (Entity e : article.people()) {
            facts.add(entity(article, Fact.PERSON, e));
        }
        for (Entity e : article.companies()) {
            facts.add(entity(article, Fact.COMPANY, e));
        }
        for (Entity e : article.organizations()) {
            facts.add(entity(article, Fact.ORGANIZATION, e));
        }
        List<DataTable> tables = article.tables();
        for (int i = 0; i < tables.size(); i++) {
            facts.add(table(article, i, tables.get(i)));
        }
        Map<String, String> rowSubjects = rowSubjects(article);
        for (int i = 0; i < tables.size(); i++) {
            cells(article, i, tables.get(i), rowSubjects, facts);
        }
        return facts;
    }

    private static Fact money(Article a, MoneyAmount m) {
        List<DataTable> tables = a.tables();
        for (int i = 0; i < tables.size(); i++) {
            TablePosition.Cell at = TablePosition.of(a.body(), tables.get(i), m.start());
            if (at != null) {
                DataTable t = tables.get(i);
                return new Fact(a.id(), a.url(), a.title(), a.publishedAt(), Fact.MONEY, m.text(), m.amount(),
                        m.currency(), m.qualifier(), m.low(), m.high(), m.per(), m.subject(), null, null, null, null,
                        m.sentence(), m.start(), m.end(), i, at.row(), header(t, at.column()), column(at.column()),
                        rowLabel(t, at.row()), null, null);
            }
        }
        return new Fact(a.id(), a.url(), a.title(), a.publishedAt(), Fact.MONEY, m.text(), m.amount(), m.currency(),
                m.qualifier(), m.low(), m.high(), m.per(), m.subject(), null, null, null, null, m.sentence(),
                m.start(), m.end(), null, null, null, null, null, null, null);
    }

    private static Fact entity(Article a, String type, Entity e) {
        Mention first = e.mentions().isEmpty() ? null : e.mentions().get(0);
        String sentence = null;
        if (first != null && first.end() <= a.body().length()) {
            int[] s = Sentences.around(a.body(), first.start(), first.end(), 0, a.body().length());
            sentence = a.body().substring(s[0], s[1]);
        }
        return new Fact(a.id(), a.url(), a.title(), a.publishedAt(), type, e.name(), null, null, null, null, null,
                null, null, e.kind(), null, e.count(), e.aliases(), sentence, first == null ? null : first.start(),
                first == null ? null : first.end(), null, null, null, null, null, null, null);
    }

    private static Fact table(Article a, int index, DataTable t) {
        String value = t.caption().isEmpty() ? String.join(" | ", t.header()) : t.caption();
        return new Fact(a.id(), a.url(), a.title(), a.publishedAt(), Fact.TABLE, value, null, null, null, null, null,
                null, null, t.source(), null, null, null, t.caption().isEmpty() ? null : t.caption(),
                t.start() < 0 ? null : t.start(), t.end() < 0 ? null : t.end(), index, null, null, null, null,
                t.header(), t.rows());
    }

    private static void cells(Article a, int index, DataTable t, Map<String, String> rowSubjects, List<Fact> out) {
        for (int r = 0; r < t.cells().size(); r++) {
            List<TableCell> row = t.cells().get(r);
            for (int c = 0; c < row.size(); c++) {
                TableCell cell = row.get(c);
                if (cell.value() == null) {
                    continue;
                }
                boolean money = "money".equals(cell.type());
                String subject = money ? rowSubjects.get(index + "/" + r) : null;
                out.add(new Fact(a.id(), a.url(), a.title(), a.publishedAt(), Fact.TABLE_CELL, cell.text(),
                        money ? cell.value() : null, cell.currency(), cell.qualifier(), null, null, null, subject,
                        cell.type(), cell.value(), null, null, String.join(" | ", t.rows().get(r)), null, null, index,
                        r, header(t, c), c, rowLabel(t, r), null, null));
            }
        }
    }

    /** "table/row" → the subject the money extractor gave an amount in that row. */
    private static Map<String, String> rowSubjects(Article a) {
        Map<String, String> out = new HashMap<>();
        List<DataTable> tables = a.tables();
        for (MoneyAmount m : a.money()) {
            if (m.subject() == null) {
                continue;
            }
            for (int i = 0; i < tables.size(); i++) {
                TablePosition.Cell at = TablePosition.of(a.body(), tables.get(i), m.start());
                if (at != null) {
                    out.putIfAbsent(i + "/" + at.row(), m.subject());
                }
            }
        }
        return out;
    }

    private static Integer column(int column) {
        return column < 0 ? null : column;
    }

    private static String header(DataTable t, int column) {
        return column >= 0 && column < t.header().size() ? t.header().get(column) : null;
    }

    private static String rowLabel(DataTable t, int row) {
        return row >= 0 && row < t.rows().size() && !t.rows().get(row).isEmpty() ? t.rows().get(row).get(0) : null;
    }
}

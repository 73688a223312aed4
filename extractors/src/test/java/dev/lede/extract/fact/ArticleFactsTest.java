package dev.lede.extract.fact;

import dev.lede.extract.money.MoneyExtractor;
import dev.lede.extract.money.MoneySubjects;
import dev.lede.extract.table.BodyTables;
import dev.lede.extract.table.CellTypes;
import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.Fact;
import dev.lede.model.LedeJson;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleFactsTest {
    static final String BODY = """
            Northwind AI's $7.5B funding round closed on Friday, led by Contoso Ventures.

            | Lab | Valuation | Growth |
            |---|---|---|
            | Northwind AI | $80B (2024) | +12.5% |
            | Fabrikam | — | 3 |

            Data Takeaway: Northwind leads.""";

    static Article article() {
        MoneyExtractor money = new MoneyExtractor();
        List<DataTable> tables = new BodyTables(new MarkdownTableParser(), new CellTypes(money)).find(BODY, List.of(), "en");
        Entity northwind = entity("Northwind AI", "company");
        Entity contoso = entity("Contoso Ventures", "company");
        List<MoneyAmount> amounts = new MoneySubjects().attach(BODY, money.extract(BODY, "en"),
                List.of(northwind, contoso), List.of(), tables);
        return new Article("abc", "https://news.example/a", "https://news.example/a", Instant.EPOCH, "2026-05-01",
                null, "en", "Title", "", List.of(), null, BODY, List.of(), null, amounts, List.of(),
                List.of(northwind, contoso), List.of(), tables, List.of(), List.of(), List.of(), "hash");
    }

    private static Entity entity(String name, String kind) {
        List<Mention> mentions = new java.util.ArrayList<>();
        for (int at = BODY.indexOf(name); at >= 0; at = BODY.indexOf(name, at + 1)) {
            mentions.add(new Mention(at, at + name.length(), name));
        }
        return new Entity(name, kind, mentions.size(), List.of(), mentions, false, false);
    }

    @Test
    void moneyFactsCarryAmountCurrencyQualifierSubjectAndSentence() {
        List<Fact> facts = ArticleFacts.of(article());
        Fact round = facts.get(0);
        assertEquals(Fact.MONEY, round.type());
        assertEquals("$7.5B", round.value());
        assertEquals(0, new BigDecimal("7500000000").compareTo(round.amount()));
        assertEquals("USD", round.currency());
        assertEquals("Northwind AI", round.subject());
        assertEquals("Northwind AI's $7.5B funding round closed on Friday, led by Contoso Ventures.", round.sentence());
        assertNull(round.table());
        assertEquals("abc", round.articleId());
        assertEquals("https://news.example/a", round.url());
    }

    @Test
    void moneyInATableSaysRowAndColumn() {
        Fact cell = ArticleFacts.of(article()).stream()
                .filter(f -> f.type().equals(Fact.MONEY) && f.value().equals("$80B")).findFirst().orElseThrow();
        assertEquals(0, cell.table());
        assertEquals(0, cell.row());
        assertEquals("Valuation", cell.column());
        assertEquals(1, cell.columnIndex());
        assertEquals("Northwind AI", cell.rowLabel());
        assertEquals("Northwind AI", cell.subject());
    }

    @Test
    void entityTableAndCellFacts() {
        List<Fact> facts = ArticleFacts.of(article());
        List<String> types = facts.stream().map(Fact::type).distinct().toList();
        assertEquals(List.of(Fact.MONEY, Fact.COMPANY, Fact.TABLE, Fact.TABLE_CELL), types);
        Fact company = facts.stream().filter(f -> f.type().equals(Fact.COMPANY)).findFirst().orElseThrow();
        assertEquals("Northwind AI", company.value());
        assertEquals(2, company.count());
        Fact table = facts.stream().filter(f -> f.type().equals(Fact.TABLE)).findFirst().orElseThrow();
        assertEquals("Data Takeaway: Northwind leads.", table.value());
        assertEquals(List.of("Lab", "Valuation", "Growth"), table.header());
        List<Fact> cells = facts.stream().filter(f -> f.type().equals(Fact.TABLE_CELL)).toList();
        assertEquals(List.of("money", "percent", "number"), cells.stream().map(Fact::kind).toList());
        assertEquals(0, new BigDecimal("12.5").compareTo(cells.get(1).number()));
        assertEquals("Growth", cells.get(1).column());
        assertEquals("Fabrikam", cells.get(2).rowLabel());
    }

    @Test
    void everyFieldIsOnEveryLine() throws Exception {
        for (Fact f : ArticleFacts.of(article())) {
            String json = LedeJson.mapper().writeValueAsString(f);
            assertTrue(json.contains("\"qualifier\":") && json.contains("\"subject\":") && json.contains("\"sentence\":"), json);
            assertTrue(!json.contains("E+"), json);
        }
    }
}

package dev.lede.extract;

import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.MoneyAmount;
import dev.lede.model.TableCell;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The language, money and table stages wired together in {@link ArticleAnalyzer} (no NER). */
class ArticleFactsStagesTest {
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create(new AnalyzerConfig(AnalyzerConfig.DEFAULT_LANGUAGES, false));
    }

    static final String BODY = """
            Vroege werknemers en investeerders hebben samen $6,6 miljard opgehaald, gemiddeld meer dan \
            $10 miljoen per persoon. Het is de grootste uitbetaling in de geschiedenis van de sector.

            Early backers sold roughly $1,234 million worth of stock in May, and the secondary market \
            absorbed every share that was offered to it without any trouble at all.

            Valuations
            | Lab | Valuation | Cash-out | Share |
            |---|--:|--:|--:|
            | Northwind AI | $80B (2024) | $2.5B | 38% |
            | Contoso Labs | $6B (2024) | $800M | 12,5% |
            | Other | — | $1.6B | n/a |

            Data Takeaway: two labs account for half of all sales.""";

    @Test
    void moneyPerParagraphWithThatParagraphsConvention() {
        Article a = analyzer.analyzePlain(BODY, "file:///x.txt", Instant.EPOCH);
        List<MoneyAmount> money = a.money();
        assertEquals("$6,6 miljard", money.get(0).text());
        assertEquals(0, new BigDecimal("6600000000").compareTo(money.get(0).amount()));
        assertEquals("over", money.get(1).qualifier());
        assertEquals("persoon", money.get(1).per());
        // an English paragraph: "1,234" is one thousand two hundred and thirty-four
        assertEquals(0, new BigDecimal("1234000000").compareTo(money.get(2).amount()));
        assertEquals("about", money.get(2).qualifier());
        for (MoneyAmount m : money) {
            assertEquals(m.text(), BODY.substring(m.start(), m.end()));
        }
        assertTrue(money.stream().anyMatch(m -> m.text().equals("$80B")
                && m.sentence().equals("| Northwind AI | $80B (2024) | $2.5B | 38% |")));
    }

    @Test
    void tablesWithCaptionAndTypedCells() {
        Article a = analyzer.analyzePlain(BODY, "file:///x.txt", Instant.EPOCH);
        assertEquals(1, a.tables().size());
        DataTable t = a.tables().get(0);
        assertEquals("Data Takeaway: two labs account for half of all sales.", t.caption());
        assertEquals(List.of("Lab", "Valuation", "Cash-out", "Share"), t.header());
        TableCell valuation = t.cells().get(0).get(1);
        assertEquals("money", valuation.type());
        assertEquals(0, new BigDecimal("80000000000").compareTo(valuation.value()));
        assertEquals("USD", valuation.currency());
        assertEquals("percent", t.cells().get(0).get(3).type());
        assertEquals(0, new BigDecimal("38").compareTo(t.cells().get(0).get(3).value()));
        assertEquals("empty", t.cells().get(2).get(1).type());
        assertEquals("empty", t.cells().get(2).get(3).type());
    }

    @Test
    void languagesPerParagraph() {
        Article a = analyzer.analyzePlain(BODY, "file:///x.txt", Instant.EPOCH);
        assertTrue(a.languages().containsKey("nl"));
        assertTrue(a.languages().containsKey("en"));
        assertEquals("en", a.languages().keySet().iterator().next(), a.languages()::toString);
    }
}

package dev.lede.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.LedeJson;
import dev.lede.model.MoneyAmount;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The language, money and table stages on every sample article page, through the whole analyzer (HTML
 * stage included, NER off), against the sample archive's golden files: edition language, the body's main
 * language, every money amount (text, amount, currency, qualifier, range, rate) and every table (caption,
 * header, rows, source).
 */
class ArticleFactsGoldenTest {
    private static final String BASE = "http://lede.test/";
    private static ArticleAnalyzer analyzer;

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create(new AnalyzerConfig(AnalyzerConfig.DEFAULT_LANGUAGES, false));
    }

    static Stream<Path> goldenFiles() throws IOException {
        return SampleArchive.goldenFiles().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFiles")
    void moneyTablesAndLanguages(Path goldenFile) throws IOException {
        JsonNode g = LedeJson.mapper().readTree(goldenFile.toFile());
        String page = g.get("page").asText();
        // bytes in, charset from the page itself (one sample page is windows-1252), as the CLI reads a file
        String html = Jsoup.parse(SampleArchive.samples().resolve("site").resolve(page).toFile(), null, BASE + page).outerHtml();
        Article a = analyzer.analyzeHtml(html, BASE + page, Instant.EPOCH);
        assertAll(page,
                () -> assertEquals(g.get("language").asText(), a.language(), "edition language"),
                () -> assertEquals(g.get("bodyLanguage").asText(), a.languages().keySet().stream().findFirst().orElse(null),
                        () -> "body language " + a.languages()),
                () -> assertEquals(money(g.get("money")), money(a.money()), "money"),
                () -> assertEquals(tables(g.get("tables")), tables(a.tables()), "tables"));
    }

    private static List<String> money(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(m -> out.add(String.join(" ; ", m.get("text").asText(), decimal(m.get("amount")),
                m.get("currency").asText(), text(m.get("qualifier")), decimal(m.get("low")), decimal(m.get("high")),
                text(m.get("per")))));
        return out;
    }

    private static List<String> money(List<MoneyAmount> amounts) {
        List<String> out = new ArrayList<>();
        for (MoneyAmount m : amounts) {
            out.add(String.join(" ; ", m.text(), plain(m.amount()), m.currency(), String.valueOf(m.qualifier()),
                    plain(m.low()), plain(m.high()), String.valueOf(m.per())));
        }
        return out;
    }

    private static List<String> tables(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.forEach(t -> out.add(t.get("source").asText() + " | caption: " + t.get("caption").asText() + "\n"
                + t.get("header") + "\n" + t.get("rows")));
        return out;
    }

    private static List<String> tables(List<DataTable> tables) {
        List<String> out = new ArrayList<>();
        for (DataTable t : tables) {
            out.add(t.source() + " | caption: " + t.caption() + "\n" + LedeJson.mapper().valueToTree(t.header()) + "\n"
                    + LedeJson.mapper().valueToTree(t.rows()));
        }
        return out;
    }

    private static String decimal(JsonNode n) {
        return n == null || n.isNull() ? "null" : plain(n.decimalValue());
    }

    private static String plain(BigDecimal d) {
        return d == null ? "null" : d.stripTrailingZeros().toPlainString();
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "null" : n.asText();
    }
}

package dev.lede.extract;

import dev.lede.extract.lang.LanguageIdentifier;
import dev.lede.extract.lang.LanguageSpan;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.extract.table.HtmlTableParser;
import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.model.Article;
import dev.lede.model.DataTable;
import dev.lede.model.MoneyAmount;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A megabyte of hostile input through every stage of this package: no exception, sane output. The time
 * limit is only a hang detector for a super-linear blow-up (minutes, not a benchmark).
 */
class HostileInputTest {
    private static final int MB = 1 << 20;
    private static final Duration HANG = Duration.ofMinutes(2);
    private static ArticleAnalyzer analyzer;

    private final MoneyExtractor money = new MoneyExtractor();
    private final MarkdownTableParser markdown = new MarkdownTableParser();

    @BeforeAll
    static void load() {
        analyzer = ArticleAnalyzer.create(new AnalyzerConfig(AnalyzerConfig.DEFAULT_LANGUAGES, false));
    }

    private static String repeat(String unit) {
        return unit.repeat(MB / unit.length() + 1).substring(0, MB);
    }

    private static <T> T guarded(Supplier<T> work) {
        return assertTimeoutPreemptively(HANG, work::get);
    }

    @Test
    void megabyteOfDigits() {
        String digits = repeat("0123456789");
        assertEquals(List.of(), guarded(() -> money.extract(digits, "en")));
        assertEquals(List.of(), guarded(() -> money.extract("$" + digits, "en")), "a 1 MB number is no amount");
        assertEquals(List.of(), guarded(() -> markdown.parse(digits)));
    }

    @Test
    void megabyteOfCurrencySymbols() {
        assertEquals(List.of(), guarded(() -> money.extract(repeat("$€£¥"), "nl")));
        List<MoneyAmount> many = guarded(() -> money.extract(repeat("$1 "), "en"));
        assertEquals(MoneyExtractor.MAX_AMOUNTS, many.size(), "capped, not a heap full of sentences");
        List<MoneyAmount> mixed = guarded(() -> money.extract(repeat("€1,2,3.4.5 mld-$-US$ 6,6 miljard+"), "nl"));
        assertTrue(mixed.size() > 1000);
        guarded(() -> money.extract(repeat("tussen 5 en "), "nl"));
        guarded(() -> money.extract(repeat("between $"), "en"));
    }

    @Test
    void megabyteOfPipes() {
        assertEquals(List.of(), guarded(() -> markdown.parse(repeat("|"))));
        assertEquals(List.of(), guarded(() -> markdown.parse(repeat("|\n"))));
        assertEquals(List.of(), guarded(() -> markdown.parse(repeat("|" + "-|".repeat(300) + "\n"))), "too wide");
        List<DataTable> tables = guarded(() -> markdown.parse(repeat("| a | $5M |\n|---|---|\n")));
        assertEquals(1, tables.size());
        assertTrue(tables.get(0).rows().size() > 10_000);
        guarded(() -> markdown.parse(repeat("| `a\\|` | **b\\| |\n")));
        guarded(() -> markdown.parseMarkdown(repeat("|*_[`<")));
        guarded(() -> money.extract(repeat("| $1 | "), "en"));
    }

    @Test
    void deeplyNestedAndVeryWideHtmlTables() {
        int depth = 3000;
        String nested = "<table><tr><td>x".repeat(depth) + "</td></tr></table>".repeat(depth);
        Document doc = guarded(() -> Jsoup.parse(nested));
        HtmlTableParser html = new HtmlTableParser();
        DataTable outer = guarded(() -> html.parse(doc.selectFirst("table")));
        assertEquals(List.of(), outer.header(), outer::toString);
        String wide = "<table><tr>" + "<td colspan=1000>$1</td>".repeat(20_000) + "</tr></table>";
        DataTable t = guarded(() -> html.parse(Jsoup.parse(wide).selectFirst("table")));
        t.rows().forEach(r -> assertTrue(r.size() <= 200));
    }

    @Test
    void languagesOnHostileText() {
        LanguageIdentifier lang = new LanguageIdentifier(AnalyzerConfig.DEFAULT_LANGUAGES);
        List<LanguageSpan> spans = guarded(() -> lang.paragraphs(repeat("Dit is een zin. This is one. 中文。 "), "nl"));
        assertTrue(!spans.isEmpty());
        guarded(() -> lang.paragraphs(repeat("a\n\n"), "en"));
    }

    @Test
    void wholeAnalyzerOnAHostileBody() {
        String body = repeat("Het kost $6,6 miljard.\n\n| a | b |\n|---|---|\n| $1 | 43% |\n\n€€€ 1.2.3 ||| 2.1e25 GPT-4 128K\n\n");
        Article a = guarded(() -> analyzer.analyzePlain(body, "file:///hostile.txt", Instant.EPOCH));
        assertTrue(a.money().size() > 1000);
        assertTrue(!a.tables().isEmpty());
        for (MoneyAmount m : a.money()) {
            assertEquals(m.text(), body.substring(m.start(), m.end()));
        }
    }
}

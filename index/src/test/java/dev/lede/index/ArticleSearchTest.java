package dev.lede.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static dev.lede.index.TestArticles.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleSearchTest {
    @TempDir
    static Path dir;
    static ArticleIndex index;

    @BeforeAll
    static void indexArticles() throws Exception {
        index = ArticleIndex.open(dir);
        index.upsert(article("https://news.example/en/asml-factory").title("ASML builds a new factory in Eindhoven")
                .summary("The chip machine maker invests in its home town.")
                .body("ASML said on Tuesday it will spend €600 million on factories near Eindhoven. "
                        + "The new factory opens in 2028, said chief executive Christophe Fouquet.")
                .published("2026-05-12").company("ASML").person("Christophe Fouquet")
                .money("€600 million", "600000000", "EUR").build());
        index.upsert(article("https://news.example/nl/asml-fabriek").language("nl")
                .title("ASML bouwt nieuwe fabriek in Eindhoven")
                .summary("De chipmachinemaker investeert in de thuisstad.")
                .body("ASML gaat 600 miljoen euro uitgeven aan fabrieken bij Eindhoven, zei het bedrijf dinsdag.")
                .published("2026-05-12").company("ASML").money("600 miljoen euro", "600000000", "EUR").build());
        index.upsert(article("https://news.example/en/mistral").title("Mistral raises money")
                .body("Mistral AI raised $2 billion from investors. The factory of ideas keeps running.")
                .published("2026-04-02").company("Mistral AI").money("$2 billion", "2000000000", "USD").build());
        index.upsert(article("https://news.example/en/hostile").title("<script>alert(1)</script> factory")
                .body("A factory <img src=x onerror=alert(1)> & \"quotes\" 'single' story.")
                .published("2025-12-30").build());
        index.commit();
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResults search(SearchQuery q) throws Exception {
        return index.search().search(q);
    }

    @Test
    void findsByStemInEachLanguageWithMarkedSnippets() throws Exception {
        SearchResults en = search(SearchQuery.of("factories"));
        assertTrue(en.hits().stream().anyMatch(h -> h.url().endsWith("/en/asml-factory")));
        SearchHit hit = en.hits().stream().filter(h -> h.url().endsWith("/en/asml-factory")).findFirst().orElseThrow();
        assertTrue(hit.snippet().contains("<mark>factories</mark>"), hit.snippet());
        assertEquals(List.of("ASML"), hit.companies());
        assertEquals(List.of("Christophe Fouquet"), hit.people());

        SearchResults nl = search(SearchQuery.of("fabriek"));
        assertEquals(1, nl.total(), "Dutch stemming: fabriek finds fabrieken");
        assertTrue(nl.hits().get(0).snippet().contains("<mark>fabrieken</mark>"), nl.hits().get(0).snippet());
    }

    @Test
    void snippetsEscapeEverythingButTheMarks() throws Exception {
        SearchResults r = search(SearchQuery.of("story"));
        assertEquals(1, r.total());
        String snippet = r.hits().get(0).snippet();
        assertFalse(snippet.contains("<img"), snippet);
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertTrue(snippet.contains("&amp;") && snippet.contains("&quot;quotes&quot;") && snippet.contains("&#x27;single&#x27;"), snippet);
        assertEquals(snippet.replaceAll("</?mark>", "").indexOf('<'), -1, "no markup but <mark>");
        assertEquals("<script>alert(1)</script> factory", r.hits().get(0).title(), "titles are plain text");
    }

    @Test
    void filtersByCompanyLanguageDateAndAmount() throws Exception {
        assertEquals(2, search(new SearchQuery("", List.of("asml"), List.of(), null, null, null, null, 10, 0)).total());
        assertEquals(1, search(new SearchQuery("", List.of("ASML"), List.of(), "nl", null, null, null, 10, 0)).total());
        assertEquals(1, search(new SearchQuery("", List.of(), List.of(), null, "2026-04", "2026-04", null, 10, 0)).total());
        assertEquals(2, search(new SearchQuery("", List.of(), List.of(), null, "2026-05-01", null, null, 10, 0)).total());
        SearchResults big = search(new SearchQuery("", List.of(), List.of(), null, null, null, new BigDecimal("1000000000"), 10, 0));
        assertEquals(1, big.total());
        assertEquals("Mistral raises money", big.hits().get(0).title());
        assertEquals(0, search(new SearchQuery("factory", List.of("Mistral AI"), List.of("Christophe Fouquet"), null, null, null, null, 10, 0)).total());
    }

    @Test
    void blankTextListsNewestFirstWithFacets() throws Exception {
        SearchResults all = search(SearchQuery.of(""));
        assertEquals(4, all.total());
        assertEquals("2026-05-12", all.hits().get(0).publishedAt());
        assertEquals("2025-12-30", all.hits().get(3).publishedAt());
        assertEquals(List.of(new FacetCount("ASML", 2), new FacetCount("Mistral AI", 1)), all.facets().get("company"));
        assertEquals(List.of(new FacetCount("en", 3), new FacetCount("nl", 1)), all.facets().get("language"));
        assertEquals(List.of(new FacetCount("2026-05", 2), new FacetCount("2026-04", 1), new FacetCount("2025-12", 1)),
                all.facets().get("month"));
        assertEquals(List.of(new FacetCount("Christophe Fouquet", 1)), all.facets().get("person"));
    }

    @Test
    void facetsCountTheMatchesOnly() throws Exception {
        SearchResults r = search(SearchQuery.of("Eindhoven"));
        assertEquals(2, r.total());
        assertEquals(List.of(new FacetCount("ASML", 2)), r.facets().get("company"));
    }

    @Test
    void pagesThroughHits() throws Exception {
        SearchResults first = search(SearchQuery.of("").withLimit(2));
        SearchResults second = search(SearchQuery.of("").withLimit(2).withOffset(2));
        assertEquals(2, first.hits().size());
        assertEquals(2, second.hits().size());
        assertEquals(4, second.total());
        assertFalse(first.hits().stream().anyMatch(h -> second.hits().stream().anyMatch(s -> s.id().equals(h.id()))));
    }

    @Test
    void badQueriesSayWhy() {
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("x", null, null, null, "May 2026", null, null, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new SearchQuery("x", null, null, null, null, null, null, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.of("x".repeat(600)));
        assertEquals(SearchQuery.MAX_LIMIT, SearchQuery.of("x").withLimit(5000).limit());
    }

    @Test
    void queryWithOperatorsAndHostileSyntaxDoesNotFail() throws Exception {
        assertEquals(1, search(SearchQuery.of("\"new factory\" -Mistral")).total());
        search(SearchQuery.of("((( \"unclosed * | -- ~~ \\"));
    }

    @Test
    void aTableInASnippetReadsAsCellsNotAsMarkdown() {
        String body = "Funding rounds this year.\n| Company | Round |\n| --- | ---: |\n| Zhipu AI | $1.4 billion |\n| A \\| B | $2 million |";
        StringBuilder html = new StringBuilder();
        SnippetFormatter.escape(html, body, 0, body.length());
        assertEquals("Funding rounds this year. Company \u00B7 Round; Zhipu AI \u00B7 $1.4 billion; A | B \u00B7 $2 million;",
                html.toString());
        // escaped in pieces, as around a highlight that starts and ends at a cell's pipes
        int cell = body.indexOf("Zhipu AI");
        StringBuilder pieces = new StringBuilder();
        SnippetFormatter.escape(pieces, body, 0, cell);
        pieces.append("<mark>");
        SnippetFormatter.escape(pieces, body, cell, cell + "Zhipu AI".length());
        pieces.append("</mark>");
        SnippetFormatter.escape(pieces, body, cell + "Zhipu AI".length(), body.length());
        assertEquals("Funding rounds this year. Company \u00B7 Round; <mark>Zhipu AI</mark> \u00B7 $1.4 billion; A | B \u00B7 $2 million;",
                pieces.toString());
    }
}

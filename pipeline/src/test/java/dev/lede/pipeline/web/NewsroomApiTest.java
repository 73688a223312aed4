package dev.lede.pipeline.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.extract.fact.ArticleFacts;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.Fact;
import dev.lede.model.LedeJson;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON API and the server's edges over real HTTP, against a real index of the sample site. */
class NewsroomApiTest {
    private static NewsroomServer server;
    private static ArticleIndex index;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        index = SampleIndex.get();
        server = NewsroomServer.start(index, ServerSettings.defaults().listeningOn("127.0.0.1", 0));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    record Reply(int status, String contentType, String body) {
        JsonNode json() throws IOException {
            assertTrue(contentType.startsWith("application/json"), "JSON expected, got " + contentType + ": " + body);
            return LedeJson.mapper().readTree(body);
        }
    }

    static Reply get(String pathAndQuery) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(server.url() + pathAndQuery.substring(1))).GET().build());
    }

    static Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The company named by the most sample articles, and those articles' ids. */
    static Map.Entry<String, Set<String>> mostCoveredCompany() {
        Map<String, Set<String>> byCompany = new TreeMap<>();
        for (Article a : SampleIndex.samples()) {
            for (Entity c : a.companies()) {
                byCompany.computeIfAbsent(c.name(), k -> new HashSet<>()).add(a.id());
            }
        }
        return byCompany.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, Set<String>> e) -> e.getValue().size()))
                .orElseThrow(() -> new AssertionError("the sample articles name no company"));
    }

    @Test
    void healthzCountsTheArticles() throws Exception {
        Reply r = get("/healthz");
        assertEquals(200, r.status());
        JsonNode json = r.json();
        assertEquals("ok", json.get("status").asText());
        assertEquals(SampleIndex.samples().size() + 1, json.get("articles").asInt());
    }

    @Test
    void searchByCompanyFindsExactlyTheArticlesNamingIt() throws Exception {
        Map.Entry<String, Set<String>> company = mostCoveredCompany();
        Reply r = get("/api/search?company=" + enc(company.getKey()) + "&limit=100");
        assertEquals(200, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(List.of("total", "limit", "offset", "results", "facets"), names(json));
        assertEquals(company.getValue().size(), json.get("total").asInt());
        Set<String> ids = new HashSet<>();
        for (JsonNode hit : json.get("results")) {
            assertEquals(List.of("id", "url", "title", "publishedAt", "language", "snippet", "companies", "people",
                    "score"), names(hit));
            ids.add(hit.get("id").asText());
            List<String> companies = new ArrayList<>();
            hit.get("companies").forEach(c -> companies.add(c.asText()));
            assertTrue(companies.contains(company.getKey()), hit.toString());
        }
        assertEquals(company.getValue(), ids);
        // the facet of the filtered company counts every result
        JsonNode companyFacet = json.get("facets").get("company");
        assertNotNull(companyFacet);
        boolean found = false;
        for (JsonNode f : companyFacet) {
            if (f.get("value").asText().equals(company.getKey())) {
                assertEquals(company.getValue().size(), f.get("count").asInt());
                found = true;
            }
        }
        assertTrue(found, "company facet lists " + company.getKey());
    }

    @Test
    void textSearchHighlightsMatchesInEscapedSnippets() throws Exception {
        JsonNode json = get("/api/search?q=" + HostileArticle.MARKER).json();
        assertEquals(1, json.get("total").asInt());
        String snippet = json.get("results").get(0).get("snippet").asText();
        assertFalse(snippet.contains("<script"), snippet);
        assertTrue(get("/api/search?q=Mistral").json().get("results").get(0).get("snippet").asText().contains("<mark>"));
    }

    @Test
    void languageFilterAndPaging() throws Exception {
        JsonNode nl = get("/api/search?lang=nl&limit=100").json();
        long dutch = SampleIndex.samples().stream().filter(a -> "nl".equals(a.language())).count();
        assertEquals(dutch, nl.get("total").asLong());
        nl.get("results").forEach(h -> assertEquals("nl", h.get("language").asText()));

        JsonNode page1 = get("/api/search?limit=2").json();
        JsonNode page2 = get("/api/search?limit=2&offset=2").json();
        assertEquals(2, page1.get("results").size());
        assertEquals(2, page2.get("offset").asInt());
        assertFalse(page1.get("results").get(0).get("id").equals(page2.get("results").get(0).get("id")));
    }

    @Test
    void minAmountIsANumericRange() throws Exception {
        BigDecimal billion = new BigDecimal("1000000000");
        Set<String> expected = new HashSet<>();
        for (Article a : SampleIndex.samples()) {
            if (a.money().stream().anyMatch(m -> m.amount() != null && m.amount().compareTo(billion) >= 0)) {
                expected.add(a.id());
            }
        }
        Set<String> got = new HashSet<>();
        get("/api/search?minAmount=1bn&limit=100").json().get("results").forEach(h -> got.add(h.get("id").asText()));
        assertTrue(expected.size() > 0, "a sample article mentions a billion or more");
        assertEquals(expected, got);
        assertEquals(0, get("/api/search?minAmount=999999999999999").json().get("total").asInt());
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "offset=-1", "offset=10001", "lang=english",
            "from=2026-13", "to=2026-02-30", "from=2026-06&to=2026-05", "minAmount=1e999999999", "minAmount=1,5m",
            "colour=red", "q=a&q=b"})
    void badParametersAre400WithAMessageNamingThem(String query) throws Exception {
        Reply r = get("/api/search?" + query);
        assertEquals(400, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(400, json.get("status").asInt());
        String parameter = query.substring(0, query.indexOf('='));
        assertEquals(parameter, json.get("parameter").asText());
        assertTrue(json.get("error").asText().contains(parameter), json.toString());
    }

    @Test
    void capsOnQuerySizeAndFilterCount() throws Exception {
        Reply longQuery = get("/api/search?q=" + "a".repeat(501));
        assertEquals(400, longQuery.status());
        assertTrue(longQuery.json().get("error").asText().contains("500"));
        assertEquals(200, get("/api/search?q=" + "a".repeat(500)).status());

        StringBuilder many = new StringBuilder("/api/search?q=x");
        for (int i = 0; i < 21; i++) {
            many.append("&company=c").append(i);
        }
        assertEquals(400, get(many.toString()).status());
        // beyond what any search needs, Jetty refuses the request line itself
        int tooLong = get("/api/search?q=" + "b".repeat(20_000)).status();
        assertTrue(tooLong == 414 || tooLong == 431, "status " + tooLong);
    }

    @Test
    void articleUsesTheRecordsFieldNames() throws Exception {
        Article sample = SampleIndex.samples().get(0);
        Reply r = get("/api/articles/" + sample.id());
        assertEquals(200, r.status());
        JsonNode json = r.json();
        List<String> expected = names(LedeJson.mapper().valueToTree(sample));
        assertEquals(expected, names(json));
        assertEquals(sample.id(), json.get("id").asText());
        assertEquals(sample.title(), json.get("title").asText());
    }

    @Test
    void relatedListsOtherArticlesUpToTheLimit() throws Exception {
        Article sample = SampleIndex.samples().get(0);
        Reply r = get("/api/articles/" + sample.id() + "/related?limit=3");
        assertEquals(200, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(sample.id(), json.get("id").asText());
        assertTrue(json.get("results").size() <= 3);
        assertTrue(json.get("results").size() >= 1, "the sample site's articles are related to each other");
        for (JsonNode rel : json.get("results")) {
            assertFalse(rel.get("id").asText().equals(sample.id()));
            assertEquals(List.of("id", "url", "title", "language", "publishedAt", "score", "sharedCompanies",
                    "sharedPeople", "sharedTerms", "alsoIn"), names(rel));
        }
        assertEquals(400, get("/api/articles/" + sample.id() + "/related?limit=51").status());
        assertEquals(400, get("/api/articles/" + sample.id() + "?limit=5").status());
    }

    @Test
    void factsOfTheArticlesNamingACompany() throws Exception {
        Map.Entry<String, Set<String>> company = NewsroomApiTest.mostCoveredCompany();
        Reply r = get("/api/facts?type=money&company=" + enc(company.getKey()));
        assertEquals(200, r.status(), r.body());
        JsonNode json = r.json();
        assertEquals(List.of("limit", "offset", "nextOffset", "results"), names(json));
        assertTrue(json.get("results").size() > 0);
        List<String> factFields = names(LedeJson.mapper().valueToTree(ArticleFacts.of(SampleIndex.samples().get(0)).get(0)));
        for (JsonNode fact : json.get("results")) {
            assertEquals(factFields, names(fact));
            assertEquals("money", fact.get("type").asText());
            assertTrue(company.getValue().contains(fact.get("articleId").asText()), fact.toString());
            assertTrue(fact.get("amount").isNumber());
        }
        // the entity facts of one company, wherever it is named
        JsonNode named = get("/api/facts?type=company&subject=" + enc(company.getKey())).json();
        assertEquals(company.getValue().size(), named.get("results").size());
        named.get("results").forEach(f -> assertEquals(company.getKey(), f.get("value").asText()));
    }

    @Test
    void factsOfOneArticlePageInOrder() throws Exception {
        Article article = SampleIndex.samples().stream().max(Comparator.comparingInt(a -> ArticleFacts.of(a).size()))
                .orElseThrow();
        List<Fact> expected = ArticleFacts.of(article);
        assertTrue(expected.size() > 4);
        JsonNode all = get("/api/facts?article=" + article.id() + "&limit=100").json();
        assertEquals(Math.min(100, expected.size()), all.get("results").size());
        JsonNode first = get("/api/facts?article=" + article.id() + "&limit=2").json();
        JsonNode second = get("/api/facts?article=" + article.id() + "&limit=2&offset=2").json();
        assertEquals(2, first.get("nextOffset").asInt());
        List<String> values = new ArrayList<>();
        first.get("results").forEach(f -> values.add(f.get("type").asText() + ":" + f.get("value").asText()));
        second.get("results").forEach(f -> values.add(f.get("type").asText() + ":" + f.get("value").asText()));
        assertEquals(expected.subList(0, 4).stream().map(f -> f.type() + ":" + f.value()).toList(), values);
        JsonNode last = get("/api/facts?article=" + article.id() + "&offset=" + (expected.size() - 1)).json();
        assertEquals(1, last.get("results").size());
        assertTrue(last.get("nextOffset").isNull());
    }

    @ParameterizedTest
    @ValueSource(strings = {"type=rumour", "limit=0", "offset=-3", "article=x&company=y", "sort=date"})
    void badFactParametersAre400(String query) throws Exception {
        Reply r = get("/api/facts?" + query);
        assertEquals(400, r.status(), r.body());
        assertEquals(query.substring(0, query.indexOf('=')), r.json().get("parameter").asText());
    }

    @Test
    void unknownIdsAndRoutesAre404() throws Exception {
        assertEquals(404, get("/api/facts?article=0000000000000000").status());
        Reply article = get("/api/articles/0000000000000000");
        assertEquals(404, article.status());
        assertTrue(article.json().get("error").asText().contains("0000000000000000"));
        assertEquals(404, get("/api/articles/0000000000000000/related").status());
        assertEquals(404, get("/api/nothing").json().get("status").asInt());
        Reply page = get("/articles/0000000000000000");
        assertEquals(404, page.status());
        assertTrue(page.contentType().startsWith("text/html"));
        assertEquals(404, get("/no/such/page").status());
    }

    @Test
    void onlyGetIsServed() throws Exception {
        Reply post = send(HttpRequest.newBuilder(URI.create(server.url() + "api/search"))
                .POST(HttpRequest.BodyPublishers.ofString("q=x")).build());
        assertEquals(405, post.status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/static/../pom.xml", "/static/..%2f..%2f..%2fpom.xml", "/static/%2e%2e/%2e%2e/%2e%2e/pom.xml",
            "/static/..%5c..%5c..%5cpom.xml", "/..%2f..%2f..%2f..%2fetc/passwd", "/articles/..%2F..%2F..%2Fpom.xml",
            "/static/app.css/../../../../etc/passwd", "//etc/passwd", "/static/%252e%252e/pom.xml",
            "/api/articles/..%2f..%2f..%2fpom.xml"})
    void noPathReachesTheFileSystem(String path) throws Exception {
        String response = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        int status = Integer.parseInt(response.substring(9, 12));
        assertTrue(status == 400 || status == 404, path + " answered " + response.lines().findFirst().orElse(""));
        assertFalse(response.contains("<project") || response.contains("root:x:"), path);
    }

    @Test
    void staticAssetsAndSecurityHeaders() throws Exception {
        HttpResponse<String> css = HTTP.send(HttpRequest.newBuilder(URI.create(server.url() + "static/app.css")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(server.url())).build(),
                HttpResponse.BodyHandlers.ofString());
        String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"), csp);
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertFalse(page.headers().firstValue("Server").isPresent(), "no server version advertised");
    }

    @Test
    void listensOnLoopbackByDefault() {
        assertEquals("127.0.0.1", ServerSettings.defaults().host());
        assertTrue(server.url().startsWith("http://127.0.0.1:"));
    }

    @Test
    void pagesEscapeHostileText() throws Exception {
        String page = get("/?q=" + HostileArticle.MARKER).body();
        assertTrue(page.contains(HostileArticle.MARKER));
        assertFalse(page.contains("<script>window"), "raw script from article text in the search page");
        assertFalse(page.contains("<img src=x"), "raw markup from article text in the search page");
        String article = get("/articles/" + HostileArticle.create().id()).body();
        assertFalse(article.contains("<script>window"), "raw script from article text in the article page");
        assertFalse(article.contains("<img src=x"));
        assertFalse(article.contains("href=\"javascript:") || article.contains("href=\"data:text"),
                "article links with a script scheme");
        assertTrue(article.contains("&lt;script&gt;"), "the text is shown, escaped");
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }
}

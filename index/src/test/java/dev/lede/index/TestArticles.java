package dev.lede.index;

import dev.lede.model.Article;
import dev.lede.model.ArticleId;
import dev.lede.model.Entity;
import dev.lede.model.MoneyAmount;
import dev.lede.model.Section;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds article records for tests, with the parts the index looks at. */
final class TestArticles {
    private String url;
    private String language = "en";
    private String title = "";
    private String summary = "";
    private String body = "";
    private String publishedAt;
    private String bodyLanguage;
    private final List<Entity> companies = new ArrayList<>();
    private final List<Entity> people = new ArrayList<>();
    private final List<MoneyAmount> money = new ArrayList<>();
    private final List<String> topics = new ArrayList<>();

    static TestArticles article(String url) {
        TestArticles t = new TestArticles();
        t.url = url;
        return t;
    }

    TestArticles language(String l) {
        language = l;
        return this;
    }

    TestArticles bodyLanguage(String l) {
        bodyLanguage = l;
        return this;
    }

    TestArticles title(String t) {
        title = t;
        return this;
    }

    TestArticles summary(String s) {
        summary = s;
        return this;
    }

    TestArticles body(String b) {
        body = b;
        return this;
    }

    TestArticles published(String p) {
        publishedAt = p;
        return this;
    }

    TestArticles company(String name) {
        companies.add(new Entity(name, "company", 1, List.of(), List.of(), false, false));
        return this;
    }

    TestArticles person(String name) {
        people.add(new Entity(name, "person", 1, List.of(), List.of(), false, false));
        return this;
    }

    TestArticles money(String text, String amount, String currency) {
        int start = Math.max(0, body.indexOf(text));
        money.add(new MoneyAmount(text, new BigDecimal(amount), currency, null, null, null, null, null,
                "", start, start + text.length()));
        return this;
    }

    TestArticles topic(String t) {
        topics.add(t);
        return this;
    }

    Article build() {
        String bodyLang = bodyLanguage == null ? language : bodyLanguage;
        return new Article(ArticleId.of(url), url, url, Instant.parse("2026-05-20T10:00:00Z"), publishedAt, null,
                language, title, summary, List.of(), "Test News", body,
                List.of(new Section("", bodyLang, body, 0, body.length())), Map.of(bodyLang, 1.0), money,
                people, companies, List.of(), List.of(), List.of(), List.of(), topics,
                ArticleId.sha256Hex(title + "\u0000" + summary + "\u0000" + body));
    }
}

package dev.lede.pipeline.web;

import dev.lede.model.Article;
import dev.lede.model.ArticleId;
import dev.lede.model.DataTable;
import dev.lede.model.Entity;
import dev.lede.model.FaqEntry;
import dev.lede.model.FurtherReading;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import dev.lede.model.Section;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * An article written by an attacker: every text field carries markup that would run script if the page
 * wrote it unescaped — a script element, an image whose error handler runs, an attribute break-out — and
 * its links are {@code javascript:} URLs. Each payload sets {@code window.__pwned} or changes the
 * document title, so a browser test can tell whether any of it ran.
 */
final class HostileArticle {
    /** A word only this article contains, to find it by search. */
    static final String MARKER = "Zyxwarble";
    static final String SCRIPT = "<script>window.__pwned='script';document.title='PWNED'</script>";
    static final String IMG = "<img src=x onerror=\"window.__pwned='img'\">";
    static final String ATTR = "\" onmouseover=\"window.__pwned='attr'\" autofocus onfocus=\"window.__pwned='focus'\" x=\"";
    static final String TITLE = MARKER + " takeover " + SCRIPT + IMG;
    static final String URL = "https://evil.example/" + MARKER.toLowerCase() + "?a=\"><script>window.__pwned='url'</script>";
    static final String COMPANY = "Evil" + ATTR + "Corp";
    static final String PERSON = "Mallory <script>window.__pwned='person'</script>";

    private HostileArticle() {
    }

    static Article create() {
        String p1 = MARKER + " said " + SCRIPT + " and paid $5 million " + IMG + " to " + COMPANY + ".";
        String table = "| Name | Amount |\n|---|---|\n| " + SCRIPT + " | " + IMG + " |";
        String p3 = PERSON + " wrote " + ATTR + " in </p></div><script>window.__pwned='close'</script>.";
        String body = p1 + "\n\n" + table + "\n\n" + p3;
        int money = body.indexOf("$5 million");
        int company = body.indexOf(COMPANY);
        int person = body.indexOf(PERSON);
        return new Article(ArticleId.of(URL), URL, URL, Instant.parse("2026-05-14T10:00:00Z"), "2026-05-14",
                null, "en", TITLE, "Summary " + SCRIPT + ATTR, List.of("Eve " + IMG), "Site " + SCRIPT, body,
                List.of(new Section("", "en", body, 0, body.length())), Map.of("en", 1.0),
                List.of(new MoneyAmount("$5 million", new BigDecimal("5000000"), "USD", "over" + IMG, null, null,
                        null, COMPANY, p1, money, money + "$5 million".length())),
                List.of(new Entity(PERSON, "person", 1, List.of(IMG),
                        List.of(new Mention(person, person + PERSON.length(), PERSON)), false, false)),
                List.of(new Entity(COMPANY, "company", 1, List.of(),
                        List.of(new Mention(company, company + COMPANY.length(), COMPANY)), false, false)),
                List.of(new Entity("Ministry " + SCRIPT, "government", 1, List.of(), List.of(), false, false)),
                List.of(new DataTable("Caption " + SCRIPT, List.of("Name " + IMG, "Amount" + ATTR),
                        List.of(List.of(SCRIPT, IMG), List.of("javascript:alert(1)", ATTR)), "markdown")),
                List.of(new FurtherReading("Read " + SCRIPT + IMG, "javascript:window.__pwned='href'",
                                "Teaser " + IMG),
                        new FurtherReading("Data " + ATTR, "data:text/html,<script>window.__pwned='data'</script>",
                                ATTR)),
                List.of(new FaqEntry("Q " + SCRIPT, "A " + IMG)),
                List.of("topic " + SCRIPT), ArticleId.sha256Hex(body));
    }
}

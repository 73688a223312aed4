package dev.lede.pipeline.web.view;

import dev.lede.model.Article;
import dev.lede.model.Entity;
import dev.lede.model.Mention;
import dev.lede.model.MoneyAmount;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyTextTest {
    static Article article(String body, List<MoneyAmount> money, List<Entity> companies) {
        return new Article("id", "http://x.test/a", null, null, null, null, "en", "T", "", List.of(), null, body,
                List.of(), Map.of(), money, List.of(), companies, List.of(), List.of(), List.of(), List.of(),
                List.of(), "h");
    }

    static MoneyAmount money(String body, String text) {
        int start = body.indexOf(text);
        return new MoneyAmount(text, BigDecimal.ONE, "USD", null, null, null, null, null, "", start, start + text.length());
    }

    static String text(BodyText.Paragraph p) {
        return p.spans().stream().map(BodyText.Span::text).collect(Collectors.joining());
    }

    @Test
    void paragraphsKeepEveryCharacterAndMarkFacts() {
        String body = "Mistral raised $2 billion.\n\nNvidia joined.\n\n| a | b |\n| 1 | 2 |";
        int n = body.indexOf("Nvidia");
        Article a = article(body, List.of(money(body, "$2 billion")),
                List.of(new Entity("Nvidia", "company", 1, List.of(), List.of(new Mention(n, n + 6, "Nvidia")), false, false)));
        BodyText t = BodyText.of(a);
        assertEquals(3, t.paragraphs().size());
        assertEquals("Mistral raised $2 billion.", text(t.paragraphs().get(0)));
        BodyText.Span amount = t.paragraphs().get(0).spans().get(1);
        assertEquals("money", amount.kind());
        assertEquals("money-0", amount.anchor());
        assertEquals("$2 billion", amount.text());
        assertEquals("company", t.paragraphs().get(1).spans().get(0).kind());
        assertFalse(t.paragraphs().get(1).table());
        assertTrue(t.paragraphs().get(2).table());
    }

    @Test
    void sectionHeadingsAreKnown() {
        String body = "Intro.\n\nKey Players\n\nText.";
        Article plain = article(body, List.of(), List.of());
        Article a = new Article(plain.id(), plain.url(), null, null, null, null, "en", "T", "", List.of(), null, body,
                List.of(new dev.lede.model.Section("", "en", "Intro.", 0, 6),
                        new dev.lede.model.Section("Key Players", "en", "Text.", 21, 26)),
                Map.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), "h");
        List<BodyText.Paragraph> p = BodyText.of(a).paragraphs();
        assertEquals(List.of(false, true, false), p.stream().map(BodyText.Paragraph::heading).toList());
    }

    @Test
    void badOffsetsAreLeftUnmarkedNotFatal() {
        String body = "One.\n\nTwo.";
        List<MoneyAmount> money = List.of(
                new MoneyAmount("x", BigDecimal.ONE, "USD", null, null, null, null, null, "", -5, 2),
                new MoneyAmount("x", BigDecimal.ONE, "USD", null, null, null, null, null, "", 2, 999),
                new MoneyAmount("x", BigDecimal.ONE, "USD", null, null, null, null, null, "", 3, 7),  // across the break
                new MoneyAmount("x", BigDecimal.ONE, "USD", null, null, null, null, null, "", 4, 1)); // inverted
        BodyText t = BodyText.of(article(body, money, List.of()));
        assertEquals(List.of("One.", "Two."), t.paragraphs().stream().map(BodyTextTest::text).toList());
        t.paragraphs().forEach(p -> p.spans().forEach(s -> assertEquals(null, s.kind())));
    }

    @Test
    void overlappingMarksKeepTheFirst() {
        String body = "Anthropic's $7.5B round";
        List<Entity> companies = List.of(new Entity("Anthropic", "company", 1, List.of(),
                List.of(new Mention(0, 16, "Anthropic's $7.5")), false, false));
        BodyText t = BodyText.of(article(body, List.of(money(body, "$7.5B")), companies));
        assertEquals(body, text(t.paragraphs().get(0)));
        assertEquals(1, t.paragraphs().get(0).spans().stream().filter(s -> s.kind() != null).count());
    }
}

package dev.lede.pipeline.web.view;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DisplayTest {
    @Test
    void amounts() {
        assertEquals("USD 6.6 billion", Display.amount(new BigDecimal("6600000000"), "USD"));
        assertEquals("EUR 600 million", Display.amount(new BigDecimal("6E+8"), "EUR"));
        assertEquals("EUR 1,234.56", Display.amount(new BigDecimal("1234.56"), "EUR"));
        assertEquals("USD 1.8 trillion", Display.amount(new BigDecimal("1800000000000"), "USD"));
        assertEquals("6,600,000,000", Display.exact(new BigDecimal("6.6E+9")));
        assertEquals("GBP", Display.amount(null, "GBP"));
    }

    @Test
    void datesAndLanguages() {
        assertEquals("6 May 2026", Display.date("2026-05-06T09:15:00+02:00"));
        assertEquals("spring 2026", Display.date("spring 2026"));
        assertEquals("", Display.date(null));
        assertEquals("May 2026", Display.month("2026-05"));
        assertEquals("Dutch", Display.language("nl"));
        assertEquals("", Display.language(null));
    }

    @Test
    void onlyWebLinksFromArticles() {
        assertEquals("https://example.org/a?b=c", SafeLinks.external("https://example.org/a?b=c"));
        assertNull(SafeLinks.external("javascript:alert(1)"));
        assertNull(SafeLinks.external("JAVASCRIPT:alert(1)"));
        assertNull(SafeLinks.external(" data:text/html,x"));
        assertNull(SafeLinks.external("file:///etc/passwd"));
        assertNull(SafeLinks.external("//evil.example/x"));
        assertNull(SafeLinks.external("https://x.test/\"><script>"));
        assertEquals("/articles/a%2Fb%20c", SafeLinks.article("a/b c"));
    }
}

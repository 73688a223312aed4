package dev.lede.extract.html;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages built to break an extractor: it must return (with a reason where there is no article), never throw. */
class HtmlArticleExtractorRobustnessTest {
    private static final String STORY = "<p>The council approved the new harbour plan on Tuesday, after a debate of "
            + "six hours. Residents had asked for more time, but the majority said the works could not wait.</p>";

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Test
    void emptyPageGivesAReasonAndNoBody() {
        for (String html : new String[]{"", "   ", "<html></html>", "<html><body></body></html>"}) {
            PageExtraction p = extractor.extract(html, "https://example.org/empty");
            assertEquals("", p.body());
            assertNotNull(p.failure(), "no reason for " + html);
        }
    }

    @Test
    void nullInputIsAnEmptyPage() {
        PageExtraction p = extractor.extract((String) null, null);
        assertEquals("", p.body());
        assertNotNull(p.failure());
    }

    @Test
    void binaryJunkGivesAReasonNotAnException() {
        byte[] junk = new byte[200_000];
        new Random(42).nextBytes(junk);
        PageExtraction p = extractor.extract(new String(junk, StandardCharsets.ISO_8859_1), "https://example.org/junk.bin");
        assertNotNull(p);
        assertNotNull(p.failure(), "random bytes are no article: " + p.body().length() + " chars of body");
    }

    @Test
    void tenThousandNestedElementsStillYieldTheArticle() {
        int depth = 10_000;
        StringBuilder html = new StringBuilder("<html><body>");
        html.append("<div>".repeat(depth)).append(STORY).append("</div>".repeat(depth));
        html.append("</body></html>");
        PageExtraction p = extractor.extract(html.toString(), "https://example.org/deep");
        assertTrue(p.body().contains("harbour plan"), "article lost in a deep page: failure=" + p.failure());
    }

    @Test
    void tenThousandUnclosedInlineElementsDoNotOverflowTheStack() {
        String html = "<html><body>" + "<span><b><i>".repeat(10_000) + STORY + "</body></html>";
        PageExtraction p = extractor.extract(html, "https://example.org/unclosed");
        assertNotNull(p);
        assertTrue(p.failure() != null || p.body().contains("harbour"));
    }

    @Test
    void twentyMegabytePageIsCutAndStillYieldsItsArticle() {
        StringBuilder html = new StringBuilder(21_000_000).append("<html><body><article><h1>Harbour plan</h1>");
        html.append(STORY.repeat(3)).append("</article><div class=\"filler\">");
        String filler = "<p>Filler paragraph number that repeats itself for a very long time, on and on.</p>\n";
        while (html.length() < 20_000_000) {
            html.append(filler);
        }
        html.append("</div></body></html>");
        PageExtraction p = extractor.extract(html.toString(), "https://example.org/huge");
        assertNotNull(p);
        assertTrue(p.body().length() <= HtmlArticleExtractor.MAX_HTML_CHARS, "body bounded by the input cap");
    }

    @Test
    void pageWithoutArticleTextGivesAReason() {
        String html = "<html><body><nav><a href='/a'>Home</a> <a href='/b'>News</a></nav>"
                + "<ul><li><a href='/1'>One</a></li><li><a href='/2'>Two</a></li></ul></body></html>";
        PageExtraction p = extractor.extract(html, "https://example.org/menu");
        assertEquals("", p.body());
        assertNotNull(p.failure());
    }
}

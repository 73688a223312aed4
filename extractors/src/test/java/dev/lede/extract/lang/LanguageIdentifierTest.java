package dev.lede.extract.lang;

import dev.lede.extract.AnalyzerConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LanguageIdentifierTest {
    private static LanguageIdentifier lang;

    @BeforeAll
    static void load() {
        lang = new LanguageIdentifier(AnalyzerConfig.DEFAULT_LANGUAGES);
    }

    private static final String EN = "The AI industry has seen its largest wealth event yet, as hundreds of early "
            + "employees and investors sold shares in secondary deals this spring.";
    private static final String NL = "De AI-sector heeft zijn grootste uitbetaling ooit gezien: honderden vroege "
            + "werknemers en investeerders verkochten dit voorjaar hun aandelen.";

    @Test
    void paragraphsGetTheirOwnLanguage() {
        String body = NL + "\n\n" + EN + "\n\n" + NL;
        List<LanguageSpan> spans = lang.paragraphs(body, "nl");
        assertEquals(List.of("nl", "en", "nl"), spans.stream().map(LanguageSpan::language).toList());
        assertTrue(spans.stream().noneMatch(LanguageSpan::inferred));
    }

    @Test
    void shortParagraphsAndTablesFollowTheirNeighboursNotAGuess() {
        String body = "Key Players\n\n" + EN + "\n\n| Company | Valuation |\n|---|---|\n| OpenAI | $80B |\n\n"
                + "OpenAI\n\n" + EN;
        List<LanguageSpan> spans = lang.paragraphs(body, "nl");
        assertEquals(5, spans.size());
        spans.forEach(s -> assertEquals("en", s.language(), () -> body.substring(s.start(), s.end())));
        assertTrue(spans.get(0).inferred());
        assertTrue(spans.get(2).inferred());
        assertFalse(spans.get(1).inferred());
    }

    @Test
    void pageLanguageIsUsedWhenNothingDecides() {
        List<LanguageSpan> spans = lang.paragraphs("OpenAI\n\nGPT-4o", "nl");
        assertEquals(List.of("nl", "nl"), spans.stream().map(LanguageSpan::language).toList());
    }

    @Test
    void mixedScriptParagraphIsSplitAtTheScriptBoundary() {
        String faq = "《The Great AI Payout and the End of the Burn Era》这篇文章的主要观点是什么？";
        List<LanguageSpan> spans = lang.paragraphs(faq, "en");
        assertTrue(spans.size() >= 2, spans::toString);
        assertTrue(spans.stream().anyMatch(s -> s.language().equals("zh")));
        assertTrue(spans.stream().anyMatch(s -> s.language().equals("en")
                && faq.substring(s.start(), s.end()).contains("Great AI Payout")), spans::toString);
    }

    @Test
    void paragraphSwitchingLanguageMidwayIsSplitAtSentences() {
        String para = NL + " " + EN + " " + EN.replace("this spring", "last year");
        List<LanguageSpan> spans = lang.paragraphs(para + " " + para.substring(0, 0), "nl");
        List<String> langs = spans.stream().map(LanguageSpan::language).toList();
        assertEquals("nl", langs.get(0));
        assertTrue(langs.contains("en"), langs::toString);
    }

    @Test
    void sharesAndPageLanguage() {
        String body = EN + "\n\n" + EN + "\n\n" + NL;
        List<LanguageSpan> spans = lang.paragraphs(body, "nl");
        Map<String, Double> shares = LanguageIdentifier.shares(spans);
        assertEquals("en", shares.keySet().iterator().next());
        // a Dutch-edition page: Dutch title and summary over an English body
        assertEquals("nl", lang.pageLanguage("De grote AI-uitbetaling: 600 mensen en $6,6 miljard",
                "Wat dit betekent voor de toekomst van de sector", null, spans));
        assertEquals("en", lang.pageLanguage("OpenAI", "", null, spans));
        assertEquals("de", lang.pageLanguage("GPT-4o", "", "de", spans));
    }

    @Test
    void sectionsAreCutWhereTheirParagraphsChangeLanguage() {
        String body = "Inleiding\n" + NL + "\n\n" + EN + "\n\n" + NL + "\nSlot\n" + EN;
        int second = body.indexOf("Slot");
        List<dev.lede.model.Section> sections = List.of(
                new dev.lede.model.Section("Inleiding", "nl", body.substring(0, second), 0, second),
                new dev.lede.model.Section("Slot", "en", body.substring(second), second, body.length()));
        List<dev.lede.model.Section> pieces =
                LanguageIdentifier.cutByLanguage(sections, lang.paragraphs(body, "nl"), body);
        assertEquals(List.of("nl", "en", "nl", "en"), pieces.stream().map(dev.lede.model.Section::language).toList());
        assertEquals(List.of("Inleiding", "Inleiding", "Inleiding", "Slot"),
                pieces.stream().map(dev.lede.model.Section::heading).toList());
        // the pieces cover the sections without gap or overlap, and each text is its stretch of the body
        int at = 0;
        for (dev.lede.model.Section p : pieces) {
            assertEquals(at, p.start());
            assertEquals(body.substring(p.start(), p.end()), p.text());
            at = p.end();
        }
        assertEquals(body.length(), at);
        assertTrue(pieces.get(1).text().contains(EN));
        assertFalse(pieces.get(1).text().contains(NL));
    }

    @Test
    void tooShortToJudge() {
        assertNull(lang.confidentLanguage("OpenAI", 0, 6, LanguageIdentifier.MIN_LETTERS));
    }

    @Test
    void scriptShortcutAgreesWithUnicodeOnEveryCodePoint() {
        for (int c = 0; c <= Character.MAX_CODE_POINT; c++) {
            int cp = c;
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            int expected = !Character.isLetter(cp) ? -1
                    : s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                    ? LanguageIdentifier.Scripts.CJK : LanguageIdentifier.Scripts.OTHER;
            assertEquals(expected, LanguageIdentifier.Scripts.scriptOf(cp), () -> "U+" + Integer.toHexString(cp));
        }
    }
}

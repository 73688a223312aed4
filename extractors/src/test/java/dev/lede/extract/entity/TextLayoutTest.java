package dev.lede.extract.entity;

import dev.lede.model.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextLayoutTest {

    @Test
    void tellsHeadingsTableRowsAndProseApart() {
        String body = "Key Players & Case Studies\n\nOpenAI raised money.\nIt spent it.\n\n"
                + "| Company | Valuation |\n|---|---|\n| OpenAI | $80B |\n\nData Takeaway: OpenAI leads.";
        List<TextLayout.Chunk> chunks = TextLayout.chunks(body, List.of(), "en");
        List<String> texts = chunks.stream().map(c -> c.origin() + ":" + body.substring(c.start(), c.end())).toList();
        assertEquals(List.of("BODY:OpenAI raised money.\nIt spent it.", "TABLE:| Company | Valuation |",
                "TABLE:|---|---|", "TABLE:| OpenAI | $80B |", "BODY:OpenAI leads."), texts);
    }

    @Test
    void eachSectionKeepsItsLanguage() {
        String body = "Nederlandse tekst hier.\n\nEnglish text here.";
        List<Section> sections = List.of(new Section("", "nl", "Nederlandse tekst hier.", 0, 23),
                new Section("", "en", "English text here.", 25, body.length()));
        List<TextLayout.Chunk> chunks = TextLayout.chunks(body, sections, "nl");
        assertEquals("nl", chunks.get(0).language());
        assertEquals("en", chunks.get(1).language());
    }

    @Test
    void headingsAreShortLinesWithoutSentenceEnds() {
        assertTrue(TextLayout.isHeading("Risks, Limitations & Open Questions", Set.of()));
        assertTrue(TextLayout.isHeading("Technische analyse", Set.of()));
        assertFalse(TextLayout.isHeading("Mistral raised money on Monday.", Set.of()));
        assertTrue(TextLayout.isTableLine("Company | Customer | Chip"));
        assertFalse(TextLayout.isTableLine("Revenue rose | a lot"));
    }
}

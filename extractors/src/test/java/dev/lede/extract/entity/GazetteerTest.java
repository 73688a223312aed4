package dev.lede.extract.entity;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {

    @Test
    void lookupIgnoresCaseDiacriticsAndPossessives() {
        Gazetteer g = Gazetteer.loadDefault();
        assertEquals("Mistral AI", g.lookup("mistral").name());
        assertEquals("Google DeepMind", g.lookup("DeepMind's").name());
        assertEquals("company", g.lookup("OPENAI").kind());
        assertEquals("product", g.lookup("Claude").kind());
        assertEquals("government", g.lookup("Europese Commissie").kind());
        assertNull(g.lookup("Veldhoven Robotics"));
    }

    @Test
    void theShippedGazetteerGivesEveryNameOneEntity() {
        Gazetteer g = Gazetteer.loadDefault();
        Map<String, String> owner = new HashMap<>();
        for (Gazetteer.Entry e : g.entries()) {
            for (String form : Gazetteer.forms(e)) {
                String previous = owner.put(NameKey.of(form), e.name());
                assertTrue(previous == null || previous.equals(e.name()),
                        "'" + form + "' belongs to both " + previous + " and " + e.name());
            }
        }
        assertTrue(g.entries().size() > 300, "gazetteer unexpectedly small: " + g.entries().size());
    }

    @Test
    void aMalformedLineIsAnErrorNamingTheLine() {
        String tsv = "# comment\nOpenAI\tcompany\t\nAcme\tspaceship\t\n";
        IOException e = assertThrows(IOException.class, () -> Gazetteer.read(
                new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)), "test.tsv"));
        assertTrue(e.getMessage().startsWith("test.tsv:3:"), e.getMessage());
    }
}

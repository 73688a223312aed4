package dev.lede.extract.entity;

import dev.lede.model.Entity;
import dev.lede.model.Mention;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever the text (pipes, dashes, stray quotes, any script), every mention is the body text at its offsets. */
class EntityOffsetsPropertiesTest {
    // the models load once per JVM (NerModels caches them); the extractor itself is cheap
    private static final NamedEntityExtractor EXTRACTOR = NamedEntityExtractor.create();

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> words = Arbitraries.of("OpenAI", "Mistral", "Mistral AI", "Sutskever's", "Ilya Sutskever",
                "ByteDance-oprichter", "Nvidia's", "Google DeepMind", "de", "van der", "Berg", "|", "---", "Claude 3",
                "'s", "\"", "Zoë", "Inc.", "B.V.", ",", ".", "\n", "\n\n", "Key Players", ":", "测试", "-", "Robotics", "Data Takeaway:");
        return words.list().ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 60)
    void mentionsAreTheBodyTextAtTheirOffsets(@ForAll("newsLikeText") String body, @ForAll boolean dutch) {
        EntityLists found = EXTRACTOR.extract("", "", body, List.of(), dutch ? "nl" : "en");
        for (List<Entity> list : List.of(found.people(), found.companies(), found.organizations())) {
            for (Entity e : list) {
                assertEquals(e.mentions().size(), e.count());
                for (Mention m : e.mentions()) {
                    assertTrue(0 <= m.start() && m.start() < m.end() && m.end() <= body.length(), m.toString());
                    assertEquals(body.substring(m.start(), m.end()), m.text());
                }
            }
        }
    }
}

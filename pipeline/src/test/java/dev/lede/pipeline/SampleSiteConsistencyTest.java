package dev.lede.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.LedeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Keeps the hand-written sample site and its golden records in step: a page edited without its golden
 * file (or the other way round) fails here with the page named, before the extraction tests get confusing.
 */
class SampleSiteConsistencyTest {
    private static final Path SAMPLES = SampleSite.root();
    private static final Path SITE = SAMPLES.resolve("site");
    /** The one listing link that is dead on purpose (the crawler must survive it). */
    private static final String INTENDED_DEAD_LINK = "en/2026/05/openai-device-delay.html";

    @Test
    void everyGoldenMoneyTextAndBlockStandsInItsBody() throws IOException {
        for (Path golden : goldenFiles()) {
            JsonNode record = LedeJson.mapper().readTree(golden.toFile());
            assertTrue(Files.isRegularFile(SITE.resolve(record.get("page").asText())), golden + ": page missing");
            String body = record.get("body").asText();
            int from = 0;
            for (JsonNode money : record.path("money")) {
                String text = money.get("text").asText();
                int at = body.indexOf(text, from);
                assertTrue(at >= 0, golden.getFileName() + ": money text not in body (in order): " + text);
                from = at;
            }
        }
    }

    @Test
    void everyRelativeLinkResolvesExceptTheIntendedDeadOne() throws IOException {
        List<String> dead = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SITE)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(page.toFile(), null, page.toUri().toString());
                for (Element a : doc.select("a[href]")) {
                    String href = a.attr("href");
                    if (href.isEmpty() || href.startsWith("#") || href.contains(":")) {
                        continue;
                    }
                    Path target = Path.of(URI.create(a.absUrl("href")).getPath());
                    if (Files.isDirectory(target)) {
                        target = target.resolve("index.html");
                    }
                    if (!Files.isRegularFile(target)) {
                        dead.add(SITE.relativize(target).toString());
                    }
                }
            }
        }
        assertTrue(dead.stream().allMatch(INTENDED_DEAD_LINK::equals), "dead links: " + dead);
        assertTrue(dead.contains(INTENDED_DEAD_LINK), "the intended dead link is gone: crawl tests rely on it");
    }

    @Test
    void theArchiveHasAtLeastSixteenArticlesWithGoldenRecords() throws IOException {
        assertTrue(goldenFiles().size() >= 16, "golden files: " + goldenFiles().size());
        assertEquals(goldenFiles().size(), goldenFiles().stream().distinct().count());
    }

    private static List<Path> goldenFiles() throws IOException {
        try (Stream<Path> list = Files.list(SAMPLES.resolve("golden"))) {
            return list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}

package dev.lede.pipeline.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.LedeJson;
import dev.lede.pipeline.crawl.CrawlTestAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The crawl and status commands as a scheduler sees them: exit codes and output. */
class CrawlCliTest {
    @TempDir
    Path data;

    private int run(ByteArrayOutputStream out, String... args) {
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            return LedeCommand.commandLine().execute(args);
        } finally {
            System.setOut(old);
        }
    }

    @Test
    void usageErrorsExitWithTwoBeforeAnythingLoads() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(ExitCodes.USAGE, run(out, "crawl", "--data", data.toString(), data.resolve("nope").toString()));
        assertEquals(ExitCodes.USAGE, run(out, "crawl", "--data", data.toString(), "--include", "(", "http://news.test/"));
        assertEquals(ExitCodes.USAGE, run(out, "crawl", "--data", data.toString(), "--max-pages", "0", "http://news.test/"));
        assertEquals(ExitCodes.USAGE, run(out, "crawl", "--data", data.toString(), "--recrawl-after", "soon", "http://news.test/"));
        assertEquals(ExitCodes.USAGE, run(out, "crawl", "--data", data.toString()));
        assertEquals(ExitCodes.USAGE, run(out, "status", "--data", data.toString()), "no ledger yet");
    }

    @Test
    void helpNamesTheExitCodes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, run(out, "crawl", "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.contains("--allow-private") && help.contains("--recrawl-after") && help.contains("3 another run"), help);
    }

    @Test
    void statusListsRunsAndStatesAsTextAndJson() throws Exception {
        CrawlTestAccess.crawlSamples(data);
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        assertEquals(0, run(text, "status", "--data", data.toString()));
        String s = text.toString(StandardCharsets.UTF_8);
        assertTrue(s.contains("by state:") && s.contains("fetched") && s.contains("#1") && s.contains("some-failed"), s);

        ByteArrayOutputStream json = new ByteArrayOutputStream();
        assertEquals(0, run(json, "status", "--data", data.toString(), "--json"));
        JsonNode status = LedeJson.mapper().readTree(json.toString(StandardCharsets.UTF_8));
        assertTrue(status.path("byKind").path("article").asInt() > 0, status.toString());
        assertEquals(1, status.path("runs").size());
        assertEquals(1, status.path("runs").get(0).path("report").path("failed").asInt());
    }

    @Test
    void durationsReadTheWayOperatorsWriteThem() {
        DurationConverter c = new DurationConverter();
        assertEquals(Duration.ZERO, c.convert("0"));
        assertEquals(Duration.ofMillis(500), c.convert("500ms"));
        assertEquals(Duration.ofMinutes(15), c.convert("15m"));
        assertEquals(Duration.ofHours(6), c.convert("6h"));
        assertEquals(Duration.ofDays(7), c.convert("7d"));
        assertEquals(Duration.ofHours(1), c.convert("PT1H"));
        assertThrows(picocli.CommandLine.TypeConversionException.class, () -> c.convert("a while"));
    }
}

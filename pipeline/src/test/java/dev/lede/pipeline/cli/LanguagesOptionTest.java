package dev.lede.pipeline.cli;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.pipeline.LedeConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --languages} and {@code $LEDE_LANGUAGES}: which languages detection tells apart. */
class LanguagesOptionTest {
    @TempDir
    Path dir;

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheDefault() {
        LedeConfig base = LedeConfig.defaults(dir);
        LanguagesOption none = new LanguagesOption();
        assertEquals(AnalyzerConfig.DEFAULT_LANGUAGES, none.apply(base, null).analyzer().languages());
        assertEquals(List.of("nl", "en"), none.apply(base, "nl,en").analyzer().languages());
        LanguagesOption option = new LanguagesOption();
        option.languages = List.of("EN", " de", "en");
        assertEquals(List.of("en", "de"), option.apply(base, "nl,en").analyzer().languages(), "normalised, no repeats");
        assertEquals(base.analyzer().entities(), option.apply(base, null).analyzer().entities());
    }

    @Test
    void anUnknownCodeIsRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AnalyzerConfig(List.of("nl", "xx"), false));
        assertTrue(e.getMessage().contains("'xx'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AnalyzerConfig(List.of("dutch"), false));
    }

    @Test
    void commandsExitWithTwoOnAnUnknownCodeBeforeLoadingModels() throws Exception {
        Path page = Files.writeString(dir.resolve("a.html"), "<html><body><p>Hallo</p></body></html>");
        Path lines = Files.writeString(dir.resolve("a.jsonl"), "{\"url\":\"http://x.test/a\",\"title\":\"A\",\"body\":\"B\"}\n");
        Path data = dir.resolve("data");
        for (String[] args : List.of(
                new String[] {"extract", "--languages", "nl,klingon", page.toString()},
                new String[] {"ingest", "--data", data.toString(), "--languages", "qq", lines.toString()},
                new String[] {"crawl", "--data", data.toString(), "--languages", "qq", page.toString()})) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            PrintStream old = System.err;
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            try {
                assertEquals(ExitCodes.USAGE, LedeCommand.commandLine().execute(args), String.join(" ", args));
            } finally {
                System.setErr(old);
            }
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown language code"), err::toString);
        }
    }

    @Test
    void helpNamesTheOption() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, LedeCommand.commandLine().execute("extract", "--help"));
        } finally {
            System.setOut(old);
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--languages"), out::toString);
    }
}

package dev.lede.pipeline.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the real {@code lede} command line in this JVM, as a script sees it: exit code, stdout and
 * stderr. Tests share this so that each asserts on what a user gets, not on how it was captured.
 */
public record CliRun(int code, String out, String err) {

    /** Runs {@code lede args... --data dataDir}. */
    public static CliRun of(Path dataDir, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of(args));
            all.add("--data");
            all.add(dataDir.toString());
            int code = LedeCommand.commandLine().execute(all.toArray(String[]::new));
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }
}

package dev.lede.pipeline.cli;

import dev.lede.index.ArticleIndex;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the commands that read the index share: opening it read-only, and terminal output. */
final class IndexReading {
    private IndexReading() {
    }

    /**
     * Opens the index read-only (so that it can be read while a crawl writes it), or returns null after
     * saying on stderr that there is none yet.
     */
    static ArticleIndex open(Path indexDir) throws IOException {
        return exists(indexDir) ? ArticleIndex.openReadOnly(indexDir) : null;
    }

    /** Whether {@code indexDir} holds a committed index; if not, says so on stderr. */
    static boolean exists(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir) || !hasCommit(indexDir)) {
            System.err.println("lede: no index in " + indexDir + " (run `lede crawl` or `lede ingest` first, or pass --data)");
            return false;
        }
        return true;
    }

    private static boolean hasCommit(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().startsWith("segments_"));
        }
    }

    static PrintStream stdout() {
        return new PrintStream(System.out, false, StandardCharsets.UTF_8);
    }

    /** Whether to use ANSI bold on stdout. */
    static boolean ansi() {
        return System.console() != null && System.getenv("NO_COLOR") == null;
    }

    /** A snippet's HTML (escaped text with {@code <mark>}) as terminal text. */
    static String terminalText(String html, boolean ansi) {
        String marked = html.replace("<mark>", ansi ? "\u001B[1m" : "").replace("</mark>", ansi ? "\u001B[0m" : "");
        return marked.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#x27;", "'")
                .replace("&amp;", "&");
    }
}

package dev.lede.pipeline.crawl;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads {@code file:} URLs, so that a saved copy of an archive ({@code ./lede crawl samples/site}) goes
 * through the same crawl as a live site. A directory stands for its {@code index.html}, as a web server
 * would serve it. The same size cap applies.
 */
public final class FileFetcher implements PageFetcher {
    private final int maxBodyBytes;

    public FileFetcher(int maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public FetchResult fetch(String url, Validators validators, HopCheck hopCheck) {
        Path path;
        try {
            path = Path.of(URI.create(url));
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return FetchResult.failed(url, 0, FailureReason.BAD_URL, "not a local file URL: " + e.getMessage());
        }
        if (Files.isDirectory(path)) {
            path = path.resolve("index.html");
        }
        try {
            long size = Files.size(path);
            if (size > maxBodyBytes) {
                return FetchResult.failed(url, 0, FailureReason.TOO_LARGE,
                        "file of " + size + " bytes is over the cap of " + maxBodyBytes);
            }
            byte[] body = Files.readAllBytes(path);
            return new FetchResult(url, url, 0, body, contentType(path), null, null, null, null, null);
        } catch (NoSuchFileException e) {
            return FetchResult.failed(url, 0, FailureReason.NOT_FOUND, "no such file: " + path);
        } catch (IOException e) {
            return FetchResult.failed(url, 0, FailureReason.UNREADABLE, "cannot read " + path + ": " + e.getMessage());
        }
    }

    private static String contentType(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return "text/html";
        }
        if (name.endsWith(".xml")) {
            return "application/xml";
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        try {
            return Files.probeContentType(path);
        } catch (IOException e) {
            return null;
        }
    }
}

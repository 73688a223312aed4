package dev.lede.pipeline.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns what the operator typed after {@code lede crawl} into seed URLs: http(s) and file: URLs as they
 * are; a directory as its {@code index.html} (or, without one, every HTML file in it); an HTML or XML
 * file as its file: URL; any other file as a list of inputs, one per line (the first word of each; lines
 * starting with {@code #} are comments).
 */
public final class SeedList {
    private static final Set<String> PAGE_EXTENSIONS = Set.of("html", "htm", "xhtml", "xml");

    private final UrlNormalizer normalizer = new UrlNormalizer();

    /**
     * The normalised seeds, in input order, without duplicates.
     *
     * @throws IllegalArgumentException naming the first input that is neither a usable URL nor a file
     */
    public List<String> expand(List<String> inputs) {
        Set<String> seeds = new LinkedHashSet<>();
        for (String input : inputs) {
            expand(input.strip(), seeds, true);
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("no seeds: give archive URLs, directories or files of URLs");
        }
        return List.copyOf(seeds);
    }

    private void expand(String input, Set<String> seeds, boolean allowList) {
        if (input.isEmpty()) {
            return;
        }
        String lower = input.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("file:")) {
            seeds.add(normalizer.normalize(input)
                    .orElseThrow(() -> new IllegalArgumentException("not a usable URL: " + input)));
            return;
        }
        if (lower.matches("^[a-z][a-z0-9+.-]*://.*")) {
            throw new IllegalArgumentException("only http, https and file URLs can be crawled: " + input);
        }
        Path path = Path.of(input);
        if (Files.isDirectory(path)) {
            Path index = path.resolve("index.html");
            if (Files.isRegularFile(index)) {
                seeds.add(UrlNormalizer.fileUrl(index));
            } else {
                htmlFiles(path).forEach(p -> seeds.add(UrlNormalizer.fileUrl(p)));
            }
        } else if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT) : "";
            if (PAGE_EXTENSIONS.contains(ext) || !allowList) {
                seeds.add(UrlNormalizer.fileUrl(path));
            } else {
                for (String line : lines(path)) {
                    String entry = line.strip();
                    if (!entry.isEmpty() && !entry.startsWith("#")) {
                        expand(entry.split("\\s+", 2)[0], seeds, false);
                    }
                }
            }
        } else {
            throw new IllegalArgumentException("not a URL, and no such file or directory: " + input);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the URL list " + file + ": " + e.getMessage(), e);
        }
    }

    private static List<Path> htmlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>();
            walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(html?|xhtml)$"))
                    .sorted()
                    .forEach(files::add);
            if (files.isEmpty()) {
                throw new IllegalArgumentException("no HTML files in " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

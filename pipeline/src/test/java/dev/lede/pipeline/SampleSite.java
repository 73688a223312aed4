package dev.lede.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the bundled sample archive ({@code samples/}) is, for tests of any module directory. */
public final class SampleSite {
    private SampleSite() {
    }

    /** The repository's {@code samples/} directory. */
    public static Path root() {
        String root = System.getProperty("lede.root");
        Path base = root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
        Path samples = base.resolve("samples");
        if (!Files.isDirectory(samples)) {
            throw new IllegalStateException("samples/ not found under " + base + " (set -Dlede.root)");
        }
        return samples;
    }
}

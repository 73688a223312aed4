package dev.lede.extract;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Where the tests find the repository's {@code samples/}: the sample site, its golden records, the eval sets. */
public final class SampleArchive {
    private SampleArchive() {
    }

    /** The repository root (surefire sets {@code lede.root}; from an IDE the module's parent). */
    public static Path root() {
        String root = System.getProperty("lede.root");
        return root != null ? Path.of(root) : Path.of("").toAbsolutePath().getParent();
    }

    /** {@code samples/}. */
    public static Path samples() {
        return root().resolve("samples");
    }

    /** The golden record files of the sample pages, sorted; the calling test is skipped when there are none. */
    public static List<Path> goldenFiles() throws IOException {
        Path golden = samples().resolve("golden");
        Assumptions.assumeTrue(Files.isDirectory(golden), "no samples/golden in " + samples());
        try (Stream<Path> files = Files.list(golden)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }
}

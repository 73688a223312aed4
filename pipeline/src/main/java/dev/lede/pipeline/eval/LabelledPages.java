package dev.lede.pipeline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import dev.lede.model.LedeJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * A labelled article-extraction set in the WCXB layout: {@code ground-truth.json} ({@code {id: {articleBody,
 * title, author, publish_date, url}}}) and the saved pages as {@code html/<id>.html.gz} (or {@code .html}).
 * The pages are read one at a time, when asked for, so the set never sits in memory whole.
 */
public final class LabelledPages {

    /** One page's ground truth. */
    public record Truth(String id, String url, String body, String title, String author, String publishDate) {
    }

    private final Path dir;
    private final List<Truth> truths;

    private LabelledPages(Path dir, List<Truth> truths) {
        this.dir = dir;
        this.truths = truths;
    }

    /** Opens the set in {@code dir}; fails with a clear message when it is not there. */
    public static LabelledPages open(Path dir) throws IOException {
        Path gt = dir.resolve("ground-truth.json");
        if (!Files.isRegularFile(gt)) {
            throw new IOException("no ground-truth.json in " + dir.toAbsolutePath());
        }
        JsonNode root = LedeJson.mapper().readTree(gt.toFile());
        if (root.has("output") && root.size() == 2 && root.has("version")) {
            root = root.get("output");
        }
        List<Truth> truths = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            truths.add(new Truth(e.getKey(), text(v, "url"), text(v, "articleBody"), text(v, "title"),
                    text(v, "author"), text(v, "publish_date")));
        }
        truths.sort((a, b) -> a.id().compareTo(b.id()));
        return new LabelledPages(dir, truths);
    }

    private static String text(JsonNode v, String field) {
        JsonNode n = v.get(field);
        return n == null || n.isNull() ? null : n.asText();
    }

    /** The pages' ground truth, sorted by id. */
    public List<Truth> truths() {
        return truths;
    }

    /** The saved HTML of a page (UTF-8, as the benchmark stores it). */
    public String html(String id) {
        Path gz = dir.resolve("html").resolve(id + ".html.gz");
        Path plain = dir.resolve("html").resolve(id + ".html");
        try {
            if (Files.isRegularFile(gz)) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gz), 1 << 16)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            return Files.readString(plain, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read page " + id + " in " + dir, e);
        }
    }

    /** Where the set lives. */
    public Path dir() {
        return dir;
    }

    /** The default location of the WCXB development set: {@code <shared>/data/extraction/wcxb-dev}. */
    public static Path defaultWcxbDir(Path shared) {
        return shared.resolve("data").resolve("extraction").resolve("wcxb-dev");
    }
}

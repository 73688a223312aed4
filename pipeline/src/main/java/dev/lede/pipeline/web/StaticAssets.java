package dev.lede.pipeline.web;

import dev.lede.model.ArticleId;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The page's stylesheet and script, read from the classpath once and served from memory.
 *
 * <p>There is no static-file handler mapped onto a directory: a request can only get one of these named
 * files, so no path, encoded or not, reaches the file system. Links carry a content hash, so browsers
 * may cache a file for a year and still see a new version at once.
 */
final class StaticAssets {
    private static final String BASE = "/dev/lede/pipeline/web/static/";
    private static final Map<String, String> TYPES = Map.of(
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8");

    private record Asset(byte[] bytes, String type, String version) {
    }

    private final Map<String, Asset> assets;

    private StaticAssets(Map<String, Asset> assets) {
        this.assets = assets;
    }

    static StaticAssets load() {
        java.util.HashMap<String, Asset> loaded = new java.util.HashMap<>();
        TYPES.forEach((name, type) -> {
            try (InputStream in = StaticAssets.class.getResourceAsStream(BASE + name)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + BASE + name);
                }
                byte[] bytes = in.readAllBytes();
                String version = ArticleId.sha256Hex(new String(bytes, StandardCharsets.UTF_8)).substring(0, 10);
                loaded.put(name, new Asset(bytes, type, version));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + BASE + name, e);
            }
        });
        return new StaticAssets(Map.copyOf(loaded));
    }

    /** The URL of asset {@code name}, versioned by its content. */
    String href(String name) {
        return "/static/" + name + "?v=" + assets.get(name).version();
    }

    /** {@code GET /static/{name}}. */
    void serve(Context ctx) {
        Asset asset = assets.get(ctx.pathParam("name"));
        if (asset == null) {
            throw new NotFoundException("no such file");
        }
        boolean versioned = asset.version().equals(ctx.queryParam("v"));
        ctx.header("Cache-Control", versioned ? "public, max-age=31536000, immutable" : "public, max-age=300");
        ctx.contentType(asset.type()).result(asset.bytes());
    }
}

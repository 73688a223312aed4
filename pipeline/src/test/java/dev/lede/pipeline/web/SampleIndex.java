package dev.lede.pipeline.web;

import dev.lede.extract.AnalyzerConfig;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.index.ArticleIndex;
import dev.lede.model.Article;
import dev.lede.pipeline.SampleSite;
import org.jsoup.Jsoup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real index for the web tests, built once per test JVM: every article page of {@code samples/site}
 * through the real analyzer (CoreNLP included), read as if fetched from {@code http://lede.test/}, plus
 * {@link HostileArticle}. It lives in a temp directory removed when the JVM exits.
 */
final class SampleIndex {
    static final String BASE = "http://lede.test/";
    private static final Pattern ARTICLE_PAGE = Pattern.compile("(en|nl)/\\d{4}/\\d{2}/[^/]+\\.html");
    private static ArticleIndex index;
    private static List<Article> articles;
    private static RuntimeException failure;

    private SampleIndex() {
    }

    /** The shared, open index (do not close it). */
    static synchronized ArticleIndex get() {
        if (failure != null) {
            throw failure; // built once: a second test class should not wait for the same failure
        }
        if (index == null) {
            try {
                build();
            } catch (IOException e) {
                failure = new UncheckedIOException(e);
                throw failure;
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return index;
    }

    /** The sample articles as the analyzer extracted them (the hostile one not included). */
    static synchronized List<Article> samples() {
        get();
        return articles;
    }

    private static void build() throws IOException {
        Path site = SampleSite.root().resolve("site");
        Path dir = Files.createTempDirectory("lede-web-test-index");
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(AnalyzerConfig.defaults());
        List<Article> extracted = new ArrayList<>();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path file : files.sorted().toList()) {
                String rel = site.relativize(file).toString().replace('\\', '/');
                if (ARTICLE_PAGE.matcher(rel).matches()) {
                    // charset from the BOM or the meta tag, as for a fetched page (one sample is windows-1252)
                    String html = Jsoup.parse(file.toFile(), null, BASE + rel).outerHtml();
                    extracted.add(analyzer.analyzeHtml(html, BASE + rel, Instant.parse("2026-06-01T00:00:00Z")));
                }
            }
        }
        if (extracted.size() < 4) {
            throw new IllegalStateException("expected the sample site's article pages under " + site);
        }
        ArticleIndex opened = ArticleIndex.open(dir);
        for (Article a : extracted) {
            opened.upsert(a);
        }
        opened.upsert(HostileArticle.create());
        opened.commit();
        articles = List.copyOf(extracted);
        index = opened;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                opened.close();
                try (Stream<Path> paths = Files.walk(dir)) {
                    for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            } catch (IOException e) {
                // a temp directory left behind is no reason to fail the build
            }
        }));
    }
}

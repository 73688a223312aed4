package dev.lede.pipeline.crawl;

import dev.lede.pipeline.SampleSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageClassifierTest {
    private final PageClassifier classifier = new PageClassifier();

    /** Every sample page with a golden file is an article; every other page is not. */
    @Test
    void samplePagesWithGoldenFilesAreTheOnlyArticleShapedPages() throws IOException {
        Path site = SampleSite.root().resolve("site");
        Set<String> golden;
        try (Stream<Path> files = Files.list(SampleSite.root().resolve("golden"))) {
            golden = files.map(p -> p.getFileName().toString().replace(".json", "")).collect(Collectors.toSet());
        }
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> pages = Files.walk(site)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String key = site.relativize(page).toString().replace(".html", "").replace('/', '_');
                String html = new PageDecoder().decode(Files.readAllBytes(page), "text/html").text();
                Document doc = Jsoup.parse(html, page.toUri().toString());
                PageClassifier.Shape shape = classifier.measure(doc);
                if (shape.mayBeArticle() != golden.contains(key)) {
                    wrong.add(key + " " + shape);
                }
            }
        }
        assertTrue(wrong.isEmpty(), "misjudged pages: " + wrong);
    }

    @Test
    void aRowOfTeasersIsAListingEvenWithLongSnippets() {
        StringBuilder html = new StringBuilder("<html><body><main><h1>Archive</h1><ul>");
        for (int i = 0; i < 8; i++) {
            html.append("<li><a href='/a").append(i).append(".html'>A headline that is long enough number ")
                    .append(i).append("</a><p>A teaser snippet of some length that repeats what the article says "
                            + "in its first paragraph, as listings do, with enough words to count.</p></li>");
        }
        html.append("</ul></main></body></html>");
        PageClassifier.Shape shape = classifier.measure(Jsoup.parse(html.toString(), "http://x.test/"));
        assertFalse(shape.mayBeArticle(), shape.toString());
        assertEquals(PageKind.LISTING, classifier.classify(shape, null));
    }

    @Test
    void runningTextInDivsIsArticleShaped() {
        String para = "<div>" + "Zeshonderd insiders verkochten samen aandelen ter waarde van miljarden. ".repeat(4) + "</div>";
        String html = "<html><body><div class='nav'><a href='/'>Home</a> <a href='/archief'>Archief</a></div>"
                + "<div class='txt'>" + para.repeat(5) + "</div></body></html>";
        PageClassifier.Shape shape = classifier.measure(Jsoup.parse(html, "http://x.test/"));
        assertTrue(shape.mayBeArticle(), shape.toString());
    }
}

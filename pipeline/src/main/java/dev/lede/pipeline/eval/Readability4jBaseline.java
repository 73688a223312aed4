package dev.lede.pipeline.eval;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

import java.util.List;

/**
 * The library baseline: Readability4J, a port of Mozilla's Readability (Firefox's reader view) on jsoup.
 * Its text is the extracted element's text; its byline is taken as one author.
 */
public final class Readability4jBaseline implements PageExtractor {
    @Override
    public String name() {
        return "readability4j";
    }

    @Override
    public Prediction extract(String html, String url) {
        Article a = new Readability4J(url == null ? "" : url, html).parse();
        String byline = a.getByline();
        return new Prediction(a.getTitle(), a.getTextContent(), null,
                byline == null || byline.isBlank() ? List.of() : List.of(byline.strip()));
    }
}

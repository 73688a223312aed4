package dev.lede.pipeline.eval;

import dev.lede.extract.html.HtmlArticleExtractor;
import dev.lede.extract.html.PageExtraction;

/** Lede's own {@link HtmlArticleExtractor}, as an evaluation subject. */
public final class LedePageExtractor implements PageExtractor {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    @Override
    public String name() {
        return "lede";
    }

    @Override
    public Prediction extract(String html, String url) {
        PageExtraction p = extractor.extract(html, url);
        return new Prediction(p.title(), p.body(), p.publishedAt(), p.authors());
    }
}

package dev.lede.pipeline.eval;

import java.util.List;

/** An article extractor under evaluation: Lede's own, or a library baseline. Must be thread-safe. */
public interface PageExtractor {

    /** What an extractor found on one page. */
    record Prediction(String title, String body, String publishedAt, List<String> authors) {
        public Prediction {
            title = title == null ? "" : title;
            body = body == null ? "" : body;
            authors = authors == null ? List.of() : List.copyOf(authors);
        }
    }

    /** A short name for reports. */
    String name();

    /** Extracts one page; may throw, which the evaluation counts as an empty prediction. */
    Prediction extract(String html, String url);
}

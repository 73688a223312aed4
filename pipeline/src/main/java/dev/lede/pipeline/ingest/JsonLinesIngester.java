package dev.lede.pipeline.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.extract.html.PageExtraction;
import dev.lede.index.ArticleIndex;
import dev.lede.index.UpsertResult;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import dev.lede.model.Section;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Indexes articles given as JSON-lines ({@link IngestRecord}), running the same extractors as a crawl, so
 * that a newsroom can bring its CMS archive in without crawling. A bad line is logged with its number and
 * the reason and skipped; the rest is indexed. Commits every {@code commitEvery} articles, so that a
 * crash loses at most that many.
 */
public final class JsonLinesIngester {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesIngester.class);
    private static final ObjectReader READER = LedeJson.mapper().readerFor(IngestRecord.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ArticleAnalyzer analyzer;
    private final ArticleIndex index;
    private final int commitEvery;

    public JsonLinesIngester(ArticleAnalyzer analyzer, ArticleIndex index, int commitEvery) {
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1");
        }
        this.analyzer = analyzer;
        this.index = index;
        this.commitEvery = commitEvery;
    }

    /** What an ingest did. */
    public record Summary(int lines, int added, int updated, int unchanged, int failed) {
        Summary plus(UpsertResult r) {
            return new Summary(lines + 1, added + (r == UpsertResult.NEW ? 1 : 0),
                    updated + (r == UpsertResult.UPDATED ? 1 : 0), unchanged + (r == UpsertResult.UNCHANGED ? 1 : 0), failed);
        }

        Summary failure() {
            return new Summary(lines + 1, added, updated, unchanged, failed + 1);
        }

        Summary blank() {
            return new Summary(lines + 1, added, updated, unchanged, failed);
        }
    }

    /**
     * Ingests every line of {@code in}, named {@code source} in log lines, calling {@code progress} after
     * each line; commits at the end.
     */
    public Summary ingest(BufferedReader in, String source, Consumer<Summary> progress) throws IOException {
        Summary summary = new Summary(0, 0, 0, 0, 0);
        int sinceCommit = 0;
        String line;
        int number = 0;
        while ((line = in.readLine()) != null) {
            number++;
            if (line.isBlank()) {
                summary = summary.blank();
                continue;
            }
            try {
                UpsertResult r = index.upsert(toArticle(parse(line)));
                summary = summary.plus(r);
                if (r != UpsertResult.UNCHANGED && ++sinceCommit >= commitEvery) {
                    index.commit();
                    sinceCommit = 0;
                }
            } catch (BadLineException | RuntimeException | StackOverflowError e) {
                summary = summary.failure();
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warn("{}:{}: skipped: {}", source, number, reason);
            }
            progress.accept(summary);
        }
        index.commit();
        return summary;
    }

    /** A line that is not an article record. */
    static final class BadLineException extends Exception {
        BadLineException(String message) {
            super(message);
        }
    }

    static IngestRecord parse(String line) throws BadLineException {
        IngestRecord r;
        try {
            r = READER.readValue(line);
        } catch (JsonProcessingException e) {
            throw new BadLineException("not a JSON object: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadLineException(e.getMessage());
        }
        if (r == null) {
            throw new BadLineException("not a JSON object");
        }
        String problem = r.problem();
        if (problem != null) {
            throw new BadLineException(problem);
        }
        return r;
    }

    /** Runs the extractors over the record's text; its own id and language win over derived ones. */
    Article toArticle(IngestRecord r) {
        String body = r.body();
        PageExtraction page = new PageExtraction(r.url(), r.url(), r.title().strip(), r.summary(), r.authors(),
                blankToNull(r.publishedAt()), null, null, null, r.topics(), lower(r.language()), body,
                List.of(new Section("", null, body, 0, body.length())), List.of(), List.of(), List.of(), null);
        Article a = analyzer.analyze(page, Instant.now());
        String id = r.id() == null || r.id().isBlank() ? a.id() : r.id().strip();
        String language = r.language() == null || r.language().isBlank() ? a.language() : lower(r.language());
        return new Article(id, a.url(), a.canonicalUrl(), a.fetchedAt(), a.publishedAt(), a.modifiedAt(), language,
                a.title(), a.summary(), a.authors(), a.siteName(), a.body(), a.sections(), a.languages(), a.money(),
                a.people(), a.companies(), a.organizations(), a.tables(), a.furtherReading(), a.faq(), a.topics(),
                a.contentHash());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String lower(String s) {
        return s == null || s.isBlank() ? null : s.strip().toLowerCase(Locale.ROOT);
    }
}

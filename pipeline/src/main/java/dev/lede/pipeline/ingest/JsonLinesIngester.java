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
import dev.lede.pipeline.batch.BatchSettings;
import dev.lede.pipeline.batch.IndexingBatch;
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
 * the reason and skipped; the rest is indexed. Lines are extracted in parallel ({@link IndexingBatch}: one
 * worker per core by default) and indexed in file order, so a later line with the same id wins, as it
 * would one line at a time. Commits every {@code commitEvery} articles, so that a crash loses at most that
 * many.
 */
public final class JsonLinesIngester {
    private static final Logger LOG = LoggerFactory.getLogger(JsonLinesIngester.class);
    private static final ObjectReader READER = LedeJson.mapper().readerFor(IngestRecord.class)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final ArticleAnalyzer analyzer;
    private final ArticleIndex index;
    private final BatchSettings batch;

    public JsonLinesIngester(ArticleAnalyzer analyzer, ArticleIndex index, int commitEvery) {
        this(analyzer, index, BatchSettings.defaults().withCommitEvery(commitEvery));
    }

    public JsonLinesIngester(ArticleAnalyzer analyzer, ArticleIndex index, BatchSettings batch) {
        this.analyzer = analyzer;
        this.index = index;
        this.batch = batch;
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

    /** One line on its way through the batch: its number, and the record or why it is none. */
    private record Line(int number, IngestRecord record, String problem) {
    }

    /**
     * Ingests every line of {@code in}, named {@code source} in log lines, calling {@code progress} after
     * each line (from the index writer's thread, in line order); commits at the end.
     */
    public Summary ingest(BufferedReader in, String source, Consumer<Summary> progress) throws IOException {
        Summary[] summary = {new Summary(0, 0, 0, 0, 0)};
        IndexingBatch.Listener<Line> listener = new IndexingBatch.Listener<>() {
            @Override
            public void indexed(Line line, Article article, UpsertResult result) {
                summary[0] = summary[0].plus(result);
                progress.accept(summary[0]);
            }

            @Override
            public void failed(Line line, Throwable e) {
                summary[0] = summary[0].failure();
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warn("{}:{}: skipped: {}", source, line.number(), reason);
                progress.accept(summary[0]);
            }

            @Override
            public void skipped(Line line) {
                summary[0] = summary[0].blank();
                progress.accept(summary[0]);
            }
        };
        try (IndexingBatch<Line> lines = new IndexingBatch<>("ingest", index, batch, this::extract, listener)) {
            String text;
            int number = 0;
            while ((text = in.readLine()) != null) {
                number++;
                lines.submit(parseLine(number, text));
            }
            lines.finish();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest of " + source + " interrupted", e);
        }
        return summary[0];
    }

    private static Line parseLine(int number, String text) {
        if (text.isBlank()) {
            return new Line(number, null, null);
        }
        try {
            return new Line(number, parse(text), null);
        } catch (BadLineException e) {
            return new Line(number, null, e.getMessage());
        }
    }

    /** The worker's step: null (nothing to index) for a blank line. */
    private Article extract(Line line) throws BadLineException {
        if (line.problem() != null) {
            throw new BadLineException(line.problem());
        }
        return line.record() == null ? null : toArticle(line.record());
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

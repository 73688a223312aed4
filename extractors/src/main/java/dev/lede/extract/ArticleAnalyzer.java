package dev.lede.extract;

import dev.lede.extract.StageTimes.Stage;
import dev.lede.extract.entity.EntityExtractor;
import dev.lede.extract.entity.EntityLists;
import dev.lede.extract.entity.NamedEntityExtractor;
import dev.lede.extract.html.HtmlArticleExtractor;
import dev.lede.extract.html.PageExtraction;
import dev.lede.extract.lang.LanguageIdentifier;
import dev.lede.extract.lang.LanguageSpan;
import dev.lede.extract.money.MoneyExtractor;
import dev.lede.extract.money.MoneySubjects;
import dev.lede.extract.table.BodyTables;
import dev.lede.extract.table.CellTypes;
import dev.lede.extract.table.MarkdownTableParser;
import dev.lede.model.Article;
import dev.lede.model.ArticleId;
import dev.lede.model.DataTable;
import dev.lede.model.MoneyAmount;
import dev.lede.model.Section;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a page into an {@link Article}: the HTML stage, then language, money, tables and entities.
 *
 * <p>Models load once, in {@link #create}; an analyzer is thread-safe and meant to live as long as the
 * process, shared by every worker.
 */
public final class ArticleAnalyzer {
    /** No entity recognition: every list empty. */
    private static final EntityExtractor NO_ENTITIES = (title, summary, body, sections, language) -> EntityLists.EMPTY;

    private final HtmlArticleExtractor html;
    private final LanguageIdentifier languages;
    private final MoneyExtractor money;
    private final MarkdownTableParser markdownTables;
    private final BodyTables tables;
    private final MoneySubjects subjects = new MoneySubjects();
    private final EntityExtractor entities;

    public ArticleAnalyzer(HtmlArticleExtractor html, LanguageIdentifier languages, MoneyExtractor money,
                           MarkdownTableParser markdownTables, EntityExtractor entities) {
        this.html = html;
        this.languages = languages;
        this.money = money;
        this.markdownTables = markdownTables;
        this.tables = new BodyTables(markdownTables, new CellTypes(money));
        this.entities = entities;
    }

    /** Builds an analyzer with every stage, loading the models {@code config} asks for. */
    public static ArticleAnalyzer create(AnalyzerConfig config) {
        EntityExtractor entities = config.entities() ? NamedEntityExtractor.create() : NO_ENTITIES;
        return new ArticleAnalyzer(new HtmlArticleExtractor(), new LanguageIdentifier(config.languages()),
                new MoneyExtractor(), new MarkdownTableParser(), entities);
    }

    /**
     * This analyzer without entity recognition, sharing every other stage and its loaded models (no
     * second copy of the language models in memory): what the benchmark times as "extraction without NER".
     */
    public ArticleAnalyzer withoutEntities() {
        return new ArticleAnalyzer(html, languages, money, markdownTables, NO_ENTITIES);
    }

    /** Extracts the article of an HTML page read from {@code url}. */
    public Article analyzeHtml(String htmlText, String url, Instant fetchedAt) {
        return analyzeHtml(htmlText, url, fetchedAt, null);
    }

    /** Like {@link #analyzeHtml(String, String, Instant)}, adding the time of each stage to {@code times} (may be null). */
    public Article analyzeHtml(String htmlText, String url, Instant fetchedAt, StageTimes times) {
        long start = System.nanoTime();
        PageExtraction page = html.extract(htmlText, url);
        lap(times, Stage.HTML, start);
        return analyze(page, fetchedAt, times);
    }

    /** Takes {@code text} as the article body itself, verbatim. */
    public Article analyzePlain(String text, String url, Instant fetchedAt) {
        return analyze(PageExtraction.ofPlainText(text, url), fetchedAt);
    }

    /** Runs the text stages over what the HTML stage found. */
    public Article analyze(PageExtraction page, Instant fetchedAt) {
        return analyze(page, fetchedAt, null);
    }

    /** Like {@link #analyze(PageExtraction, Instant)}, adding the time of each stage to {@code times} (may be null). */
    public Article analyze(PageExtraction page, Instant fetchedAt, StageTimes times) {
        long t = System.nanoTime();
        String body = page.body();
        // the page's language first (title, summary, markup), as the fallback of undecided paragraphs
        String decided = languages.headingLanguage(page.title(), page.summary(), page.declaredLanguage());
        String heading = decided != null ? decided : languages.bodyLanguage(page.title(), page.summary(), List.of());
        List<LanguageSpan> spans = languages.paragraphs(body, heading);
        String edition = decided != null ? decided : languages.bodyLanguage(page.title(), page.summary(), spans);
        List<Section> sections = new ArrayList<>();
        for (Section s : page.sections()) {
            sections.add(new Section(s.heading(), LanguageIdentifier.languageOf(spans, s.start(), s.end(), edition),
                    s.text(), s.start(), s.end()));
        }
        t = lap(times, Stage.LANGUAGE, t);
        List<DataTable> found = tables.find(body, page.tables(),
                (start, end) -> LanguageIdentifier.languageOf(spans, start, end, edition));
        t = lap(times, Stage.TABLES, t);
        List<MoneyAmount> amounts = new ArrayList<>();
        for (LanguageSpan span : spans) {
            amounts.addAll(money.extract(body, span.start(), span.end(), span.language()));
        }
        t = lap(times, Stage.MONEY, t);
        // paragraph by paragraph: each goes through the model of its own language
        EntityLists entityLists = entities.extract(page.title(), page.summary(), body,
                LanguageIdentifier.cutByLanguage(sections.isEmpty()
                        ? List.of(new Section("", edition, body, 0, body.length())) : sections, spans, body), edition);
        t = lap(times, Stage.ENTITIES, t);
        amounts = subjects.attach(body, amounts, entityLists.companies(), entityLists.people(), found);
        lap(times, Stage.MONEY, t);
        String canonical = page.canonicalUrl() == null ? page.url() : page.canonicalUrl();
        return new Article(ArticleId.of(canonical), page.url(), canonical, fetchedAt, page.publishedAt(),
                page.modifiedAt(), edition, page.title(), page.summary(), page.authors(), page.siteName(), body,
                sections, LanguageIdentifier.shares(spans), amounts, entityLists.people(),
                entityLists.companies(), entityLists.organizations(), found, page.furtherReading(), page.faq(),
                page.topics(), contentHash(page));
    }

    private static long lap(StageTimes times, Stage stage, long since) {
        return times == null ? since : times.lap(stage, since);
    }

    static String contentHash(PageExtraction page) {
        return ArticleId.sha256Hex(page.title() + "\u0000" + page.summary() + "\u0000" + page.body());
    }
}

package dev.lede.pipeline.web;

import dev.lede.index.ArticleIndex;
import dev.lede.index.RelatedArticle;
import dev.lede.index.SearchResults;
import dev.lede.model.Article;
import dev.lede.pipeline.web.view.ArticlePage;
import dev.lede.pipeline.web.view.Chrome;
import dev.lede.pipeline.web.view.SearchPage;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.Map;

/** The HTML pages: search ({@code /}) and article ({@code /articles/{id}}), and the error page. */
final class PageRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(PageRoutes.class);

    private final ArticleIndex index;
    private final ServerSettings settings;
    private final Templates templates;
    private final StaticAssets assets;
    private final ApiRoutes api;

    PageRoutes(ArticleIndex index, ServerSettings settings, Templates templates, StaticAssets assets, ApiRoutes api) {
        this.index = index;
        this.settings = settings;
        this.templates = templates;
        this.assets = assets;
        this.api = api;
    }

    void search(Context ctx) throws IOException {
        SearchParams params = SearchParams.parse(ctx.queryParamMap(), settings, false);
        SearchResults results = api.search(params.toQuery());
        String title = params.q().isEmpty() ? "Lede · newsroom search" : params.q() + " · Lede";
        SearchPage page = SearchPage.of(chrome(title, params.q()), params, results, settings.pageSize(),
                settings.maxOffset());
        ctx.html(templates.render("search.jte", page));
    }

    void article(Context ctx) throws IOException {
        Article article = api.requireArticle(ctx.pathParam("id"));
        List<RelatedArticle> related;
        try {
            related = index.related().related(article.id(), settings.relatedLimit());
        } catch (IOException | RuntimeException e) {
            // the article is still worth showing; the log says why its list is missing
            LOG.warn("related articles of {} failed: {}", article.id(), e.toString());
            related = List.of();
        }
        ArticlePage page = ArticlePage.of(chrome(article.title() + " · Lede", ""), article, related, this::lookUp,
                (kind, name) -> SearchPage.href(kind.equals("person")
                        ? SearchParams.empty(settings.pageSize()).withPerson(name)
                        : SearchParams.empty(settings.pageSize()).withCompany(name), settings.pageSize()));
        ctx.html(templates.render("article.jte", page));
    }

    /** An article by id or URL, for the links of an article page. */
    private Optional<Article> lookUp(String idOrUrl) {
        try {
            return index.find(idOrUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the HTML error page. */
    void error(Context ctx, int status, String message) {
        ctx.status(status).html(templates.render("error.jte", Map.of(
                "chrome", chrome(status + " · Lede", ""), "status", status, "message", message)));
    }

    private Chrome chrome(String title, String q) {
        return new Chrome(title, q, settings.maxQueryChars(), assets.href("app.css"), assets.href("app.js"));
    }
}

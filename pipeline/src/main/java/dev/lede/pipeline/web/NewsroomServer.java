package dev.lede.pipeline.web;

import dev.lede.index.ArticleIndex;
import io.javalin.Javalin;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Closeable;

/**
 * Lede's web server: the newsroom search page and the JSON API over an open {@link ArticleIndex}.
 *
 * <p>Routes:
 * <ul>
 *   <li>{@code GET /} the search page; {@code GET /articles/{id}} an article with its facts and Further Reading</li>
 *   <li>{@code GET /api/search}, {@code /api/articles/{id}}, {@code /api/articles/{id}/related}, {@code /api/facts}</li>
 *   <li>{@code GET /healthz}; {@code GET /static/app.css} and {@code app.js}</li>
 * </ul>
 * Nothing else is served: no directory is mapped, so no request path reaches the file system. Every
 * response carries a Content-Security-Policy that allows only this server's own script and style, a second
 * line of defence behind the templates' escaping.
 *
 * <p>Embedded Javalin on Jetty 12: one small, maintained library for routing, parameters and errors,
 * with Jetty's HTTP parsing (and its rejection of malformed and ambiguous URIs) underneath.
 */
public final class NewsroomServer implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(NewsroomServer.class);
    private static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
    private static final String HANDLED = "lede.handled";
    private static final String STARTED = "lede.started";
    private static final String STARTED_CPU = "lede.startedCpu";
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private final Javalin app;
    private final ServerSettings settings;

    private NewsroomServer(Javalin app, ServerSettings settings) {
        this.app = app;
        this.settings = settings;
    }

    /**
     * Starts serving {@code index} on {@code settings.host()}:{@code settings.port()} (port 0 picks a free one).
     * The caller keeps ownership of the index and closes it after the server.
     */
    public static NewsroomServer start(ArticleIndex index, ServerSettings settings) {
        Templates templates = new Templates();
        StaticAssets assets = StaticAssets.load();
        ApiRoutes api = new ApiRoutes(index, settings);
        PageRoutes pages = new PageRoutes(index, settings, templates, assets, api);
        FactsRoute facts = new FactsRoute(index, settings, api);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.prefer405over404 = true;
            config.jetty.modifyHttpConfiguration(http -> http.setSendServerVersion(false));
            config.requestLogger.http(NewsroomServer::log);

            config.routes.before(NewsroomServer::securityHeaders);
            config.routes.before(NewsroomServer::startTiming);
            config.routes.after(NewsroomServer::serverTiming);
            config.routes.get("/", pages::search);
            config.routes.get("/articles/{id}", pages::article);
            config.routes.get("/api/search", api::search);
            config.routes.get("/api/articles/{id}", api::article);
            config.routes.get("/api/articles/{id}/related", api::related);
            config.routes.get("/api/facts", facts::facts);
            config.routes.get("/healthz", api::health);
            config.routes.get("/static/{name}", assets::serve);

            config.routes.exception(InvalidParameterException.class, (e, ctx) -> {
                ctx.attribute(HANDLED, true);
                if (isApi(ctx)) {
                    ApiRoutes.error(ctx, 400, e.getMessage(), e.parameter());
                } else {
                    pages.error(ctx, 400, e.getMessage());
                }
            });
            config.routes.exception(NotFoundException.class, (e, ctx) -> {
                ctx.attribute(HANDLED, true);
                if (isApi(ctx)) {
                    ApiRoutes.error(ctx, 404, e.getMessage(), null);
                } else {
                    pages.error(ctx, 404, e.getMessage());
                }
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.attribute(HANDLED, true);
                if (isApi(ctx)) {
                    ApiRoutes.error(ctx, 500, "internal error; the server log has the details", null);
                } else {
                    pages.error(ctx, 500, "The server could not answer this request; its log has the details.");
                }
            });
            config.routes.error(404, ctx -> {
                if (ctx.attribute(HANDLED) == null) {
                    if (isApi(ctx)) {
                        ApiRoutes.error(ctx, 404, "no such endpoint: " + ctx.path(), null);
                    } else {
                        pages.error(ctx, 404, "There is no page at this address.");
                    }
                }
            });
            config.routes.error(405, ctx -> ApiRoutes.error(ctx, 405, "only GET is served here", null));
        });
        try {
            app.start(settings.host(), settings.port());
        } catch (RuntimeException e) {
            app.stop();
            throw e;
        }
        return new NewsroomServer(app, settings);
    }

    /** The port the server listens on (the chosen one when started with port 0). */
    public int port() {
        return app.port();
    }

    /** The base URL, such as {@code http://127.0.0.1:8080/}. */
    public String url() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        return "http://" + host + ":" + port() + "/";
    }

    @Override
    public void close() {
        app.stop();
    }

    private static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/healthz");
    }

    private static void securityHeaders(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Frame-Options", "DENY");
    }

    private static void startTiming(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
        ctx.attribute(STARTED_CPU, THREADS.getCurrentThreadCpuTime());
    }

    /**
     * {@code Server-Timing: app;dur=<ms>, cpu;dur=<ms>}: the time the server spent on the request, wall and
     * CPU, as browsers' developer tools and {@code lede bench serve} read it. On a busy machine the CPU
     * figure is what the request costs; the wall figure includes waiting for a core.
     */
    private static void serverTiming(Context ctx) {
        Long started = ctx.attribute(STARTED);
        Long startedCpu = ctx.attribute(STARTED_CPU);
        if (started != null && startedCpu != null) {
            double wall = (System.nanoTime() - started) / 1e6;
            double cpu = (THREADS.getCurrentThreadCpuTime() - startedCpu) / 1e6;
            ctx.header("Server-Timing", String.format(java.util.Locale.ROOT, "app;dur=%.2f, cpu;dur=%.2f", wall, cpu));
        }
    }

    private static void log(Context ctx, Float ms) {
        int status = ctx.status().getCode();
        if (status >= 500) {
            LOG.warn("{} {} {} {}ms", ctx.method(), ctx.path(), status, Math.round(ms));
        } else if (status >= 400) {
            LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), status, Math.round(ms));
        } else {
            LOG.debug("{} {} {} {}ms", ctx.method(), ctx.path(), status, Math.round(ms));
        }
    }
}

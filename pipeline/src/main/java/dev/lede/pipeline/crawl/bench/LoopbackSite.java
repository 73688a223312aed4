package dev.lede.pipeline.crawl.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * A web site on 127.0.0.1 (an ephemeral port), served from memory with the JDK's own HTTP server: the
 * stand-in for a news site in the crawler's benchmark and tests. It behaves like a well-run static
 * server: ETag and Last-Modified on every page, 304 on a matching conditional request, 404 otherwise,
 * and a log of the requests it saw. Further handlers (fault routes) can be added on other paths.
 */
public final class LoopbackSite implements AutoCloseable {
    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    /**
     * A page as served.
     *
     * @param body         the bytes
     * @param contentType  the Content-Type header
     * @param etag         its ETag (quoted)
     * @param lastModified its Last-Modified (HTTP date)
     */
    public record Page(byte[] body, String contentType, String etag, String lastModified) {
    }

    /**
     * One request the site saw.
     *
     * @param path        the request path
     * @param ifNoneMatch its If-None-Match header, or null
     * @param userAgent   its User-Agent header
     * @param status      the status answered
     * @param nanos       when it arrived ({@link System#nanoTime()})
     */
    public record Request(String path, String ifNoneMatch, String userAgent, int status, long nanos) {
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile long latencyMillis;

    private LoopbackSite(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /** Starts an empty site on 127.0.0.1 and an ephemeral port. */
    public static LoopbackSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
        ExecutorService executor = Executors.newFixedThreadPool(8, r -> {
            Thread t = new Thread(r, "loopback-site");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        LoopbackSite site = new LoopbackSite(server, executor);
        server.createContext("/", site::serve);
        server.start();
        return site;
    }

    /** The site's base URL, with a trailing slash. */
    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /**
     * Adds every file under {@code dir}, at its relative path; in text files {@code placeholderBase}
     * (an absolute base URL the files were written for, or null) is replaced by this site's base.
     */
    public LoopbackSite addDirectory(Path dir, String placeholderBase) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String path = "/" + dir.relativize(file).toString().replace('\\', '/');
                byte[] bytes = Files.readAllBytes(file);
                String type = contentType(path);
                if (placeholderBase != null && (path.endsWith(".txt") || path.endsWith(".xml"))) {
                    bytes = new String(bytes, StandardCharsets.UTF_8).replace(placeholderBase, base())
                            .getBytes(StandardCharsets.UTF_8);
                }
                put(path, bytes, type);
            }
        }
        return this;
    }

    /** Makes every static page answer {@code latency} later, like a real server across a network. */
    public void latency(java.time.Duration latency) {
        this.latencyMillis = latency.toMillis();
    }

    /** Serves {@code body} at {@code path} from now on (a new ETag and Last-Modified when it changed). */
    public void put(String path, byte[] body, String contentType) {
        String etag = "\"" + sha1(body).substring(0, 16) + "\"";
        Page old = pages.get(path);
        if (old != null && old.etag().equals(etag)) {
            return;
        }
        pages.put(path, new Page(body, contentType, etag, HTTP_DATE.format(Instant.now())));
    }

    public void put(String path, String html) {
        put(path, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    public void remove(String path) {
        pages.remove(path);
    }

    /** Adds a handler for a path prefix (longer prefixes win over the static pages at "/"). */
    public void route(String pathPrefix, HttpHandler handler) {
        server.createContext(pathPrefix, exchange -> {
            log(exchange, 0);
            handler.handle(exchange);
        });
    }

    /** The requests seen so far, in arrival order. */
    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests seen for one path. */
    public List<Request> requests(String path) {
        return requests().stream().filter(r -> r.path().equals(path)).toList();
    }

    public void clearRequests() {
        requests.clear();
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (latencyMillis > 0) {
                try {
                    Thread.sleep(latencyMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            String path = exchange.getRequestURI().getPath();
            if (path.endsWith("/")) {
                path = path + "index.html";
            }
            Page page = pages.get(path);
            if (page == null) {
                respond(exchange, 404, "text/html", "<html><body><h1>Not found</h1></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
                return;
            }
            exchange.getResponseHeaders().set("ETag", page.etag());
            exchange.getResponseHeaders().set("Last-Modified", page.lastModified());
            String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
            if (page.etag().equals(ifNoneMatch)) {
                log(exchange, 304);
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            respond(exchange, 200, page.contentType(), page.body());
        }
    }

    private void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        log(exchange, status);
        exchange.getResponseHeaders().set("Content-Type", type);
        if ("HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void log(HttpExchange exchange, int status) {
        requests.add(new Request(exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("If-None-Match"),
                exchange.getRequestHeaders().getFirst("User-Agent"), status, System.nanoTime()));
    }

    private static String contentType(String path) {
        String p = path.toLowerCase(Locale.ROOT);
        if (p.endsWith(".html") || p.endsWith(".htm")) {
            return "text/html; charset=utf-8";
        }
        if (p.endsWith(".xml")) {
            return "application/xml";
        }
        if (p.endsWith(".css")) {
            return "text/css";
        }
        if (p.endsWith(".txt")) {
            return "text/plain; charset=utf-8";
        }
        return "application/octet-stream";
    }

    private static String sha1(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}

package dev.lede.pipeline.cli;

import dev.lede.index.ArticleIndex;
import dev.lede.pipeline.LedeConfig;
import dev.lede.pipeline.web.NewsroomServer;
import dev.lede.pipeline.web.ServerSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** {@code lede serve}: the newsroom web page and JSON API over the index, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve the newsroom search page and the JSON API over the index, until Ctrl-C or SIGTERM.",
                "The index is opened read-only: a crawl may write it meanwhile, and its commits show up within a second.",
                "Exit code 0 after a clean stop, 2 when there is no index or the address cannot be bound."})
public final class ServeCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ServeCommand.class);

    @Mixin
    DataOption data;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 serves every network).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "" + ServerSettings.DEFAULT_PORT,
            description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
    int port;

    @Override
    public Integer call() throws Exception {
        LedeConfig config = data.config();
        if (!Files.isDirectory(config.indexDir())) {
            System.err.println("lede serve: no index at " + config.indexDir() + "; run ./lede crawl first, or pass --data");
            return ExitCodes.USAGE;
        }
        ServerSettings settings;
        try {
            settings = config.server().listeningOn(host, port);
        } catch (IllegalArgumentException e) {
            System.err.println("lede serve: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        CountDownLatch stop = new CountDownLatch(1);
        CountDownLatch stopped = new CountDownLatch(1);
        try (ArticleIndex index = ArticleIndex.openReadOnly(config.indexDir())) {
            NewsroomServer server;
            try {
                server = NewsroomServer.start(index, settings);
            } catch (RuntimeException e) {
                System.err.println("lede serve: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
                return ExitCodes.USAGE;
            }
            try (server) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    stop.countDown();
                    try {
                        // let the main thread close the server and the index before the JVM goes
                        stopped.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }, "lede-serve-shutdown"));
                System.out.println("Lede is serving " + index.count() + " articles from " + config.indexDir()
                        + " at " + server.url() + " (Ctrl-C to stop)");
                System.out.flush();
                stop.await();
                LOG.info("stopping");
            }
        } catch (IOException e) {
            System.err.println("lede serve: cannot open the index at " + config.indexDir() + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } finally {
            stopped.countDown();
        }
        return ExitCodes.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }
}

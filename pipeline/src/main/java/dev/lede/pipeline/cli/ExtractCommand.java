package dev.lede.pipeline.cli;

import com.fasterxml.jackson.databind.ObjectWriter;
import dev.lede.extract.ArticleAnalyzer;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code lede extract}: one JSON record per input on stdout, nothing indexed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract article records from files or URLs and print them as JSON-lines, in input order.",
                "An input that fails still gets its line, with an \"error\" field, so outputs line up with inputs.",
                "Exit code 0 when every input worked, 1 when some failed, 2 on bad usage."})
public final class ExtractCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractCommand.class);

    @Mixin
    DataOption data;

    @Mixin
    LanguagesOption languages;

    @Option(names = "--plain", description = "Take each file as the article body itself, verbatim (implied for .txt and .md).")
    boolean plain;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files or http(s) URLs to extract.")
    List<String> inputs;

    /** The line written for an input that could not be extracted. */
    record FailedInput(String input, String url, String error) {
    }

    @Override
    public Integer call() throws Exception {
        ArticleAnalyzer analyzer;
        try {
            analyzer = ArticleAnalyzer.create(languages.apply(data.config()).analyzer());
        } catch (IllegalArgumentException e) {
            System.err.println("lede extract: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        ObjectWriter json = LedeJson.mapper().writer();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        int failed = 0;
        for (String input : inputs) {
            String line;
            try {
                line = json.writeValueAsString(extract(analyzer, input));
            } catch (Exception | StackOverflowError e) {
                failed++;
                String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                LOG.warn("extract failed: {}: {}", input, reason);
                line = json.writeValueAsString(new FailedInput(input, urlOf(input), reason));
            }
            out.println(line);
        }
        out.flush();
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    private Article extract(ArticleAnalyzer analyzer, String input) throws Exception {
        Instant now = Instant.now();
        if (isHttp(input)) {
            Document document = Jsoup.connect(input).userAgent(data.config().userAgent())
                    .timeout(30_000).maxBodySize(data.config().maxPageBytes()).get();
            return analyzer.analyzeHtml(document.outerHtml(), document.location(), now);
        }
        Path file = Path.of(input);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file");
        }
        String url = file.toAbsolutePath().normalize().toUri().toString();
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (plain || name.endsWith(".txt") || name.endsWith(".md")) {
            return analyzer.analyzePlain(Files.readString(file, StandardCharsets.UTF_8), url, now);
        }
        if (Files.size(file) > data.config().maxPageBytes()) {
            throw new IllegalArgumentException("file larger than the page size cap of " + data.config().maxPageBytes() + " bytes");
        }
        // jsoup decides the charset from the BOM or the meta tag, defaulting to UTF-8
        Document document = Jsoup.parse(file.toFile(), null, url);
        return analyzer.analyzeHtml(document.outerHtml(), url, now);
    }

    private static boolean isHttp(String input) {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static String urlOf(String input) {
        return isHttp(input) ? input : Path.of(input).toAbsolutePath().normalize().toUri().toString();
    }
}

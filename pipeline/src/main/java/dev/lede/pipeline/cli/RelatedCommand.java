package dev.lede.pipeline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.lede.index.ArticleIndex;
import dev.lede.index.ExplainedRelated;
import dev.lede.index.RelatedArticle;
import dev.lede.index.RelatedScore;
import dev.lede.model.Article;
import dev.lede.model.LedeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import dev.lede.pipeline.crawl.UrlNormalizer;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code lede related}: the "Further Reading" list of an article, with why each entry is there. */
@Command(name = "related", mixinStandardHelpOptions = true,
        header = "List the articles related to an article (its Further Reading), each with why.",
        description = {"List the articles related to an article, in any language, best first, each with why:",
                "shared companies, people, figures, names and words. The same story in another edition or",
                "language is one entry (\"also in\"). Exit code 1 when no article has that id, URL or file.",
                "Example: lede related https://example.org/news/asml-factory --explain"})
public final class RelatedCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Parameters(paramLabel = "ID|URL|FILE", description = "The article's id, its URL or canonical URL, or the local file it was crawled from.")
    String article;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "Entries to list (1-50, default ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--json", description = "Print a JSON array of entries (with --explain, each has an \"explain\" object).")
    boolean json;

    @Option(names = "--explain", description = "Show the parts of each entry's score.")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        if (limit < 1) {
            System.err.println("lede related: --limit must be at least 1");
            return ExitCodes.USAGE;
        }
        try (ArticleIndex index = IndexReading.open(data.config().indexDir())) {
            if (index == null) {
                return ExitCodes.USAGE;
            }
            String ref = reference(article);
            List<ExplainedRelated> list;
            try {
                list = index.related().explain(ref, limit);
            } catch (NoSuchElementException e) {
                System.err.println("lede related: " + e.getMessage());
                return ExitCodes.SOME_FAILED;
            }
            PrintStream out = IndexReading.stdout();
            if (json) {
                out.println(toJson(list));
            } else {
                print(out, index, index.find(ref).orElseThrow(), list);
            }
            out.flush();
            return ExitCodes.OK;
        }
    }

    /** A local file stands for the file: URL a crawl of it stored (ids and URLs pass through). */
    private static String reference(String argument) {
        try {
            Path path = Path.of(argument);
            return Files.isRegularFile(path) ? UrlNormalizer.fileUrl(path) : argument;
        } catch (InvalidPathException e) {
            return argument;
        }
    }

    private String toJson(List<ExplainedRelated> list) throws Exception {
        ObjectMapper mapper = LedeJson.mapper();
        ArrayNode array = mapper.createArrayNode();
        for (ExplainedRelated e : list) {
            ObjectNode node = mapper.valueToTree(e.article());
            if (explain) {
                node.set("explain", mapper.valueToTree(e.score()));
            }
            array.add(node);
        }
        return mapper.writeValueAsString(array);
    }

    private void print(PrintStream out, ArticleIndex index, Article source, List<ExplainedRelated> list) throws Exception {
        out.printf("Related to: %s  [%s%s]  (id %s)%n%n", source.title(), source.language(),
                source.publishedAt() == null ? "" : ", " + source.publishedAt(), source.id());
        if (list.isEmpty()) {
            out.println("Nothing related in the index.");
            return;
        }
        int n = 0;
        for (ExplainedRelated e : list) {
            RelatedArticle a = e.article();
            out.printf("%d. %s  [%s%s]  %.2f%n", ++n, a.title(), a.language(),
                    a.publishedAt() == null ? "" : ", " + a.publishedAt(), a.score());
            out.println("   " + a.url() + "  (id " + a.id() + ")");
            List<String> why = new ArrayList<>();
            if (!a.sharedCompanies().isEmpty()) {
                why.add("companies " + String.join(", ", a.sharedCompanies()));
            }
            if (!a.sharedPeople().isEmpty()) {
                why.add("people " + String.join(", ", a.sharedPeople()));
            }
            if (!a.sharedTerms().isEmpty()) {
                why.add("also says " + String.join(", ", a.sharedTerms()));
            }
            out.println("   why: " + (why.isEmpty() ? "similar wording" : String.join("; ", why)));
            for (String id : a.alsoIn()) {
                Optional<Article> edition = index.get(id);
                out.println("   also in " + edition.map(ed -> ed.language() + ": " + ed.title() + "  (id " + id + ")").orElse(id));
            }
            if (explain) {
                RelatedScore s = e.score();
                out.printf("   score: text %.2f  anchors %.2f  entities %.2f  money %.2f  numbers %.2f  topics %.2f"
                                + "  = relevance %.3f; recency %.2f -> %.3f%n",
                        s.text(), s.anchors(), s.entities(), s.money(), s.numbers(), s.topics(), s.relevance(),
                        s.recency(), s.total());
            }
            out.println();
        }
    }
}

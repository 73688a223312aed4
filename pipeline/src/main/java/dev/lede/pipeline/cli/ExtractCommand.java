package dev.lede.pipeline.cli;

import dev.lede.extract.ArticleAnalyzer;
import dev.lede.model.LedeJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code lede extract}: one JSON record per input on stdout, nothing indexed. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract article records from files or URLs and print them as JSON-lines, in input order.",
                "An input that fails still gets its line, with an \"error\" field."})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--plain", description = "Take each file as the article body itself, verbatim (implied for .txt and .md).")
    boolean plain;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Files or URLs to extract.")
    List<String> inputs;

    @Override
    public Integer call() throws Exception {
        ArticleAnalyzer analyzer = ArticleAnalyzer.create(data.config().analyzer());
        // TODO(core): read inputs, errors as lines
        return ExitCodes.OK;
    }
}

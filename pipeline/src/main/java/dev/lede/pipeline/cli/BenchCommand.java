package dev.lede.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede bench}: speed and memory benchmarks that print figures (and write them as JSON). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure speed and memory; prints a table and writes JSON for comparison between commits.",
        subcommands = {
                ServeBenchCommand.class,
                BenchPipelineCommand.class,
                CrawlBenchCommand.class,
                BenchIndexCommand.class,
                BenchExtractionCommand.class,
        })
public final class BenchCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}

package dev.lede.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede eval}: quality measurements against labelled data, one subcommand per stage. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measure extraction quality against labelled data (precision, recall, F1).",
        subcommands = {
                EvalExtractionCommand.class,
                EvalMoneyCommand.class,
                EvalTablesCommand.class,
                EntitiesEvalCommand.class,
                EvalRelatedCommand.class,
        })
public final class EvalCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}

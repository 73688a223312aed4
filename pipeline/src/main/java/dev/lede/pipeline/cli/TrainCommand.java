package dev.lede.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code lede train}: retrain the models Lede ships, one subcommand per model. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Retrain a model Lede ships (see each subcommand).",
        subcommands = {
                DutchNerTrainCommand.class,
        })
public final class TrainCommand implements Runnable {
    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}

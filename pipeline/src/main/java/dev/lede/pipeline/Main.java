package dev.lede.pipeline;

import dev.lede.pipeline.cli.LedeCommand;
import picocli.CommandLine;

/** Entry point of the {@code ./lede} launcher. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(LedeCommand.commandLine().execute(args));
    }
}

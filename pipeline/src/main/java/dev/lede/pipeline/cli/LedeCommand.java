package dev.lede.pipeline.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The top-level {@code lede} command: a list of subcommands, each with its own {@code --help}. */
@Command(name = "lede", mixinStandardHelpOptions = true, version = "lede 0.1.0",
        description = "Turns news archives into searchable facts.",
        subcommands = {
                CommandLine.HelpCommand.class,
                ExtractCommand.class,
                IngestCommand.class,
                SearchCommand.class,
                RelatedCommand.class,
                ServeCommand.class,
                ExportCommand.class,
                CrawlCommand.class,
                StatusCommand.class,
                EvalCommand.class,
                BenchCommand.class,
                OptimizeCommand.class,
                TrainCommand.class,
        })
public final class LedeCommand implements Runnable {

    /** A command line with Lede's exit codes: 2 for usage errors, 70 for an error no command expected. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new LedeCommand());
        cmd.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.INTERNAL);
        cmd.getCommandSpec().exitCodeOnInvalidInput(ExitCodes.USAGE);
        cmd.getCommandSpec().exitCodeOnExecutionException(ExitCodes.INTERNAL);
        cmd.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            commandLine.getErr().printf("lede %s: stopped by an unexpected error: %s%n",
                    commandLine.getCommandName(), e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.INTERNAL;
        });
        // the commands' descriptions are written in lines of up to ~110 characters; 80 would re-wrap them mid-line
        cmd.setUsageHelpWidth(120);
        return cmd;
    }

    @Override
    public void run() {
        CommandLine.usage(this, System.out);
    }
}

package dev.lede.pipeline.cli;

import dev.lede.pipeline.LedeConfig;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --data DIR} option every command takes. */
public final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "lede-data",
            description = "Where Lede keeps its index and state (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    /** The configuration for this data directory, with Lede's defaults. */
    public LedeConfig config() {
        return LedeConfig.defaults(dataDir);
    }
}

package io.dangan.archive.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command that works on a store shares. */
final class DataOption {
    /** The default data folder, relative to the working directory. */
    static final String DEFAULT = "./dangan-data";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "data folder: embedded H2 database and content files (default: ${DEFAULT-VALUE})")
    Path dir = Path.of(DEFAULT);
}

package io.dangan.archive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dangan access ...}: the access policy (访问控制); each task is a subcommand. */
@Command(name = "access",
        mixinStandardHelpOptions = true,
        description = "访问控制：按策略判定查阅、借阅、归档等请求。",
        subcommands = {
            AccessCheckCommand.class,
        })
final class AccessCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing access task: try 'dangan access --help'");
    }
}

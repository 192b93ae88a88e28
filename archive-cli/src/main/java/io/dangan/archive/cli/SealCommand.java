package io.dangan.archive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dangan seal ...}: dossier seals (档案封印); each action is a subcommand. */
@Command(name = "seal",
        mixinStandardHelpOptions = true,
        description = "档案封印：校验已封印档案的真实性与完整性。",
        subcommands = {
            SealVerifyCommand.class,
        })
final class SealCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing seal action: try 'dangan seal --help'");
    }
}

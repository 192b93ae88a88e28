package io.dangan.archive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dangan audit ...}: the audits (审核) over a data folder; each kind is a subcommand. */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = "审核：档案完整性、专审与审计日志校验。",
        subcommands = {
            AuditCompletenessCommand.class, AuditSpecialCommand.class,
            AuditVerifyCommand.class,
        })
final class AuditCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing audit kind: try 'dangan audit --help'");
    }
}

package io.dangan.archive.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code dangan} command; its subcommands do the work. */
@Command(name = "dangan",
        mixinStandardHelpOptions = true,
        versionProvider = DanganCommand.Version.class,
        description = "干部人事档案工具 (Dangan): cadre personnel dossiers kept complete, authentic, secure and traceable.",
        subcommands = {
            DemoCommand.class,
            AuditCommand.class,
            DigestCommand.class,
            SealCommand.class,
            AccessCommand.class,
            EpcCommand.class,
            InventoryCommand.class,
        })
final class DanganCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing command: try 'dangan --help'");
    }

    /** Reads the version from the jar manifest. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = DanganCommand.class.getPackage().getImplementationVersion();
            return new String[] {"dangan " + (v == null ? "development build" : v)};
        }
    }
}

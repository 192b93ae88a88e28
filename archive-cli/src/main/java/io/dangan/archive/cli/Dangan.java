package io.dangan.archive.cli;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * Entry point of the {@code dangan} command. Exit status: 0 on success, 1 when a check finds
 * problems, 2 on bad usage or input.
 */
public final class Dangan {
    /** Success. */
    public static final int OK = 0;
    /** A check ran and found problems (verification findings, tampering, missing materials). */
    public static final int FINDINGS = 1;
    /** Bad usage or bad input. */
    public static final int USAGE = 2;

    private Dangan() {
    }

    /**
     * Runs the command and exits the JVM with its status.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        // Hibernate logs through JBoss Logging; route it to SLF4J (a no-op binding in the jar) so that
        // archivists see the command's own output only.
        if (System.getProperty("org.jboss.logging.provider") == null) {
            System.setProperty("org.jboss.logging.provider", "slf4j");
        }
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(out, err, args));
    }

    /**
     * Runs the command without exiting, for tests and embedding.
     *
     * @param out standard output
     * @param err standard error
     * @param args the command line
     * @return the exit status
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = commandLine(out, err);
        return cli.execute(args);
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new DanganCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter e = commandLine.getErr();
            if (ex instanceof ArchiveException ae) {
                e.println("dangan: " + ae.getMessage());
                e.flush();
                return isInputError(ae.code()) ? USAGE : FINDINGS;
            }
            e.println("dangan: " + ex);
            e.flush();
            return FINDINGS;
        });
        return cli;
    }

    private static boolean isInputError(ErrorCode code) {
        return switch (code) {
            case STORE_FAILURE, CONCURRENT_UPDATE -> false;
            default -> true;
        };
    }
}

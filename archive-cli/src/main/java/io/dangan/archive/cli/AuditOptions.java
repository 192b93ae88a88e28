package io.dangan.archive.cli;

import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The options the filing audits share: which dossier, as of which date, and JSON or text output. */
final class AuditOptions {
    @Option(names = "--dossier", paramLabel = "ID", description = "audit only this dossier (default: every dossier)")
    @Nullable String dossier;

    @Option(names = "--as-of", paramLabel = "DATE", description = "audit date, YYYY-MM-DD (default: today)")
    @Nullable LocalDate asOf;

    @Option(names = "--json", description = "print JSON instead of text")
    boolean json;

    /** @return the audit date: {@code --as-of}, or today on the archive's clock */
    LocalDate date(Clock clock) {
        return asOf != null ? asOf : LocalDate.now(clock);
    }
}

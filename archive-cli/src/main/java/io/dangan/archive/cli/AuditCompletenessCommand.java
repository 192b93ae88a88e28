package io.dangan.archive.cli;

import io.dangan.archive.core.Filing;
import io.dangan.archive.core.json.FilingJson;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dangan audit completeness}: the completeness audit (档案材料齐全性审核) of one dossier, or of every
 * dossier in the data folder, against the filing standard in force on the audit date. Exit status 1 when
 * anything is missing, misfiled, late, duplicated or misnumbered.
 */
@Command(name = "completeness", mixinStandardHelpOptions = true,
        description = "齐全性审核：缺少材料（含催收期限）、归类错误、逾期归档、内容重复、序号断号或重号。")
final class AuditCompletenessCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Mixin
    AuditOptions audit;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Workspace ws = Workspace.open(data.dir, Clock.systemDefaultZone())) {
            Filing filing = ws.archive().filing();
            LocalDate date = audit.date(ws.archive().clock());
            if (audit.dossier != null) {
                CompletenessReport report = filing.audits().auditCompleteness(DossierId.of(audit.dossier), date);
                out.print(audit.json ? FilingJson.toJson(report) : report.toText());
                out.flush();
                return report.complete() ? Dangan.OK : Dangan.FINDINGS;
            }
            RepositoryAuditSummary summary = filing.audits().auditRepository(date, report -> {
                if (!audit.json && !report.complete()) {
                    out.print(report.toText());
                    out.println();
                }
            });
            out.print(audit.json ? FilingJson.toJson(summary) : summary.toText());
            out.flush();
            return summary.dossiersWithFindings() == 0 ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}

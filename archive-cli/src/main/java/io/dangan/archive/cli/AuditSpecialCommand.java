package io.dangan.archive.cli;

import io.dangan.archive.core.Filing;
import io.dangan.archive.core.json.FilingJson;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code dangan audit special}: the special audit (专审, 三龄二历一身份) of one dossier or of every dossier,
 * printing each determination form (认定表). Exit status 1 when any conflict is found.
 */
@Command(name = "special", mixinStandardHelpOptions = true,
        description = "专审（三龄二历一身份）：认定出生日期、参加工作时间、入党时间、学历、经历和身份，列出全部矛盾。")
final class AuditSpecialCommand implements Callable<Integer> {
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
            List<DossierId> ids = new ArrayList<>();
            if (audit.dossier != null) {
                ids.add(DossierId.of(audit.dossier));
            } else {
                ids.addAll(ws.archive().store().read(s -> s.dossiers().streamAll().map(Dossier::id).toList()));
            }
            int withConflicts = 0;
            for (DossierId id : ids) {
                DeterminationForm form = filing.audits().specialAudit(id, date);
                out.print(audit.json ? FilingJson.toJson(form) : form.toText());
                if (!audit.json) {
                    out.println();
                }
                withConflicts += form.conflicts().isEmpty() ? 0 : 1;
            }
            if (!audit.json && ids.size() > 1) {
                out.printf("专审 %d 卷档案，发现矛盾的 %d 卷。%n", ids.size(), withConflicts);
            }
            out.flush();
            return withConflicts == 0 ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}

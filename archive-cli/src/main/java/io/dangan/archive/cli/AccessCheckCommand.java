package io.dangan.archive.cli;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dangan access check}: evaluates one request against the demo store's access world and the baseline
 * policy, and prints the decision with its reasons, rules and obligations. The decision is audited. Exit
 * status 0 for a permit, 1 for a denial.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "判定一次访问请求并打印结果（允许时退出码 0，拒绝时 1）。")
final class AccessCheckCommand implements Callable<Integer> {
    @Mixin
    DataOption data;

    @Option(names = "--principal", required = true, paramLabel = "USER", description = "who asks, e.g. reader-zhao")
    String principal = "";

    @Option(names = "--action", required = true, paramLabel = "ACTION",
            description = "view, excerpt, copy, borrow, file, amend, transfer, destroy, read-audit, administer-policy")
    String action = "";

    @Option(names = "--dossier", paramLabel = "ID", description = "the dossier, e.g. demo1-d3")
    @Nullable String dossier;

    @Option(names = "--approval", paramLabel = "ID", description = "the approval presented, e.g. A-demo1-d3")
    @Nullable String approval;

    @Option(names = "--purpose", paramLabel = "CODE", description = "the purpose code, e.g. appointment")
    @Nullable String purpose;

    @Option(names = "--at", paramLabel = "INSTANT", description = "when (ISO-8601, default now)")
    @Nullable String at;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemDefaultZone();
        Instant now = at == null ? clock.instant() : Instant.parse(at);
        Action act = Action.of(action);
        Resource resource = act == Action.READ_AUDIT ? Resource.auditLog()
                : act == Action.ADMINISTER_POLICY ? Resource.policy()
                : Resource.dossier(DossierId.of(dossier == null ? "none" : dossier));
        AccessRequest request = AccessRequest.of(PrincipalId.of(principal), act, resource,
                new AccessContext(now, approval == null ? null : ApprovalId.of(approval), purpose));
        try (Workspace ws = Workspace.open(data.dir, clock)) {
            DemoAccess world = new DemoAccess(ws.archive().store(), ws.approvals(), now, ws.auditLog());
            Decision d = world.control.decide(request);
            ws.auditLog().append(new io.dangan.archive.access.AccessDecided(now, request, d));
            out.printf("%s %s %s：%s%n", principal, act.code(), resource.ref(), DemoAccess.describe(d));
            out.flush();
            return d.permitted() ? Dangan.OK : Dangan.FINDINGS;
        }
    }
}

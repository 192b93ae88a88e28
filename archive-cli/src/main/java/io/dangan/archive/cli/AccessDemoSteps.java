package io.dangan.archive.cli;

import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.core.Access;
import io.dangan.archive.model.DossierId;
import java.io.PrintWriter;
import java.time.Clock;

/**
 * The demo's access and audit steps (查阅与审计演示): a permitted view with its obligations, a denied
 * self-view, a denied view of a spouse's dossier, then a signed checkpoint and a verified audit log.
 */
final class AccessDemoSteps {
    private final Workspace ws;
    private final PrintWriter out;
    private final Clock clock;

    AccessDemoSteps(Workspace ws, PrintWriter out, Clock clock) {
        this.ws = ws;
        this.out = out;
        this.clock = clock;
    }

    /** @return true when every step behaved as the rules require and the log verified */
    boolean run() {
        DemoAccess world = new DemoAccess(ws.archive().store(), ws.approvals(), clock.instant(), ws.auditLog());
        AccessGuard guard = world.guard(ws.auditLog());
        GuardedDossiers dossiers = Access.guardedDossiers(ws.archive().dossiers(), guard, world.control,
                DemoAccess::label, clock);
        out.println();
        out.println("查阅演示（访问控制，基线策略）：");
        boolean ok = true;
        try {
            GuardedDossiers.Reading r = dossiers.view(DemoAccess.READER, DemoAccess.THIRD,
                    ApprovalId.of("A-" + DemoAccess.THIRD), DemoAccess.PURPOSE);
            out.printf("  ✓ reader-zhao 持审批单 A-%s 查阅 %s（%s）：%s；可见材料 %d 份，未提供 %d 份%n", DemoAccess.THIRD,
                    DemoAccess.THIRD, r.view().subject().name(), DemoAccess.describe(r.decision()),
                    r.view().materials().size(), r.withheld());
        } catch (AccessDeniedException e) {
            out.println("  ✗ 应允许的查阅被拒绝（错误）：" + DemoAccess.describe(e.decision()));
            ok = false;
        }
        ok &= denied(dossiers, DemoAccess.SELF_READER, DemoAccess.FIRST, "A-self", "本人（张建华）查阅自己的档案");
        ok &= denied(dossiers, DemoAccess.RELATIVE_READER, DemoAccess.SECOND, "A-relative", "李秀英的配偶查阅其档案");
        Checkpoint c = ws.auditLog().checkpoint();
        AuditVerification v = ws.auditLog().verify();
        out.printf("审计日志：%d 条记录（含上述每次判定），检查点 %d 个（%s 签名，树根 %s…），%s%n", v.records(),
                v.checkpoints(), c.signatureAlgorithm(), c.rootHash().substring(0, 16),
                v.intact() ? "校验通过 ✓" : "校验未通过 ✗ " + v.issues());
        return ok && v.intact();
    }

    private boolean denied(GuardedDossiers dossiers, PrincipalId who, DossierId dossier, String approval, String what) {
        try {
            dossiers.view(who, dossier, ApprovalId.of(approval), DemoAccess.PURPOSE);
            out.printf("  ✗ %s 未被拒绝（错误）%n", what);
            return false;
        } catch (AccessDeniedException e) {
            out.printf("  ✓ %s（%s 持 %s）：%s%n", what, who, approval, DemoAccess.describe(e.decision()));
            return true;
        }
    }
}

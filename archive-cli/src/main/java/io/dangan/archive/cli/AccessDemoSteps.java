package io.dangan.archive.cli;

import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.core.GuardedArchives;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

/**
 * The demo's access and audit steps (查阅与审计演示): the demo's approvals are issued (recorded in the audit log with
 * their validity window, for later {@code dangan access check} runs), then, all through the guarded archive, a
 * permitted view with its
 * obligations, a permitted read of one scan streamed from the content store, a denied self-view, a denied read of the
 * reader's own scan (nothing opened), a denied view of a spouse's dossier, then a signed checkpoint and a verified
 * audit log.
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
        DemoAccess world = new DemoAccess(ws.archive().store(), ws.approvals(), ws.auditLog());
        List<Approval> issued = world.issue(ws.auditLog(), clock.instant());
        AccessGuard guard = world.guard(ws.auditLog());
        GuardedArchive dossiers = GuardedArchives.builder(ws.archive(), world.control, guard).labels(DemoAccess::label)
                .auditLog(ws.auditLog()).build();
        out.println();
        out.println("查阅演示（访问控制，基线策略）：");
        Approval first = issued.get(0);
        out.printf("  已签发审批单 %d 张（审批人 %s，已记入审计日志），有效期 [%s, %s)：含起始时刻，不含截止时刻%n",
                issued.size(), DemoAccess.APPROVER, first.validFrom(), first.validTo());
        boolean ok = true;
        try {
            GuardedDossiers.Reading r = dossiers.view(DemoAccess.READER, DemoAccess.THIRD,
                    ApprovalId.of("A-" + DemoAccess.THIRD), DemoAccess.PURPOSE);
            out.printf("  ✓ reader-zhao 持审批单 A-%s 查阅 %s（%s）：%s；可见材料 %d 份，未提供 %d 份%n", DemoAccess.THIRD,
                    DemoAccess.THIRD, r.view().subject().name(), DemoAccess.describe(r.decision()),
                    r.view().materials().size(), r.withheld());
            ok &= readScan(dossiers, r.view().materials());
        } catch (AccessDeniedException e) {
            out.println("  ✗ 应允许的查阅被拒绝（错误）：" + DemoAccess.describe(e.decision()));
            ok = false;
        }
        ok &= denied(dossiers, DemoAccess.SELF_READER, DemoAccess.FIRST, "A-self", "本人（张建华）查阅自己的档案");
        ok &= deniedScan(dossiers);
        ok &= denied(dossiers, DemoAccess.RELATIVE_READER, DemoAccess.SECOND, "A-relative", "李秀英的配偶查阅其档案");
        Checkpoint c = ws.auditLog().checkpoint();
        AuditVerification v = ws.auditLog().verify();
        out.printf("审计日志：%d 条记录（含上述每次判定），检查点 %d 个（%s 签名，树根 %s…），%s%n", v.records(),
                v.checkpoints(), c.signatureAlgorithm(), c.rootHash().substring(0, 16),
                v.intact() ? "校验通过 ✓" : "校验未通过 ✗ " + v.issues());
        return ok && v.intact();
    }

    /** Reads the first scan of the permitted view through the guard, streaming it without keeping it. */
    private boolean readScan(GuardedArchive archive, List<Material> visible) {
        Material m = visible.stream().filter(x -> !x.contents().isEmpty()).findFirst().orElse(null);
        if (m == null) {
            out.println("  ✗ 可见材料均无电子文件（错误）");
            return false;
        }
        String file = m.contents().get(0).fileName();
        try (GuardedArchive.ContentReading in = archive.openContent(DemoAccess.READER, m.id(), file, Action.VIEW,
                ApprovalId.of("A-" + DemoAccess.THIRD), DemoAccess.PURPOSE)) {
            long bytes = in.transferTo(OutputStream.nullOutputStream());
            out.printf("  ✓ reader-zhao 读取《%s》电子文件 %s：先判定、记审计，再从内容存储流式读取 %,d 字节并校验摘要；%s%n",
                    m.title(), file, bytes, DemoAccess.describe(in.decision()));
            return bytes == in.file().size();
        } catch (AccessDeniedException e) {
            out.println("  ✗ 应允许的读取被拒绝（错误）：" + DemoAccess.describe(e.decision()));
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tries to read a scan of the reader's own dossier: refused before the content store is asked. */
    private boolean deniedScan(GuardedArchive archive) {
        Material m = ws.archive().store().<List<Material>>read(s -> s.materials().findByDossier(DemoAccess.FIRST))
                .stream().filter(x -> !x.contents().isEmpty()).findFirst().orElse(null);
        if (m == null) {
            out.println("  ✗ 本人档案无电子文件可演示（错误）");
            return false;
        }
        try (GuardedArchive.ContentReading in = archive.openContent(DemoAccess.SELF_READER, m.id(),
                m.contents().get(0).fileName(), Action.VIEW, ApprovalId.of("A-self"), DemoAccess.PURPOSE)) {
            out.printf("  ✗ 本人读取自己档案的电子文件未被拒绝（错误），已可读 %d 字节%n", in.file().size());
            return false;
        } catch (AccessDeniedException e) {
            out.printf("  ✓ 本人读取自己档案《%s》的电子文件：未打开任何内容；%s%n", m.title(), DemoAccess.describe(e.decision()));
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

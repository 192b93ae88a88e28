package io.dangan.archive.cli;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's access world (演示访问目录): the store's units and dossiers, a roster of accounts for the
 * first demo batch (an archivist and two approvers of the organisation department, readers of the HR bureau,
 * a reader who is the first cadre, a reader married to the second cadre, the audit administrator) and live
 * approvals around the given instant, under the baseline policy. The approvals are kept in the data folder's
 * database (the decision point looks them up there): each demo approval is filed once, and a stored one keeps its
 * state between runs (a revoked one stays revoked); only an approved one whose window has passed is renewed for
 * another seven days, so that the demo keeps working on an old data folder.
 */
final class DemoAccess {
    static final PrincipalId ARCHIVIST = PrincipalId.of("archivist-li");
    static final PrincipalId APPROVER = PrincipalId.of("approver-sun");
    static final PrincipalId READER = PrincipalId.of("reader-zhao");
    static final PrincipalId READER_2 = PrincipalId.of("reader-zheng");
    static final PrincipalId SELF_READER = PrincipalId.of("reader-zhang");
    static final PrincipalId RELATIVE_READER = PrincipalId.of("reader-wu");
    static final PrincipalId AUDITOR = PrincipalId.of("auditor-chu");
    static final String PURPOSE = "appointment";
    static final DossierId FIRST = DossierId.of("demo1-d1");
    static final DossierId SECOND = DossierId.of("demo1-d2");
    static final DossierId THIRD = DossierId.of("demo1-d3");

    final MemoryAccessDirectory directory = new MemoryAccessDirectory();
    final AccessControl control;

    DemoAccess(ArchiveStore store, ApprovalStore approvals, Instant at, EventSink sink) {
        List<Unit> units = store.read(s -> s.units().all());
        units.forEach(u -> directory.unit(u.id(), u.parent()));
        List<Dossier> dossiers = store.read(s -> s.dossiers().streamAll().collect(Collectors.toList()));
        dossiers.forEach(d -> directory.dossier(new DossierFacts(d.id(), d.subject(), d.custodian())));
        UnitId org = UnitId.of("demo1-org");
        UnitId hr = UnitId.of("demo1-hr");
        account(ARCHIVIST, "p-li", org, Classification.SECRET, Role.ARCHIVIST);
        account(APPROVER, "p-sun", org, Classification.SECRET, Role.APPROVER);
        account(READER, "p-zhao", hr, Classification.INTERNAL, Role.READER);
        account(READER_2, "p-zheng", hr, Classification.INTERNAL, Role.READER);
        account(SELF_READER, "demo1-s1", hr, Classification.INTERNAL, Role.READER);
        account(RELATIVE_READER, "p-wu", hr, Classification.INTERNAL, Role.READER);
        account(AUDITOR, "p-chu", org, Classification.SECRET, Role.AUDIT_ADMIN);
        directory.kinship(new Kinship(SubjectId.of("demo1-s2"), SubjectId.of("p-wu"), RelationKind.SPOUSE));
        Instant from = at.minus(Duration.ofHours(1));
        Instant to = at.plus(Duration.ofDays(7));
        for (Dossier d : dossiers) {
            keep(approvals, approval("A-" + d.id(), d.id(), READER, READER_2, org, from, to), at);
        }
        keep(approvals, approval("A-self", FIRST, SELF_READER, READER, org, from, to), at);
        keep(approvals, approval("A-relative", SECOND, RELATIVE_READER, READER, org, from, to), at);
        control = Access.decisionPoint(directory, approvals, AccessPolicy.baseline(), sink);
    }

    /** Files a demo approval unless stored; renews a stored approved one whose window does not cover {@code at}. */
    private static void keep(ApprovalStore approvals, Approval fresh, Instant at) {
        Approval stored = approvals.approval(fresh.id());
        if (stored == null) {
            approvals.insert(fresh);
        } else if (stored.status() == ApprovalStatus.APPROVED && !stored.inWindow(at)) {
            approvals.update(fresh.id(), a -> a.status() != ApprovalStatus.APPROVED ? a
                    : new Approval(a.id(), a.dossier(), a.requester(), a.readers(), a.actions(), a.classes(),
                            a.purpose(), a.issuingUnit(), a.approvers(), fresh.validFrom(), fresh.validTo(),
                            a.returnBy(), a.status(), a.reason()));
        }
    }

    private void account(PrincipalId id, String person, UnitId unit, Classification clearance, Role role) {
        directory.principal(new Principal(id, SubjectId.of(person), Set.of(unit), Set.of(role), clearance));
    }

    private static Approval approval(String id, DossierId dossier, PrincipalId requester, PrincipalId other, UnitId org,
            Instant from, Instant to) {
        return new Approval(ApprovalId.of(id), dossier, requester, Set.of(requester, other),
                EnumSet.of(Action.VIEW, Action.EXCERPT), Set.of(), PURPOSE, org, List.of(APPROVER), from, to, null,
                ApprovalStatus.APPROVED, null);
    }

    /** Sensitivity labels of the demo: political review (5) and discipline (8) are secret, the rest internal. */
    static Classification label(Material m) {
        int c = m.category().classNumber();
        return c == 5 || c == 8 ? Classification.SECRET : Classification.INTERNAL;
    }

    AccessGuard guard(EventSink sink) {
        return Access.guard(control, sink);
    }

    /** @return the decision in one line an archivist reads */
    static String describe(Decision d) {
        String reasons = d.reasons().stream().map(r -> text(r) + "（" + r + "）").collect(Collectors.joining("；"));
        String obligations = d.obligations().stream().map(Obligation::toString).collect(Collectors.joining("、"));
        return (d.permitted() ? "允许" : "拒绝") + "：" + reasons + "；规则 " + String.join("、", d.rules())
                + "；义务 " + obligations + "；策略 " + d.policyVersion() + "；请求摘要 " + d.requestHash().substring(0, 16) + "…";
    }

    static String text(ReasonCode r) {
        return switch (r) {
            case PERMIT_MANAGEMENT_AUTHORITY -> "本单位具有管理权限";
            case PERMIT_DELEGATION -> "经委托具有管理权限";
            case PERMIT_APPROVAL -> "持有效审批";
            case PERMIT_AUDIT_ADMIN -> "安全审计员查阅审计日志";
            case PERMIT_SECURITY_ADMIN -> "安全保密管理员管理策略";
            case UNKNOWN_PRINCIPAL -> "用户不存在";
            case UNKNOWN_DOSSIER -> "档案不存在";
            case UNKNOWN_PURPOSE -> "利用目的缺失或不在目录中";
            case UNKNOWN_APPROVAL -> "审批单不存在";
            case RECUSAL_SELF -> "不得查阅本人档案";
            case RECUSAL_RELATIVE -> "不得查阅亲属档案";
            case RECUSAL_READER -> "同行查阅人须回避";
            case RECUSAL_APPROVER -> "审批人须回避";
            case ADMIN_ROLES_COMBINED -> "三员角色不得兼任";
            case ADMIN_NO_DOSSIER_ACCESS -> "管理员不得接触档案";
            case NO_MANAGEMENT_AUTHORITY -> "无管理权限";
            case ROLE_MISSING -> "缺少所需角色";
            case APPROVAL_MISSING -> "未经审批";
            case APPROVAL_OTHER_DOSSIER -> "审批单不是为此档案开具";
            case APPROVAL_NOT_A_READER -> "非审批单所列查阅人";
            case APPROVAL_NOT_APPROVED -> "审批未通过";
            case APPROVAL_REVOKED -> "审批已撤销";
            case APPROVAL_USED -> "审批已使用";
            case APPROVAL_NOT_YET_VALID -> "审批尚未生效";
            case APPROVAL_EXPIRED -> "审批已过期";
            case APPROVAL_ACTION_NOT_NAMED -> "审批未列此项操作";
            case APPROVAL_PURPOSE_MISMATCH -> "利用目的与审批不符";
            case APPROVAL_ISSUER_NO_AUTHORITY -> "审批单位无管理权限";
            case TOO_FEW_READERS -> "查阅人少于两人";
            case SELF_APPROVAL -> "不得自行审批";
            case TWO_APPROVERS_REQUIRED -> "须两名审批人";
            case CLEARANCE_INSUFFICIENT -> "密级高于本人涉密等级";
            case CLASS_NOT_APPROVED -> "材料类别不在审批范围";
            case SENSITIVE_CLASS_NOT_NAMED -> "敏感类别材料须在审批中列明";
            case RETURN_DATE_MISSING -> "借阅未定归还日期";
            case LOAN_TOO_LONG -> "借阅期限超过上限";
            case ACTION_RESOURCE_MISMATCH -> "操作与对象不符";
            case EVALUATION_ERROR -> "判定出错，按拒绝处理";
            case FORBIDDEN_BY_RULE -> "策略禁止";
            case DEFAULT_DENY -> "无规则允许（默认拒绝）";
        };
    }
}

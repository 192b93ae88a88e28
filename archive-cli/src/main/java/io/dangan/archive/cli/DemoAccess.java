package io.dangan.archive.cli;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalChanged;
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
import io.dangan.archive.audit.AuditLog;
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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The demo's access world (演示访问目录): the store's units and dossiers, a roster of accounts for the
 * first demo batch (an archivist and two approvers of the organisation department, readers of the HR bureau,
 * a reader who is the first cadre, a reader married to the second cadre, the audit administrator) and the
 * approvals the demo issued, under the baseline policy. The approvals are kept in the data folder's database, where
 * the decision point looks them up: each has the fixed validity window it was issued with, and keeps its state between
 * runs (a revoked one stays revoked).
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
    private static final UnitId ORG = UnitId.of("demo1-org");
    private static final UnitId HR = UnitId.of("demo1-hr");

    /** How long the demo's approvals stay valid from the instant they are issued. */
    static final Duration VALIDITY = Duration.ofDays(7);

    final MemoryAccessDirectory directory = new MemoryAccessDirectory();
    final AccessControl control;
    private final ApprovalStore approvals;
    private final List<DossierId> dossiers;

    /**
     * Loads the access world of a demo store: its units and dossiers, the roster, and the stored approvals. An
     * approval never issued is unknown, so presenting it is denied.
     *
     * @param store the demo store
     * @param approvals the data folder's approval store
     * @param log the store's audit log, where policy changes are audited
     */
    DemoAccess(ArchiveStore store, ApprovalStore approvals, AuditLog log) {
        this.approvals = approvals;
        List<Unit> units = store.read(s -> s.units().all());
        units.forEach(u -> directory.unit(u.id(), u.parent()));
        List<Dossier> all = store.read(s -> s.dossiers().streamAll().collect(Collectors.toList()));
        all.forEach(d -> directory.dossier(new DossierFacts(d.id(), d.subject(), d.custodian())));
        dossiers = all.stream().map(Dossier::id).sorted().toList();
        account(ARCHIVIST, "p-li", ORG, Classification.SECRET, Role.ARCHIVIST);
        account(APPROVER, "p-sun", ORG, Classification.SECRET, Role.APPROVER);
        account(READER, "p-zhao", HR, Classification.INTERNAL, Role.READER);
        account(READER_2, "p-zheng", HR, Classification.INTERNAL, Role.READER);
        account(SELF_READER, "demo1-s1", HR, Classification.INTERNAL, Role.READER);
        account(RELATIVE_READER, "p-wu", HR, Classification.INTERNAL, Role.READER);
        account(AUDITOR, "p-chu", ORG, Classification.SECRET, Role.AUDIT_ADMIN);
        directory.kinship(new Kinship(SubjectId.of("demo1-s2"), SubjectId.of("p-wu"), RelationKind.SPOUSE));
        control = Access.decisionPoint(directory, approvals, AccessPolicy.baseline(), log);
    }

    /**
     * Issues the demo's approvals (签发演示审批单), valid for {@link #VALIDITY} from {@code at} (to the second): one
     * per dossier for reader-zhao and reader-zheng, one for the first cadre reading their own dossier and one for the
     * second cadre's spouse. An approval not yet stored is filed; a stored approved one whose window does not cover
     * {@code at} is renewed with the new window (so the demo keeps working on an old data folder); any other stored
     * approval is kept as it is. Each one filed or renewed is recorded in the audit log ({@code approval.approved},
     * by approver-sun).
     *
     * @param sink the audit log
     * @param at when they are issued
     * @return the approvals as stored now
     */
    List<Approval> issue(EventSink sink, Instant at) {
        List<Approval> result = new ArrayList<>();
        for (Approval fresh : shapes(at.truncatedTo(ChronoUnit.SECONDS))) {
            Approval stored = approvals.approval(fresh.id());
            Approval now = stored;
            if (stored == null) {
                approvals.insert(fresh);
                now = fresh;
            } else if (stored.status() == ApprovalStatus.APPROVED && !stored.inWindow(at)) {
                now = approvals.update(fresh.id(), a -> a.status() != ApprovalStatus.APPROVED ? a
                        : new Approval(a.id(), a.dossier(), a.requester(), a.readers(), a.actions(), a.classes(),
                                a.purpose(), a.issuingUnit(), a.approvers(), fresh.validFrom(), fresh.validTo(),
                                a.returnBy(), a.status(), a.reason()));
            }
            if (now != stored && now != null) {
                sink.emit(new ApprovalChanged(at, APPROVER.value(), now, "approved"));
            }
            result.add(now == null ? fresh : now);
        }
        return result;
    }

    /** The demo's approvals, valid for {@link #VALIDITY} from {@code from}. */
    private List<Approval> shapes(Instant from) {
        Instant to = from.plus(VALIDITY);
        List<Approval> all = new ArrayList<>();
        for (DossierId d : dossiers) {
            all.add(approval("A-" + d, d, READER, READER_2, from, to));
        }
        all.add(approval("A-self", FIRST, SELF_READER, READER, from, to));
        all.add(approval("A-relative", SECOND, RELATIVE_READER, READER, from, to));
        return all;
    }


    private void account(PrincipalId id, String person, UnitId unit, Classification clearance, Role role) {
        directory.principal(new Principal(id, SubjectId.of(person), Set.of(unit), Set.of(role), clearance));
    }

    private static Approval approval(String id, DossierId dossier, PrincipalId requester, PrincipalId other,
            Instant from, Instant to) {
        return new Approval(ApprovalId.of(id), dossier, requester, Set.of(requester, other),
                EnumSet.of(Action.VIEW, Action.EXCERPT), Set.of(), PURPOSE, ORG, List.of(APPROVER), from, to, null,
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
            case UNKNOWN_MATERIAL -> "材料不存在";
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

package io.dangan.archive.core.internal.access;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalChanged;
import io.dangan.archive.access.ApprovalDraft;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Effect;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.Role;
import io.dangan.archive.audit.EventSink;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The approval workflow (审批流程) over an {@link ApprovalStore}: request, approve or reject
 * with a reason, use, expire (by its window) or revoke. Approvers are checked like any access: approver
 * role, membership of the issuing unit, no self-approval, recusal, no administrator; a refused step is
 * audited and throws {@link AccessDeniedException}. Thread-safe: each step is one atomic update.
 */
public final class DefaultApprovalService implements ApprovalService {
    private static final String RULE_ROLE = "workflow.approver-role";
    private static final String RULE_UNIT = "workflow.issuing-unit";
    private static final String RULE_SELF = "workflow.no-self-approval";
    private static final String RULE_RECUSAL = "workflow.recusal";
    private static final String RULE_ADMIN = "workflow.separation-of-duties";
    /** The most readers one approval names (a database store keeps them in one column). */
    static final int MAX_READERS = 32;
    /** The longest rejection or revocation reason, in characters. */
    static final int MAX_REASON = 500;

    private final AccessDirectory directory;
    private final ApprovalStore store;
    private final AccessControl control;
    private final EventSink sink;
    private final Clock clock;
    private final Supplier<ApprovalId> ids;

    /**
     * @param directory where principals and dossiers are looked up
     * @param store where approvals live
     * @param control the decision point (for its policy: purposes, recusal relations)
     * @param sink the audit sink
     * @param clock the archive's clock
     * @param ids the id source for new approvals
     */
    public DefaultApprovalService(AccessDirectory directory, ApprovalStore store, AccessControl control, EventSink sink, Clock clock,
            Supplier<ApprovalId> ids) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.store = Objects.requireNonNull(store, "store");
        this.control = Objects.requireNonNull(control, "control");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.ids = Objects.requireNonNull(ids, "ids");
    }

    @Override
    public Approval request(ApprovalDraft draft) {
        AccessPolicy policy = control.policy();
        String where = "approval request for " + draft.dossier();
        if (directory.dossier(draft.dossier()) == null) {
            throw invalid(where + "/dossier", "dossier %s is unknown".formatted(draft.dossier()));
        }
        Set<PrincipalId> readers = new LinkedHashSet<>();
        readers.add(draft.requester());
        readers.addAll(draft.readers());
        if (readers.size() > MAX_READERS) {
            throw invalid(where + "/readers", "%d readers named, at most %d".formatted(readers.size(), MAX_READERS));
        }
        for (PrincipalId r : readers) {
            if (directory.principal(r) == null) {
                throw invalid(where + "/readers", "principal %s is unknown".formatted(r));
            }
        }
        if (!policy.purposes().containsKey(draft.purpose())) {
            throw invalid(where + "/purpose", "purpose '%s' is not in the catalogue %s".formatted(draft.purpose(),
                    policy.purposes().keySet()));
        }
        if (!draft.validTo().isAfter(draft.validFrom())) {
            throw invalid(where + "/validTo", "validity window [%s, %s) is empty, expected validTo after validFrom"
                    .formatted(draft.validFrom(), draft.validTo()));
        }
        if (draft.actions().isEmpty()) {
            throw invalid(where + "/actions", "no action requested");
        }
        for (Action a : draft.actions()) {
            if (!a.onDossier() || a == Action.FILE || a == Action.AMEND) {
                throw invalid(where + "/actions", "action %s needs no approval, expected use, transfer or destroy"
                        .formatted(a.code()));
            }
        }
        for (Integer c : draft.classes()) {
            if (c < 1 || c > 10) {
                throw invalid(where + "/classes", "material class %d is outside 1-10".formatted(c));
            }
        }
        if (draft.actions().contains(Action.BORROW)) {
            if (draft.returnBy() == null) {
                throw invalid(where + "/returnBy", "a borrow needs a return date");
            }
            if (!Objects.requireNonNull(draft.returnBy()).isAfter(draft.validFrom())) {
                throw invalid(where + "/returnBy", "return date %s is not after validFrom %s".formatted(
                        draft.returnBy(), draft.validFrom()));
            }
        }
        Approval a = new Approval(ids.get(), draft.dossier(), draft.requester(), readers, draft.actions(), draft.classes(),
                draft.purpose(), draft.issuingUnit(), List.of(), draft.validFrom(), draft.validTo(), draft.returnBy(),
                ApprovalStatus.REQUESTED, null);
        store.insert(a);
        sink.emit(new ApprovalChanged(clock.instant(), draft.requester().value(), a, "requested"));
        return a;
    }

    @Override
    public Approval approve(ApprovalId id, PrincipalId approver) {
        Instant now = clock.instant();
        Approval current = pending(id, now);
        checkApprover(current, approver, Action.VIEW, now);
        Approval next = update(id, a -> {
            requirePending(a);
            List<PrincipalId> signers = new ArrayList<>(a.approvers());
            if (signers.contains(approver)) {
                throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + id,
                        "approver %s already signed approval %s".formatted(approver, id));
            }
            signers.add(approver);
            int needed = a.actions().contains(Action.TRANSFER) || a.actions().contains(Action.DESTROY) ? 2 : 1;
            return a.with(signers.size() >= needed ? ApprovalStatus.APPROVED : ApprovalStatus.REQUESTED, signers, null);
        });
        sink.emit(new ApprovalChanged(now, approver.value(), next,
                next.status() == ApprovalStatus.APPROVED ? "approved" : "signed"));
        return next;
    }

    @Override
    public Approval reject(ApprovalId id, PrincipalId approver, String reason) {
        requireReason(reason, id);
        Instant now = clock.instant();
        Approval current = pending(id, now);
        checkApprover(current, approver, Action.VIEW, now);
        Approval next = update(id, a -> {
            requirePending(a);
            return a.with(ApprovalStatus.REJECTED, a.approvers(), reason.strip());
        });
        sink.emit(new ApprovalChanged(now, approver.value(), next, "rejected"));
        return next;
    }

    @Override
    public Approval revoke(ApprovalId id, PrincipalId by, String reason) {
        requireReason(reason, id);
        Instant now = clock.instant();
        Approval current = find(id).orElseThrow(() -> notFound(id));
        Principal p = directory.principal(by);
        boolean security = p != null && p.has(Role.SECURITY_ADMIN) && administratorRoles(p) == 1;
        if (!security) {
            checkApprover(current, by, Action.VIEW, now);
        }
        Approval next = update(id, a -> {
            if (a.status() != ApprovalStatus.APPROVED && a.status() != ApprovalStatus.REQUESTED) {
                throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + id,
                        "approval %s is %s, only a requested or approved one can be revoked".formatted(id, a.status()));
            }
            return a.with(ApprovalStatus.REVOKED, a.approvers(), reason.strip());
        });
        sink.emit(new ApprovalChanged(now, by.value(), next, "revoked"));
        return next;
    }

    @Override
    public Approval markUsed(ApprovalId id, PrincipalId by) {
        Objects.requireNonNull(by, "by");
        Instant now = clock.instant();
        Approval next = update(id, a -> {
            if (!a.requester().equals(by) && !a.readers().contains(by)) {
                throw new InvalidInputException(ErrorCode.ACCESS_ACTOR_MISMATCH, "approval " + id + "/usedBy",
                        "%s is neither the requester nor a reader of approval %s".formatted(by, id));
            }
            if (a.status() != ApprovalStatus.APPROVED) {
                throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + id,
                        "approval %s is %s, expected APPROVED to be used".formatted(id, a.status()));
            }
            return a.with(ApprovalStatus.USED, a.approvers(), a.reason());
        });
        sink.emit(new ApprovalChanged(now, by.value(), next, "used"));
        return next;
    }

    @Override
    public Optional<Approval> find(ApprovalId id) {
        return Optional.ofNullable(store.approval(id));
    }

    @Override
    public List<Approval> byRequester(PrincipalId requester) {
        return store.byRequester(requester);
    }

    private Approval pending(ApprovalId id, Instant now) {
        Approval a = find(id).orElseThrow(() -> notFound(id));
        requirePending(a);
        if (!now.isBefore(a.validTo())) {
            throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + id,
                    "approval %s expired at %s before it was decided (now %s)".formatted(id, a.validTo(), now));
        }
        return a;
    }

    private static void requirePending(Approval a) {
        if (a.status() != ApprovalStatus.REQUESTED) {
            throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + a.id(),
                    "approval %s is %s, expected REQUESTED".formatted(a.id(), a.status()));
        }
    }

    private Approval update(ApprovalId id, java.util.function.UnaryOperator<Approval> change) {
        Approval next = store.update(id, change);
        if (next == null) {
            throw notFound(id);
        }
        return next;
    }

    /** Checks that {@code approver} may decide {@code a}; audits and throws when not. */
    private void checkApprover(Approval a, PrincipalId approver, Action action, Instant now) {
        AccessPolicy policy = control.policy();
        List<ReasonCode> reasons = new ArrayList<>();
        List<String> rules = new ArrayList<>();
        Principal p = directory.principal(approver);
        DossierFacts facts = directory.dossier(a.dossier());
        if (p == null || facts == null) {
            reasons.add(p == null ? ReasonCode.UNKNOWN_PRINCIPAL : ReasonCode.UNKNOWN_DOSSIER);
            rules.add(PolicyDecisionPoint.INPUT_RULE);
        } else {
            if (p.person().equals(facts.subject())) {
                add(reasons, rules, ReasonCode.RECUSAL_SELF, RULE_RECUSAL);
            } else {
                RelationKind k = directory.relation(facts.subject(), p.person());
                if (k != null && policy.recusalRelations().contains(k)) {
                    add(reasons, rules, ReasonCode.RECUSAL_RELATIVE, RULE_RECUSAL);
                }
            }
            if (administratorRoles(p) > 1) {
                add(reasons, rules, ReasonCode.ADMIN_ROLES_COMBINED, RULE_ADMIN);
            }
            if (administratorRoles(p) > 0) {
                add(reasons, rules, ReasonCode.ADMIN_NO_DOSSIER_ACCESS, RULE_ADMIN);
            }
            if (!p.has(Role.APPROVER)) {
                add(reasons, rules, ReasonCode.ROLE_MISSING, RULE_ROLE);
            }
            if (!p.units().contains(a.issuingUnit())) {
                add(reasons, rules, ReasonCode.NO_MANAGEMENT_AUTHORITY, RULE_UNIT);
            }
            if (approver.equals(a.requester()) || a.readers().contains(approver)) {
                add(reasons, rules, ReasonCode.SELF_APPROVAL, RULE_SELF);
            }
        }
        if (reasons.isEmpty()) {
            return;
        }
        AccessRequest request = AccessRequest.of(approver, action, Resource.dossier(a.dossier()),
                new AccessContext(now, a.id(), a.purpose()));
        Decision d = new Decision(Effect.DENY, reasons, rules, List.of(Obligation.of(ObligationKind.AUDIT)),
                policy.version(), RequestHash.of(request));
        sink.emit(new AccessDecided(now, request, d));
        throw new AccessDeniedException(request, d);
    }

    /** The number of the three administrator roles (三员) an account holds; more than one is never allowed. */
    private static long administratorRoles(Principal p) {
        return p.roles().stream().filter(Role::isAdministrator).count();
    }

    private static void add(List<ReasonCode> reasons, List<String> rules, ReasonCode r, String rule) {
        reasons.add(r);
        if (!rules.contains(rule)) {
            rules.add(rule);
        }
    }

    private static void requireReason(String reason, ApprovalId id) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(ErrorCode.APPROVAL_INVALID, "approval " + id + "/reason",
                    "a reason is required to reject or revoke approval %s".formatted(id));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new InvalidInputException(ErrorCode.APPROVAL_INVALID, "approval " + id + "/reason",
                    "the reason for approval %s has %d characters, at most %d".formatted(id, reason.strip().length(),
                            MAX_REASON));
        }
    }

    private static InvalidInputException invalid(String where, String message) {
        return new InvalidInputException(ErrorCode.APPROVAL_INVALID, where, message);
    }

    private static NotFoundException notFound(ApprovalId id) {
        return new NotFoundException(ErrorCode.NOT_FOUND, "approval " + id, "approval %s does not exist".formatted(id));
    }
}

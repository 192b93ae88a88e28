package io.dangan.archive.core.internal.access;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Effect;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.PolicyChanged;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.ResourceKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The decision point (访问决策点): evaluates a request against the policy in force and the directory,
 * deny-overrides with default deny, failing closed on any error. Thread-safe; the policy is swapped
 * atomically by {@link #changePolicy(PrincipalId, AccessPolicy, Instant)}.
 */
public final class PolicyDecisionPoint implements AccessControl {
    /** Rule id reported when no rule permitted. */
    public static final String DEFAULT_RULE = "default-deny";
    /** Rule id reported when the input itself is unknown or malformed. */
    public static final String INPUT_RULE = "input";
    /** Rule id reported when evaluation failed. */
    public static final String FAIL_CLOSED_RULE = "fail-closed";
    private static final int ADMIN_MASK = CompiledPolicy.roleMask(List.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN, Role.AUDIT_ADMIN));
    private static final int MAX_TREE_DEPTH = 64;

    private final AccessDirectory directory;
    private final EventSink sink;
    private volatile CompiledPolicy compiled;

    /**
     * @param directory where principals, dossiers, units, kinship, delegations and approvals are looked up
     * @param policy the policy in force
     * @param sink where policy changes and their decisions are audited
     */
    public PolicyDecisionPoint(AccessDirectory directory, AccessPolicy policy, EventSink sink) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.compiled = new CompiledPolicy(Objects.requireNonNull(policy, "policy"));
    }

    @Override
    public AccessPolicy policy() {
        return compiled.policy;
    }

    @Override
    public Decision changePolicy(PrincipalId by, AccessPolicy next, Instant now) {
        Objects.requireNonNull(next, "next");
        synchronized (this) {
            AccessRequest request = AccessRequest.of(by, Action.ADMINISTER_POLICY, Resource.policy(), AccessContext.at(now));
            Decision d = decide(request);
            sink.emit(new AccessDecided(now, request, d));
            if (!d.permitted()) {
                throw new AccessDeniedException(request, d);
            }
            String from = compiled.policy.version();
            if (from.equals(next.version())) {
                throw new ConflictException(ErrorCode.POLICY_VERSION_REUSED, "policy/version",
                        "policy version %s is already in force; a changed policy needs a new version".formatted(from));
            }
            CompiledPolicy replacement = new CompiledPolicy(next);
            // audit first: a change the sink refused never takes effect (an unaudited change is no change)
            sink.emit(new PolicyChanged(now, by.value(), from, next.version(), d.requestHash()));
            compiled = replacement;
            return d;
        }
    }

    @Override
    public Decision decide(AccessRequest request) {
        CompiledPolicy cp = compiled;
        String hash;
        try {
            hash = RequestHash.of(request);
        } catch (RuntimeException e) {
            hash = "unavailable";
        }
        try {
            return evaluate(cp, request, hash);
        } catch (RuntimeException e) {
            return deny(cp, hash, ReasonCode.EVALUATION_ERROR, FAIL_CLOSED_RULE);
        }
    }

    private static Decision deny(CompiledPolicy cp, String hash, ReasonCode reason, String rule) {
        return new Decision(Effect.DENY, List.of(reason), List.of(rule), List.of(Obligation.of(ObligationKind.AUDIT)),
                cp.policy.version(), hash);
    }

    /** Collects reasons and rule ids in rule order. */
    private static final class Outcome {
        final List<ReasonCode> denies = new ArrayList<>(4);
        final List<String> denyRules = new ArrayList<>(4);
        final List<ReasonCode> grants = new ArrayList<>(2);
        final List<String> grantRules = new ArrayList<>(2);

        void deny(ReasonCode r, String rule) {
            denies.add(r);
            if (denyRules.isEmpty() || !denyRules.get(denyRules.size() - 1).equals(rule)) {
                denyRules.add(rule);
            }
        }

        void grant(ReasonCode r, String rule) {
            grants.add(r);
            grantRules.add(rule);
        }
    }

    private Decision evaluate(CompiledPolicy cp, AccessRequest request, String hash) {
        Action action = request.action();
        Resource resource = request.resource();
        AccessContext ctx = request.context();
        Principal p = directory.principal(request.principal());
        if (p == null) {
            return deny(cp, hash, ReasonCode.UNKNOWN_PRINCIPAL, INPUT_RULE);
        }
        boolean dossierResource = resource.kind() == ResourceKind.DOSSIER || resource.kind() == ResourceKind.MATERIAL;
        boolean fits = action.onDossier() ? dossierResource
                : action == Action.READ_AUDIT ? resource.kind() == ResourceKind.AUDIT_LOG
                : resource.kind() == ResourceKind.POLICY;
        if (!fits) {
            return deny(cp, hash, ReasonCode.ACTION_RESOURCE_MISMATCH, INPUT_RULE);
        }
        DossierFacts facts = null;
        if (dossierResource) {
            facts = directory.dossier(Objects.requireNonNull(resource.dossier()));
            if (facts == null) {
                return deny(cp, hash, ReasonCode.UNKNOWN_DOSSIER, INPUT_RULE);
            }
        }
        Approval approval = null;
        if (ctx.approval() != null) {
            approval = directory.approval(ctx.approval());
            if (approval == null) {
                return deny(cp, hash, ReasonCode.UNKNOWN_APPROVAL, INPUT_RULE);
            }
        }
        if (ctx.purpose() != null && !cp.purposes.contains(ctx.purpose())) {
            return deny(cp, hash, ReasonCode.UNKNOWN_PURPOSE, INPUT_RULE);
        }
        int roles = CompiledPolicy.roleMask(p.roles());
        Outcome out = new Outcome();
        for (CompiledPolicy.Rule rule : cp.byAction[action.ordinal()]) {
            String id = rule.source().id();
            switch (rule.source().kind()) {
                case RECUSAL -> recusal(cp, p, facts, approval, id, out);
                case SEPARATION_OF_DUTIES -> {
                    int admin = roles & ADMIN_MASK;
                    if ((admin & (admin - 1)) != 0) {
                        out.deny(ReasonCode.ADMIN_ROLES_COMBINED, id);
                    }
                    if (admin != 0 && action.onDossier()) {
                        out.deny(ReasonCode.ADMIN_NO_DOSSIER_ACCESS, id);
                    }
                }
                case CLEARANCE -> {
                    if (resource.kind() == ResourceKind.MATERIAL && !p.clearance().covers(resource.sensitivity())) {
                        out.deny(ReasonCode.CLEARANCE_INSUFFICIENT, id);
                    }
                }
                case APPROVAL -> approvalRule(cp, request, p, facts, approval, id, out);
                case READER_COUNT -> {
                    if (approval != null && approval.readers().size() < cp.policy.minReaders()) {
                        out.deny(ReasonCode.TOO_FEW_READERS, id);
                    }
                }
                case SENSITIVE_CLASS -> {
                    if (approval != null && resource.kind() == ResourceKind.MATERIAL) {
                        int c = Objects.requireNonNull(resource.category()).classNumber();
                        if ((cp.sensitiveMask & (1 << c)) != 0 && !approval.classes().contains(c)) {
                            out.deny(ReasonCode.SENSITIVE_CLASS_NOT_NAMED, id);
                        }
                    }
                }
                case LOAN_LIMIT -> {
                    if (approval != null) {
                        Instant back = approval.returnBy();
                        if (back == null) {
                            out.deny(ReasonCode.RETURN_DATE_MISSING, id);
                        } else if (back.isAfter(approval.validFrom().plus(cp.policy.maxLoan()))) {
                            out.deny(ReasonCode.LOAN_TOO_LONG, id);
                        }
                    }
                }
                case TWO_APPROVERS -> {
                    if (approval != null && approval.approvers().size() < 2) {
                        out.deny(ReasonCode.TWO_APPROVERS_REQUIRED, id);
                    }
                }
                case NO_SELF_APPROVAL -> {
                    if (approval != null) {
                        for (PrincipalId a : approval.approvers()) {
                            if (a.equals(approval.requester()) || approval.readers().contains(a) || a.equals(p.id())) {
                                out.deny(ReasonCode.SELF_APPROVAL, id);
                                break;
                            }
                        }
                    }
                }
                case MANAGEMENT_AUTHORITY -> {
                    if ((roles & rule.roleMask()) != 0) {
                        ReasonCode how = authorityOfAny(cp, p.units(), Objects.requireNonNull(facts), ctx.now());
                        if (how != null) {
                            out.grant(how, id);
                        }
                    }
                }
                case AUDIT_READER -> {
                    if ((roles & rule.roleMask()) != 0) {
                        out.grant(ReasonCode.PERMIT_AUDIT_ADMIN, id);
                    }
                }
                case POLICY_ADMIN -> {
                    if ((roles & rule.roleMask()) != 0) {
                        out.grant(ReasonCode.PERMIT_SECURITY_ADMIN, id);
                    }
                }
                case FORBID -> {
                    boolean roleMatch = rule.roleMask() == 0 || (roles & rule.roleMask()) != 0;
                    boolean classMatch = rule.classMask() == 0 || (resource.kind() == ResourceKind.MATERIAL
                            && (rule.classMask() & (1 << Objects.requireNonNull(resource.category()).classNumber())) != 0);
                    boolean unitMatch = rule.source().units().isEmpty();
                    if (!unitMatch) {
                        for (UnitId u : p.units()) {
                            if (rule.source().units().contains(u)) {
                                unitMatch = true;
                                break;
                            }
                        }
                    }
                    if (roleMatch && classMatch && unitMatch) {
                        out.deny(ReasonCode.FORBIDDEN_BY_RULE, id);
                    }
                }
            }
        }
        if (!out.denies.isEmpty()) {
            return new Decision(Effect.DENY, out.denies, out.denyRules, List.of(Obligation.of(ObligationKind.AUDIT)),
                    cp.policy.version(), hash);
        }
        if (out.grants.isEmpty()) {
            return deny(cp, hash, ReasonCode.DEFAULT_DENY, DEFAULT_RULE);
        }
        return new Decision(Effect.PERMIT, out.grants, out.grantRules, obligations(action, p, approval),
                cp.policy.version(), hash);
    }

    private static List<Obligation> obligations(Action action, Principal p, @Nullable Approval approval) {
        List<Obligation> obligations = new ArrayList<>(5);
        obligations.add(Obligation.of(ObligationKind.AUDIT));
        if (action == Action.VIEW || action == Action.COPY) {
            obligations.add(new Obligation(ObligationKind.WATERMARK, p.id().value()));
        }
        if (action.isUse() && approval != null) {
            obligations.add(new Obligation(ObligationKind.SUPERVISED, Integer.toString(approval.readers().size())));
        }
        if (action == Action.COPY || action == Action.BORROW) {
            obligations.add(Obligation.of(ObligationKind.REGISTER));
        }
        if (action == Action.BORROW && approval != null && approval.returnBy() != null) {
            obligations.add(new Obligation(ObligationKind.RETURN_BY, String.valueOf(approval.returnBy())));
        }
        return obligations;
    }

    private void recusal(CompiledPolicy cp, Principal p, @Nullable DossierFacts facts, @Nullable Approval approval,
            String id, Outcome out) {
        if (facts == null) {
            return;
        }
        SubjectId subject = facts.subject();
        if (p.person().equals(subject)) {
            out.deny(ReasonCode.RECUSAL_SELF, id);
        } else if (related(cp, subject, p.person())) {
            out.deny(ReasonCode.RECUSAL_RELATIVE, id);
        }
        if (approval != null && approval.dossier().equals(facts.dossier())) {
            for (PrincipalId r : approval.readers()) {
                if (!r.equals(p.id()) && conflicted(cp, subject, r)) {
                    out.deny(ReasonCode.RECUSAL_READER, id);
                    break;
                }
            }
            for (PrincipalId a : approval.approvers()) {
                if (conflicted(cp, subject, a)) {
                    out.deny(ReasonCode.RECUSAL_APPROVER, id);
                    break;
                }
            }
        }
    }

    /** True when the account is the subject, a relative, or unknown (fail closed). */
    private boolean conflicted(CompiledPolicy cp, SubjectId subject, PrincipalId account) {
        Principal other = directory.principal(account);
        return other == null || other.person().equals(subject) || related(cp, subject, other.person());
    }

    private boolean related(CompiledPolicy cp, SubjectId subject, SubjectId person) {
        RelationKind k = directory.relation(subject, person);
        return k != null && (cp.relationMask & (1 << k.ordinal())) != 0;
    }

    private void approvalRule(CompiledPolicy cp, AccessRequest request, Principal p, @Nullable DossierFacts facts,
            @Nullable Approval approval, String id, Outcome out) {
        Action action = request.action();
        if (approval == null) {
            out.deny(ReasonCode.APPROVAL_MISSING, id);
            return;
        }
        Objects.requireNonNull(facts);
        AccessContext ctx = request.context();
        int before = out.denies.size();
        if (!approval.dossier().equals(facts.dossier())) {
            out.deny(ReasonCode.APPROVAL_OTHER_DOSSIER, id);
        }
        if (!approval.readers().contains(p.id())) {
            out.deny(ReasonCode.APPROVAL_NOT_A_READER, id);
        }
        ApprovalStatus status = approval.status();
        if (status == ApprovalStatus.REQUESTED || status == ApprovalStatus.REJECTED) {
            out.deny(ReasonCode.APPROVAL_NOT_APPROVED, id);
        } else if (status == ApprovalStatus.REVOKED) {
            out.deny(ReasonCode.APPROVAL_REVOKED, id);
        } else if (status == ApprovalStatus.USED) {
            out.deny(ReasonCode.APPROVAL_USED, id);
        }
        Instant now = ctx.now();
        if (now.isBefore(approval.validFrom())) {
            out.deny(ReasonCode.APPROVAL_NOT_YET_VALID, id);
        } else if (!now.isBefore(approval.validTo())) {
            out.deny(ReasonCode.APPROVAL_EXPIRED, id);
        }
        if (!approval.actions().contains(action)) {
            out.deny(ReasonCode.APPROVAL_ACTION_NOT_NAMED, id);
        }
        if (ctx.purpose() == null) {
            out.deny(ReasonCode.UNKNOWN_PURPOSE, id);
        } else if (!ctx.purpose().equals(approval.purpose())) {
            out.deny(ReasonCode.APPROVAL_PURPOSE_MISMATCH, id);
        }
        if (authority(cp, approval.issuingUnit(), facts, now) == null) {
            out.deny(ReasonCode.APPROVAL_ISSUER_NO_AUTHORITY, id);
        }
        Resource resource = request.resource();
        if (resource.kind() == ResourceKind.MATERIAL) {
            int c = Objects.requireNonNull(resource.category()).classNumber();
            boolean sensitive = (cp.sensitiveMask & (1 << c)) != 0;
            if (!sensitive && !approval.classes().isEmpty() && !approval.classes().contains(c)) {
                out.deny(ReasonCode.CLASS_NOT_APPROVED, id);
            }
        }
        if (out.denies.size() == before && action.isUse()) {
            out.grant(ReasonCode.PERMIT_APPROVAL, id);
        }
    }

    private @Nullable ReasonCode authorityOfAny(CompiledPolicy cp, Iterable<UnitId> units, DossierFacts facts, Instant now) {
        ReasonCode best = null;
        for (UnitId u : units) {
            ReasonCode r = authority(cp, u, facts, now);
            if (r == ReasonCode.PERMIT_MANAGEMENT_AUTHORITY) {
                return r;
            }
            if (r != null) {
                best = r;
            }
        }
        return best;
    }

    /** Whether a unit holds management authority over the dossier: through the tree or a live delegation. */
    private @Nullable ReasonCode authority(CompiledPolicy cp, UnitId unit, DossierFacts facts, Instant now) {
        UnitId x = facts.custodian();
        for (int depth = 0; x != null && depth < MAX_TREE_DEPTH; depth++) {
            if (x.equals(unit)) {
                return ReasonCode.PERMIT_MANAGEMENT_AUTHORITY;
            }
            if (!cp.policy.authorityThroughAncestors()) {
                break;
            }
            x = directory.parent(x);
        }
        DossierId dossier = facts.dossier();
        for (Delegation d : directory.delegationsTo(unit)) {
            if (d.from().equals(facts.custodian()) && d.covers(dossier, now)) {
                return ReasonCode.PERMIT_DELEGATION;
            }
        }
        return null;
    }
}

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
import io.dangan.archive.access.ApprovalId;
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
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
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

    private static final List<Obligation> AUDIT_ONLY = List.of(Obligation.of(ObligationKind.AUDIT));
    private static final List<String> INPUT_RULES = List.of(INPUT_RULE);
    private static final List<String> DEFAULT_RULES = List.of(DEFAULT_RULE);
    private static final List<String> FAIL_CLOSED_RULES = List.of(FAIL_CLOSED_RULE);
    private static final Obligation REGISTER = Obligation.of(ObligationKind.REGISTER);
    /** {@code SUPERVISED(n)} for the reader counts a policy allows (2-10) and a few more. */
    private static final Obligation[] SUPERVISED = new Obligation[17];

    static {
        for (int n = 0; n < SUPERVISED.length; n++) {
            SUPERVISED[n] = new Obligation(ObligationKind.SUPERVISED, Integer.toString(n));
        }
    }

    private final Lookup lookup;
    /** True over the in-memory index, whose lookups are plain reads and may be made before the hash. */
    private final boolean lookUpFirst;
    private final EventSink sink;
    private volatile CompiledPolicy compiled;

    /**
     * A decision point over a directory. Over a {@link DirectoryIndex} (what
     * {@code io.dangan.archive.core.MemoryAccessDirectory} keeps) it follows the index's references; over any
     * other directory it calls the directory for each step. Both give the same decisions.
     *
     * @param directory where principals, dossiers, units, kinship, delegations and approvals are looked up
     * @param policy the policy in force
     * @param sink where policy changes and their decisions are audited
     */
    public PolicyDecisionPoint(AccessDirectory directory, AccessPolicy policy, EventSink sink) {
        Objects.requireNonNull(directory, "directory");
        this.lookup = directory instanceof DirectoryIndex index ? index.lookup() : new DirectoryLookup(directory);
        this.lookUpFirst = directory instanceof DirectoryIndex;
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
        // Over the index the three lookups are reads without side effects: made first, one after the other, their
        // cache misses (the bulk of a decision over a large directory) overlap each other and the hash below
        // instead of following it. Evaluation then uses what they found, checking in its own order as before.
        boolean early = lookUpFirst;
        Lookup.Member member = null;
        Lookup.Held held = null;
        Lookup.Granted granted = null;
        int conflicts = 0;
        if (early) {
            try {
                member = lookup.member(request.principal());
                DossierId dossier = request.resource().dossier();
                held = dossier == null ? null : lookup.held(dossier);
                ApprovalId approval = request.context().approval();
                granted = approval == null ? null : lookup.granted(approval);
                // recusal follows the subject's relatives and the approval's parties: more misses to overlap
                conflicts = member == null || held == null ? 0 : conflicts(cp, member, held, granted);
            } catch (RuntimeException e) {
                early = false; // evaluation looks up again and fails closed as it would have
            }
        }
        String hash;
        try {
            hash = RequestHash.of(request);
        } catch (RuntimeException e) {
            hash = "unavailable";
        }
        try {
            return evaluate(cp, request, hash, early, member, held, granted, conflicts);
        } catch (RuntimeException e) {
            return deny(cp, hash, ReasonCode.EVALUATION_ERROR, FAIL_CLOSED_RULES);
        }
    }

    private static Decision deny(CompiledPolicy cp, String hash, ReasonCode reason, List<String> rules) {
        return new Decision(Effect.DENY, CompiledPolicy.reasonList(reason), rules, AUDIT_ONLY, cp.policy.version(), hash);
    }

    /**
     * Collects reasons and rule ids in rule order, in plain arrays: the lists handed to the decision are made
     * once at the end, a single reason or rule from precomputed singletons.
     */
    private static final class Outcome {
        /** The first deny reason; later ones go to {@link #moreDenies}. */
        @Nullable ReasonCode firstDeny;
        ReasonCode @Nullable [] moreDenies;
        int denyCount;
        /** The rules that denied, without consecutive repeats; the first by its index in the policy. */
        int firstDenyRule = -1;
        String @Nullable [] moreDenyRules;
        int denyRuleCount;
        @Nullable String lastDenyRuleId;
        @Nullable ReasonCode firstGrant;
        ReasonCode @Nullable [] moreGrants;
        int grantCount;
        int firstGrantRule = -1;
        String @Nullable [] moreGrantRules;

        void deny(ReasonCode r, CompiledPolicy.Rule rule) {
            if (denyCount == 0) {
                firstDeny = r;
            } else {
                moreDenies = append(moreDenies, denyCount - 1, r);
            }
            denyCount++;
            String id = rule.id();
            if (denyRuleCount == 0) {
                firstDenyRule = rule.ruleIndex();
                denyRuleCount = 1;
                lastDenyRuleId = id;
            } else if (!id.equals(lastDenyRuleId)) {
                moreDenyRules = append(moreDenyRules, denyRuleCount - 1, id);
                denyRuleCount++;
                lastDenyRuleId = id;
            }
        }

        void grant(ReasonCode r, CompiledPolicy.Rule rule) {
            if (grantCount == 0) {
                firstGrant = r;
                firstGrantRule = rule.ruleIndex();
            } else {
                moreGrants = append(moreGrants, grantCount - 1, r);
                moreGrantRules = append(moreGrantRules, grantCount - 1, rule.id());
            }
            grantCount++;
        }

        private static ReasonCode[] append(ReasonCode @Nullable [] a, int at, ReasonCode value) {
            ReasonCode[] out = a == null ? new ReasonCode[4] : at == a.length ? Arrays.copyOf(a, at * 2) : a;
            out[at] = value;
            return out;
        }

        private static String[] append(String @Nullable [] a, int at, String value) {
            String[] out = a == null ? new String[4] : at == a.length ? Arrays.copyOf(a, at * 2) : a;
            out[at] = value;
            return out;
        }

        List<ReasonCode> denyReasons() {
            return reasons(Objects.requireNonNull(firstDeny), moreDenies, denyCount);
        }

        List<String> denyRuleIds(CompiledPolicy cp) {
            return ids(cp, firstDenyRule, moreDenyRules, denyRuleCount);
        }

        List<ReasonCode> grantReasons() {
            return reasons(Objects.requireNonNull(firstGrant), moreGrants, grantCount);
        }

        List<String> grantRuleIds(CompiledPolicy cp) {
            return ids(cp, firstGrantRule, moreGrantRules, grantCount);
        }

        private static List<ReasonCode> reasons(ReasonCode first, ReasonCode @Nullable [] more, int n) {
            if (n == 1) {
                return CompiledPolicy.reasonList(first);
            }
            ReasonCode[] all = new ReasonCode[n];
            all[0] = first;
            System.arraycopy(Objects.requireNonNull(more), 0, all, 1, n - 1);
            return List.of(all);
        }

        private static List<String> ids(CompiledPolicy cp, int first, String @Nullable [] more, int n) {
            List<String> firstId = cp.ruleIds.get(first);
            if (n == 1) {
                return firstId;
            }
            String[] all = new String[n];
            all[0] = firstId.get(0);
            System.arraycopy(Objects.requireNonNull(more), 0, all, 1, n - 1);
            return List.of(all);
        }
    }

    /**
     * @param early true when {@code member}, {@code found} and {@code foundApproval} are the lookups' answers for this
     *     request and {@code conflicts} recusal's findings over them; false to look up and find here
     */
    private Decision evaluate(CompiledPolicy cp, AccessRequest request, String hash, boolean early,
            Lookup.@Nullable Member member, Lookup.@Nullable Held found, Lookup.@Nullable Granted foundApproval,
            int conflicts) {
        Action action = request.action();
        Resource resource = request.resource();
        AccessContext ctx = request.context();
        Lookup.Member m = early ? member : lookup.member(request.principal());
        if (m == null) {
            return deny(cp, hash, ReasonCode.UNKNOWN_PRINCIPAL, INPUT_RULES);
        }
        Principal p = m.principal();
        ResourceKind kind = resource.kind();
        boolean dossierResource = kind == ResourceKind.DOSSIER || kind == ResourceKind.MATERIAL;
        boolean fits = action.onDossier() ? dossierResource
                : action == Action.READ_AUDIT ? kind == ResourceKind.AUDIT_LOG
                : kind == ResourceKind.POLICY;
        if (!fits) {
            return deny(cp, hash, ReasonCode.ACTION_RESOURCE_MISMATCH, INPUT_RULES);
        }
        Lookup.Held held = null;
        if (dossierResource) {
            DossierId dossier = resource.dossier();
            if (dossier == null) {
                return deny(cp, hash, ReasonCode.UNKNOWN_MATERIAL, INPUT_RULES);
            }
            held = early ? found : lookup.held(dossier);
            if (held == null) {
                return deny(cp, hash, ReasonCode.UNKNOWN_DOSSIER, INPUT_RULES);
            }
        }
        Lookup.Granted granted = null;
        if (ctx.approval() != null) {
            granted = early ? foundApproval : lookup.granted(ctx.approval());
            if (granted == null) {
                return deny(cp, hash, ReasonCode.UNKNOWN_APPROVAL, INPUT_RULES);
            }
        }
        if (ctx.purpose() != null && !cp.purposes.contains(ctx.purpose())) {
            return deny(cp, hash, ReasonCode.UNKNOWN_PURPOSE, INPUT_RULES);
        }
        Approval approval = granted == null ? null : granted.approval();
        int roles = m.roles();
        Outcome out = new Outcome();
        for (CompiledPolicy.Rule rule : cp.byAction[action.ordinal()]) {
            switch (rule.kind()) {
                case RECUSAL -> {
                    if (held != null) {
                        recusal(early ? conflicts : conflicts(cp, m, held, granted), rule, out);
                    }
                }
                case SEPARATION_OF_DUTIES -> {
                    int admin = roles & ADMIN_MASK;
                    if ((admin & (admin - 1)) != 0) {
                        out.deny(ReasonCode.ADMIN_ROLES_COMBINED, rule);
                    }
                    if (admin != 0 && action.onDossier()) {
                        out.deny(ReasonCode.ADMIN_NO_DOSSIER_ACCESS, rule);
                    }
                }
                case CLEARANCE -> {
                    if (kind == ResourceKind.MATERIAL && !p.clearance().covers(resource.sensitivity())) {
                        out.deny(ReasonCode.CLEARANCE_INSUFFICIENT, rule);
                    }
                }
                case APPROVAL -> approvalRule(cp, request, m, held, granted, rule, out);
                case READER_COUNT -> {
                    if (granted != null && granted.readerCount() < cp.policy.minReaders()) {
                        out.deny(ReasonCode.TOO_FEW_READERS, rule);
                    }
                }
                case SENSITIVE_CLASS -> {
                    if (granted != null && kind == ResourceKind.MATERIAL) {
                        int c = Objects.requireNonNull(resource.category()).classNumber();
                        if ((cp.sensitiveMask & (1 << c)) != 0 && (granted.classes() & (1 << c)) == 0) {
                            out.deny(ReasonCode.SENSITIVE_CLASS_NOT_NAMED, rule);
                        }
                    }
                }
                case LOAN_LIMIT -> {
                    if (approval != null) {
                        Instant back = approval.returnBy();
                        if (back == null) {
                            out.deny(ReasonCode.RETURN_DATE_MISSING, rule);
                        } else if (back.isAfter(approval.validFrom().plus(cp.policy.maxLoan()))) {
                            out.deny(ReasonCode.LOAN_TOO_LONG, rule);
                        }
                    }
                }
                case TWO_APPROVERS -> {
                    if (granted != null && granted.approverCount() < 2) {
                        out.deny(ReasonCode.TWO_APPROVERS_REQUIRED, rule);
                    }
                }
                case NO_SELF_APPROVAL -> {
                    if (granted != null && (granted.approverIsReader()
                            || names(granted, granted.readerCount(), granted.partyCount(), m.account()))) {
                        out.deny(ReasonCode.SELF_APPROVAL, rule);
                    }
                }
                case MANAGEMENT_AUTHORITY -> {
                    if ((roles & rule.roleMask()) != 0) {
                        ReasonCode how = authorityOfAny(cp, m.units(), Objects.requireNonNull(held), ctx.now());
                        if (how != null) {
                            out.grant(how, rule);
                        }
                    }
                }
                case AUDIT_READER -> {
                    if ((roles & rule.roleMask()) != 0) {
                        out.grant(ReasonCode.PERMIT_AUDIT_ADMIN, rule);
                    }
                }
                case POLICY_ADMIN -> {
                    if ((roles & rule.roleMask()) != 0) {
                        out.grant(ReasonCode.PERMIT_SECURITY_ADMIN, rule);
                    }
                }
                case FORBID -> {
                    boolean roleMatch = rule.roleMask() == 0 || (roles & rule.roleMask()) != 0;
                    boolean classMatch = rule.classMask() == 0 || (kind == ResourceKind.MATERIAL
                            && (rule.classMask() & (1 << Objects.requireNonNull(resource.category()).classNumber())) != 0);
                    Set<UnitId> forbidUnits = rule.source().units();
                    boolean unitMatch = forbidUnits.isEmpty();
                    if (!unitMatch) {
                        for (UnitId u : p.units()) {
                            if (forbidUnits.contains(u)) {
                                unitMatch = true;
                                break;
                            }
                        }
                    }
                    if (roleMatch && classMatch && unitMatch) {
                        out.deny(ReasonCode.FORBIDDEN_BY_RULE, rule);
                    }
                }
            }
        }
        if (out.denyCount != 0) {
            return new Decision(Effect.DENY, out.denyReasons(), out.denyRuleIds(cp), AUDIT_ONLY, cp.policy.version(), hash);
        }
        if (out.grantCount == 0) {
            return deny(cp, hash, ReasonCode.DEFAULT_DENY, DEFAULT_RULES);
        }
        return new Decision(Effect.PERMIT, out.grantReasons(), out.grantRuleIds(cp), obligations(action, m, granted),
                cp.policy.version(), hash);
    }

    private static List<Obligation> obligations(Action action, Lookup.Member m, Lookup.@Nullable Granted granted) {
        Approval approval = granted == null ? null : granted.approval();
        Obligation watermark = action == Action.VIEW || action == Action.COPY ? m.watermark() : null;
        Obligation supervised = null;
        if (action.isUse() && granted != null) {
            int n = granted.readerCount();
            supervised = n < SUPERVISED.length ? SUPERVISED[n] : new Obligation(ObligationKind.SUPERVISED, Integer.toString(n));
        }
        Obligation register = action == Action.COPY || action == Action.BORROW ? REGISTER : null;
        Obligation returnBy = action == Action.BORROW && approval != null && approval.returnBy() != null
                ? new Obligation(ObligationKind.RETURN_BY, String.valueOf(approval.returnBy())) : null;
        Obligation audit = AUDIT_ONLY.get(0);
        if (register == null && returnBy == null) {
            if (watermark == null) {
                return supervised == null ? AUDIT_ONLY : List.of(audit, supervised);
            }
            return supervised == null ? List.of(audit, watermark) : List.of(audit, watermark, supervised);
        }
        Obligation[] all = new Obligation[5];
        int n = 0;
        all[n++] = audit;
        if (watermark != null) {
            all[n++] = watermark;
        }
        if (supervised != null) {
            all[n++] = supervised;
        }
        if (register != null) {
            all[n++] = register;
        }
        if (returnBy != null) {
            all[n++] = returnBy;
        }
        return List.of(Arrays.copyOf(all, n));
    }

    /** Recusal's findings ({@link #conflicts}): the principal is the subject, a relative, a co-reader or an approver conflicts. */
    private static final int SELF = 1;
    private static final int RELATIVE = 2;
    private static final int READER = 4;
    private static final int APPROVER = 8;

    private static void recusal(int conflicts, CompiledPolicy.Rule rule, Outcome out) {
        if ((conflicts & SELF) != 0) {
            out.deny(ReasonCode.RECUSAL_SELF, rule);
        } else if ((conflicts & RELATIVE) != 0) {
            out.deny(ReasonCode.RECUSAL_RELATIVE, rule);
        }
        if ((conflicts & READER) != 0) {
            out.deny(ReasonCode.RECUSAL_READER, rule);
        }
        if ((conflicts & APPROVER) != 0) {
            out.deny(ReasonCode.RECUSAL_APPROVER, rule);
        }
    }

    /**
     * What recusal finds for a principal and a dossier under the policy's relations: {@link #SELF} or
     * {@link #RELATIVE}, and, for an approval of that dossier, {@link #READER} when another reader and
     * {@link #APPROVER} when an approver is the subject, a relative or unknown.
     */
    private int conflicts(CompiledPolicy cp, Lookup.Member m, Lookup.Held held, Lookup.@Nullable Granted granted) {
        int found = 0;
        Object subject = held.subject();
        if (lookup.same(m.person(), subject)) {
            found |= SELF;
        } else if (related(cp, subject, m.person())) {
            found |= RELATIVE;
        }
        if (granted != null && lookup.same(granted.dossier(), held.key())) {
            Object self = m.account();
            int readers = granted.readerCount();
            for (int i = 0; i < readers; i++) {
                if (!lookup.same(granted.party(i), self) && conflicted(cp, subject, lookup.personOf(granted, i))) {
                    found |= READER;
                    break;
                }
            }
            for (int i = readers; i < granted.partyCount(); i++) {
                if (conflicted(cp, subject, lookup.personOf(granted, i))) {
                    found |= APPROVER;
                    break;
                }
            }
        }
        return found;
    }

    /** True when the person behind a party is the subject, a relative, or unknown (fail closed). */
    private boolean conflicted(CompiledPolicy cp, Object subject, @Nullable Object person) {
        return person == null || lookup.same(person, subject) || related(cp, subject, person);
    }

    private boolean related(CompiledPolicy cp, Object subject, Object person) {
        RelationKind k = lookup.kin(subject, person);
        return k != null && (cp.relationMask & (1 << k.ordinal())) != 0;
    }

    private void approvalRule(CompiledPolicy cp, AccessRequest request, Lookup.Member m, Lookup.@Nullable Held held,
            Lookup.@Nullable Granted granted, CompiledPolicy.Rule rule, Outcome out) {
        Action action = request.action();
        if (granted == null) {
            out.deny(ReasonCode.APPROVAL_MISSING, rule);
            return;
        }
        Objects.requireNonNull(held);
        AccessContext ctx = request.context();
        int before = out.denyCount;
        if (!lookup.same(granted.dossier(), held.key())) {
            out.deny(ReasonCode.APPROVAL_OTHER_DOSSIER, rule);
        }
        if (!names(granted, 0, granted.readerCount(), m.account())) {
            out.deny(ReasonCode.APPROVAL_NOT_A_READER, rule);
        }
        ApprovalStatus status = granted.status();
        if (status == ApprovalStatus.REQUESTED || status == ApprovalStatus.REJECTED) {
            out.deny(ReasonCode.APPROVAL_NOT_APPROVED, rule);
        } else if (status == ApprovalStatus.REVOKED) {
            out.deny(ReasonCode.APPROVAL_REVOKED, rule);
        } else if (status == ApprovalStatus.USED) {
            out.deny(ReasonCode.APPROVAL_USED, rule);
        }
        Instant now = ctx.now();
        if (granted.notYetValid(now)) {
            out.deny(ReasonCode.APPROVAL_NOT_YET_VALID, rule);
        } else if (granted.expired(now)) {
            out.deny(ReasonCode.APPROVAL_EXPIRED, rule);
        }
        if ((granted.actions() & (1 << action.ordinal())) == 0) {
            out.deny(ReasonCode.APPROVAL_ACTION_NOT_NAMED, rule);
        }
        if (ctx.purpose() == null) {
            out.deny(ReasonCode.UNKNOWN_PURPOSE, rule);
        } else if (!ctx.purpose().equals(granted.purpose())) {
            out.deny(ReasonCode.APPROVAL_PURPOSE_MISMATCH, rule);
        }
        if (authority(cp, granted.issuer(), held, now) == null) {
            out.deny(ReasonCode.APPROVAL_ISSUER_NO_AUTHORITY, rule);
        }
        Resource resource = request.resource();
        if (resource.kind() == ResourceKind.MATERIAL) {
            int c = Objects.requireNonNull(resource.category()).classNumber();
            boolean sensitive = (cp.sensitiveMask & (1 << c)) != 0;
            boolean named = (granted.classes() & (1 << c)) != 0;
            if (!sensitive && granted.classes() != 0 && !named) {
                out.deny(ReasonCode.CLASS_NOT_APPROVED, rule);
            } else if (sensitive && !named && !cp.sensitiveRuled[action.ordinal()]) {
                // the approval's scope binds even in a policy without a sensitive-class rule
                out.deny(ReasonCode.SENSITIVE_CLASS_NOT_NAMED, rule);
            }
        }
        if (out.denyCount == before && action.isUse()) {
            out.grant(ReasonCode.PERMIT_APPROVAL, rule);
        }
    }

    /** True when one of the approval's parties {@code from} (inclusive) to {@code to} (exclusive) is the account. */
    private boolean names(Lookup.Granted granted, int from, int to, Object account) {
        for (int i = from; i < to; i++) {
            if (lookup.same(granted.party(i), account)) {
                return true;
            }
        }
        return false;
    }

    private @Nullable ReasonCode authorityOfAny(CompiledPolicy cp, Object[] units, Lookup.Held held, Instant now) {
        ReasonCode best = null;
        for (Object u : units) {
            ReasonCode r = authority(cp, u, held, now);
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
    private @Nullable ReasonCode authority(CompiledPolicy cp, Object unit, Lookup.Held held, Instant now) {
        Object x = held.custodian();
        for (int depth = 0; x != null && depth < MAX_TREE_DEPTH; depth++) {
            if (lookup.same(x, unit)) {
                return ReasonCode.PERMIT_MANAGEMENT_AUTHORITY;
            }
            if (!cp.policy.authorityThroughAncestors()) {
                break;
            }
            x = lookup.parentOf(x);
        }
        for (Delegation d : lookup.delegationsOf(unit)) {
            DossierFacts facts = held.facts();
            if (d.from().equals(facts.custodian()) && d.covers(facts.dossier(), now)) {
                return ReasonCode.PERMIT_DELEGATION;
            }
        }
        return null;
    }
}

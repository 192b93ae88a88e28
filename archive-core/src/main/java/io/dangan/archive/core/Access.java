package io.dangan.archive.core;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.internal.access.DefaultAccessGuard;
import io.dangan.archive.core.internal.access.DefaultGuardedDossiers;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.model.Material;
import java.util.function.Function;
import io.dangan.archive.core.internal.access.ApprovalsFromStore;
import io.dangan.archive.core.internal.access.DefaultApprovalService;
import io.dangan.archive.core.internal.access.PolicyDecisionPoint;
import io.dangan.archive.core.internal.json.AccessPolicyJson;
import java.time.Clock;

/**
 * Factories for the access policy (访问控制): the decision point, the guard, the approval workflow and
 * policy data in JSON. The {@link Archives} builder wires them; tools and tests call them directly.
 */
public final class Access {
    private Access() {
    }

    /**
     * @param directory where principals, dossiers, units, kinship, delegations and approvals are looked up
     * @param policy the policy in force
     * @param sink where policy changes are audited
     * @return a thread-safe decision point
     */
    public static AccessControl decisionPoint(AccessDirectory directory, AccessPolicy policy, EventSink sink) {
        AccessDirectory d = directory instanceof MemoryAccessDirectory memory ? memory.index() : directory;
        return new PolicyDecisionPoint(d, policy, sink);
    }

    /**
     * A decision point that looks approvals up in a store (e.g. {@code JpaStores.approvals(factory)}, the store the
     * approval workflow writes) and everything else in the host's directory.
     *
     * @param directory where principals, dossiers, units, kinship and delegations are looked up; its own approvals
     *     are not consulted
     * @param approvals where approvals are looked up, one lookup by id per request presenting one
     * @param policy the policy in force
     * @param sink where policy changes are audited
     * @return a thread-safe decision point
     */
    public static AccessControl decisionPoint(AccessDirectory directory, ApprovalStore approvals, AccessPolicy policy,
            EventSink sink) {
        return new PolicyDecisionPoint(new ApprovalsFromStore(directory, approvals), policy, sink);
    }

    /**
     * @param control the decision point
     * @param sink where every decision is audited (the audit log)
     * @return the guard every content-reading and state-changing operation goes through
     */
    public static AccessGuard guard(AccessControl control, EventSink sink) {
        return new DefaultAccessGuard(control, sink);
    }

    /**
     * @param directory where principals and dossiers are looked up
     * @param store where approvals live: a {@link MemoryAccessDirectory} (which is both), or a database store such as
     *     {@code JpaStores.approvals(factory)} with the decision point of
     *     {@link #decisionPoint(AccessDirectory, ApprovalStore, AccessPolicy, EventSink)}
     * @param control the decision point, for its policy
     * @param sink the audit sink
     * @param clock the archive's clock
     * @return the approval workflow, giving new approvals random ids
     */
    public static ApprovalService approvals(AccessDirectory directory, ApprovalStore store, AccessControl control,
            EventSink sink, Clock clock) {
        return new DefaultApprovalService(directory, store, control, sink, clock, ApprovalId::random);
    }

    /**
     * Dossier reading and filing on behalf of principals, through the guard.
     *
     * @param dossiers the dossier service (e.g. {@code archive.dossiers()})
     * @param guard the guard
     * @param control the decision point
     * @param labels each material's sensitivity label (密级), e.g. by class
     * @param clock the archive's clock
     * @return the guarded operations
     */
    public static GuardedDossiers guardedDossiers(DossierService dossiers, AccessGuard guard, AccessControl control,
            Function<Material, Classification> labels, Clock clock) {
        return new DefaultGuardedDossiers(dossiers, guard, control, labels, clock);
    }

    /**
     * Reads policy data ({@code dangan-access-policy/1}).
     *
     * @param json the document
     * @return the policy
     * @throws io.dangan.archive.InvalidInputException with code {@code POLICY_INVALID} naming the rule and field
     */
    public static AccessPolicy readPolicy(String json) {
        return AccessPolicyJson.read(json);
    }

    /**
     * @param policy a policy
     * @return its JSON form, byte-stable
     */
    public static String writePolicy(AccessPolicy policy) {
        return AccessPolicyJson.write(policy);
    }
}

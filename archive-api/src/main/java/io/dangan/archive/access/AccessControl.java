package io.dangan.archive.access;

import java.time.Instant;

/**
 * The decision point (访问决策点). {@link #decide(AccessRequest)} is a pure function of the request, the
 * directory and the policy: it reads no clock, writes nothing, never throws for bad input (it denies), and
 * is safe to call from many threads.
 */
public interface AccessControl {
    /**
     * Decides one request: deny-overrides, default deny, fail closed.
     *
     * @param request the request
     * @return the decision, never {@code null}
     */
    Decision decide(AccessRequest request);

    /** @return the policy in force */
    AccessPolicy policy();

    /**
     * Replaces the policy after deciding {@link Action#ADMINISTER_POLICY} for {@code by}; the change and
     * the decision are audited. The change is audited before it takes effect, in one step under a lock: when the
     * audit sink throws, the old policy stays in force and the sink's exception propagates, so no change is ever
     * in force without its {@link PolicyChanged} record.
     *
     * @param by who changes it
     * @param next the new policy (its version must differ from the current one)
     * @param now when
     * @return the permitting decision
     * @throws AccessDeniedException when {@code by} may not change the policy
     * @throws io.dangan.archive.ConflictException with code {@code POLICY_VERSION_REUSED} when the version is unchanged
     * @throws RuntimeException whatever the audit sink throws; the policy did not change
     */
    Decision changePolicy(PrincipalId by, AccessPolicy next, Instant now);
}

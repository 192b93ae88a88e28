package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Access;
import io.dangan.archive.testkit.access.AccessPolicyContract;
import io.dangan.archive.testkit.access.AccessWorld;

/** The testkit's policy contract against core's decision point and the baseline policy. */
class BaselinePolicyContractTest extends AccessPolicyContract {
    @Override
    protected AccessControl decisionPoint(AccessWorld world, AccessPolicy policy) {
        return Access.decisionPoint(world, policy, EventSink.discarding());
    }
}

package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Access;
import io.dangan.archive.testkit.access.AccessPolicyContract;
import io.dangan.archive.testkit.access.AccessWorld;

/** The same contract against the baseline after a trip through its JSON form, as an integrator would load it. */
class JsonBaselinePolicyContractTest extends AccessPolicyContract {
    @Override
    protected AccessControl decisionPoint(AccessWorld world, AccessPolicy policy) {
        return Access.decisionPoint(world, policy, EventSink.discarding());
    }

    @Override
    protected AccessPolicy policy() {
        return Access.readPolicy(Access.writePolicy(AccessPolicy.baseline()));
    }
}

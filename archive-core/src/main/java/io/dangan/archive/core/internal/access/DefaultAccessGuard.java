package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.Effect;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.audit.EventSink;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The enforcement point (访问控制执行点): decides, audits every decision (permit or deny) through the
 * sink before anything else happens, and throws {@link AccessDeniedException} on a deny. When the sink
 * fails the operation does not run: an unaudited access is no access.
 */
public final class DefaultAccessGuard implements AccessGuard {
    /** Commits tried before a permit that keeps losing is denied, failing closed. */
    private static final int MAX_COMMITS = 3;

    private final AccessControl control;
    private final EventSink sink;

    /**
     * @param control the decision point
     * @param sink the audit sink
     */
    public DefaultAccessGuard(AccessControl control, EventSink sink) {
        this.control = Objects.requireNonNull(control, "control");
        this.sink = Objects.requireNonNull(sink, "sink");
    }

    @Override
    public Decision check(AccessRequest request) {
        Decision d = control.decide(request);
        sink.emit(new AccessDecided(request.context().now(), request, d));
        if (!d.permitted()) {
            throw new AccessDeniedException(request, d);
        }
        return d;
    }

    @Override
    public Decision check(AccessRequest request, Predicate<Decision> commit) {
        Objects.requireNonNull(commit, "commit");
        Decision d = control.decide(request);
        for (int attempt = 1; d.permitted() && !commit.test(d); attempt++) {
            // lost to a concurrent change: decide again, which sees it; give up closed after a few rounds
            d = attempt < MAX_COMMITS ? control.decide(request) : new Decision(Effect.DENY,
                    List.of(ReasonCode.EVALUATION_ERROR), List.of(PolicyDecisionPoint.FAIL_CLOSED_RULE),
                    List.of(Obligation.of(ObligationKind.AUDIT)), d.policyVersion(), d.requestHash());
        }
        sink.emit(new AccessDecided(request.context().now(), request, d));
        if (!d.permitted()) {
            throw new AccessDeniedException(request, d);
        }
        return d;
    }
}

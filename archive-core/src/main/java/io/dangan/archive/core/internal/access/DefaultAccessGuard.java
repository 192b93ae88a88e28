package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Decision;
import io.dangan.archive.audit.EventSink;
import java.util.Objects;

/**
 * The enforcement point (访问控制执行点): decides, audits every decision (permit or deny) through the
 * sink before anything else happens, and throws {@link AccessDeniedException} on a deny. When the sink
 * fails the operation does not run: an unaudited access is no access.
 */
public final class DefaultAccessGuard implements AccessGuard {
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
}

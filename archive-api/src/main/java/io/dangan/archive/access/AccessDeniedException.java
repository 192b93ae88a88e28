package io.dangan.archive.access;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import java.util.Objects;

/**
 * A guarded operation was refused (拒绝访问). Carries the decision with its reasons; the denial was
 * audited like a permit before this was thrown, and nothing was read or changed.
 */
public class AccessDeniedException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    /** The decision; decisions are immutable values, but records are not serializable here. */
    private final transient Decision decision;

    /**
     * Creates the exception.
     *
     * @param request what was asked
     * @param decision the denying decision
     */
    public AccessDeniedException(AccessRequest request, Decision decision) {
        super(ErrorCode.ACCESS_DENIED, request.resource().ref(),
                "%s may not %s %s: %s by %s".formatted(request.principal(), request.action().code(),
                        request.resource().ref(), decision.reasons(), decision.rules()), null);
        this.decision = Objects.requireNonNull(decision, "decision");
        if (decision.permitted()) {
            throw new IllegalArgumentException("a permit is not a denial");
        }
    }

    /** @return the denying decision */
    public Decision decision() {
        return decision;
    }
}

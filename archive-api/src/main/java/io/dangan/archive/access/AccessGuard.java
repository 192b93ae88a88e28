package io.dangan.archive.access;

import java.util.function.Supplier;

/**
 * The enforcement point (访问控制): every SDK operation that reads content or changes state asks here
 * first. Each decision, permit or deny, is audited before the operation runs; a deny throws and nothing
 * is read or changed.
 */
public interface AccessGuard {
    /**
     * Decides and audits a request.
     *
     * @param request the request
     * @return the permitting decision, whose obligations the caller fulfils
     * @throws AccessDeniedException carrying the decision when denied
     */
    Decision check(AccessRequest request);

    /**
     * Decides and audits a request, then runs the operation only when permitted.
     *
     * @param request the request
     * @param operation the guarded operation
     * @param <T> its result
     * @return the operation's result
     * @throws AccessDeniedException carrying the decision when denied; the operation did not run
     */
    default <T> T guarded(AccessRequest request, Supplier<? extends T> operation) {
        check(request);
        return operation.get();
    }
}

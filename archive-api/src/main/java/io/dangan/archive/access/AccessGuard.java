package io.dangan.archive.access;

import java.util.function.Predicate;
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
     * Decides a request whose permit takes effect only once {@code commit} has made it stick, such as spending a
     * single-use approval (一次性审批), then audits the final decision and throws on a deny. In order:
     * <ol>
     *   <li>the decision point decides;</li>
     *   <li>on a permit, {@code commit} runs once. It returns {@code true} when it took effect, {@code false} when it
     *       lost to a concurrent change (the approval was spent or revoked in the meantime); then the request is
     *       decided again, which now sees that change and denies with its reason (e.g. {@code APPROVAL_USED}). So
     *       when several threads present one single-use approval, exactly one permit is decided and audited;</li>
     *   <li>the final decision, permit or deny, is audited like any other; a deny throws.</li>
     * </ol>
     * When {@code commit} throws, nothing is audited and its exception propagates; when the audit fails after a
     * commit, the permit is not handed out (fail closed: the approval stays spent).
     *
     * @param request the request
     * @param commit makes a permit take effect; called only with permits, at most a few times, on the calling thread
     * @return the permitting decision, committed
     * @throws AccessDeniedException carrying the decision when denied, at first or after a lost commit
     */
    Decision check(AccessRequest request, Predicate<Decision> commit);

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

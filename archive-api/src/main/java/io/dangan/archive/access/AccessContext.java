package io.dangan.archive.access;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The circumstances of a request. The decision point never reads a clock: {@code now} is passed by
 * the caller (the guard takes it from the archive's clock).
 *
 * @param now the instant the action happens
 * @param approval the approval presented (查阅审批表), or {@code null}
 * @param purpose the purpose code from the policy's catalogue (利用目的), or {@code null}
 */
public record AccessContext(Instant now, @Nullable ApprovalId approval, @Nullable String purpose) {
    public AccessContext {
        Objects.requireNonNull(now, "now");
    }

    /**
     * @param now the instant
     * @return a context without approval or purpose
     */
    public static AccessContext at(Instant now) {
        return new AccessContext(now, null, null);
    }

    /**
     * @param now the instant
     * @param approval the approval presented
     * @param purpose its purpose code
     * @return a context presenting an approval
     */
    public static AccessContext withApproval(Instant now, ApprovalId approval, String purpose) {
        return new AccessContext(now, approval, purpose);
    }
}

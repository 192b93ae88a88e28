package io.dangan.archive.access;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where the approval workflow keeps approvals (审批存储). Implementations are thread-safe and apply each
 * update atomically.
 */
public interface ApprovalStore {
    /**
     * @param id an approval
     * @return its current state, or {@code null}
     */
    @Nullable Approval approval(ApprovalId id);

    /**
     * Stores a new approval.
     *
     * @param approval the approval
     * @throws io.dangan.archive.ConflictException with code {@code DUPLICATE} when its id is taken
     */
    void insert(Approval approval);

    /**
     * Atomically replaces an approval with the change applied to its current state; an exception thrown by
     * the change leaves it unchanged and propagates.
     *
     * @param id the approval
     * @param change the change
     * @return the new state, or {@code null} when the approval is unknown
     */
    @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change);

    /**
     * @param requester a requester
     * @return their approvals, ordered by id
     */
    List<Approval> byRequester(PrincipalId requester);
}

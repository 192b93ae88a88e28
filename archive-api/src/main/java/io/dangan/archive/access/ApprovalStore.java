package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Where the approval workflow keeps approvals (审批存储). Implementations are thread-safe and apply each
 * update atomically: of two concurrent updates of one approval, the second sees the first one's result, so two
 * approvers deciding the same request at once cannot both win. Core ships an in-memory store
 * ({@code MemoryAccessDirectory}) and a Jakarta Persistence one ({@code JpaStores.approvals}); the testkit's
 * {@code ApprovalStoreContract} holds both to the same behaviour.
 *
 * <p>A database store may bound its text columns: purpose codes up to 64 characters, reasons up to 500, and up to 32
 * readers and 32 approvers; beyond them it throws {@link io.dangan.archive.InvalidInputException} with code
 * {@code VALUE_TOO_LONG} and stores nothing.
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
     * the change leaves it unchanged and propagates. A store with optimistic locking applies the change again
     * to the fresh state when a concurrent update won the race, so the change must be free of side effects.
     *
     * @param id the approval
     * @param change the change; it must return an approval with the same id
     * @return the new state, or {@code null} when the approval is unknown
     * @throws io.dangan.archive.ConflictException with code {@code CONCURRENT_UPDATE} when concurrent updates kept
     *     winning the race after the store's retries
     */
    @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change);

    /**
     * @param requester a requester
     * @return their approvals, ordered by id
     */
    List<Approval> byRequester(PrincipalId requester);

    /**
     * @param dossier a dossier
     * @return the approvals issued for it, ordered by id
     */
    List<Approval> byDossier(DossierId dossier);
}

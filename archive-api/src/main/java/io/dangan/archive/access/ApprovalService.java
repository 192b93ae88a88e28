package io.dangan.archive.access;

import java.util.List;
import java.util.Optional;

/**
 * The approval workflow (审批流程): request, approve or reject with a reason, use, expire or revoke.
 * Every step is checked (approver role and authority, recusal, no self-approval), takes its time from the
 * archive's clock and is audited.
 */
public interface ApprovalService {
    /**
     * Files a request.
     *
     * @param draft what is asked
     * @return the approval in state {@link ApprovalStatus#REQUESTED}
     * @throws io.dangan.archive.InvalidInputException with code {@code APPROVAL_INVALID} for an unknown dossier,
     *     principal or purpose, an empty or inverted window, a borrow without return date
     */
    Approval request(ApprovalDraft draft);

    /**
     * Adds an approver's signature; the approval becomes {@link ApprovalStatus#APPROVED} once it has the
     * approvers its actions need (two for transfer and destruction, otherwise one).
     *
     * @param id the approval
     * @param approver who approves: an approver of a unit with authority, not a reader, not recused
     * @return the updated approval
     * @throws AccessDeniedException when the approver may not approve it
     * @throws io.dangan.archive.ConflictException with code {@code APPROVAL_STATE} when it is not pending
     * @throws io.dangan.archive.NotFoundException when unknown
     */
    Approval approve(ApprovalId id, PrincipalId approver);

    /**
     * Rejects a pending request.
     *
     * @param id the approval
     * @param approver who rejects (same conditions as approving)
     * @param reason why, shown to the requester
     * @return the rejected approval
     */
    Approval reject(ApprovalId id, PrincipalId approver, String reason);

    /**
     * Revokes an approval before its end.
     *
     * @param id the approval
     * @param by an approver of the issuing unit, or a security administrator holding no other administrator role
     * @param reason why
     * @return the revoked approval
     */
    Approval revoke(ApprovalId id, PrincipalId by, String reason);

    /**
     * Records that a single-use approval (transfer, destroy) has been used up (审批单已使用), by whom: the
     * {@code approval.used} record names them as its actor.
     *
     * @param id the approval
     * @param by who used it: its requester or one of its readers
     * @return the used approval
     * @throws io.dangan.archive.InvalidInputException with code {@code ACCESS_ACTOR_MISMATCH} when {@code by} is
     *     neither the requester nor a reader of the approval; nothing changes
     * @throws io.dangan.archive.ConflictException with code {@code APPROVAL_STATE} when it is not approved (already
     *     used, revoked, rejected or still requested)
     */
    Approval markUsed(ApprovalId id, PrincipalId by);

    /**
     * @param id an approval
     * @return its current state
     */
    Optional<Approval> find(ApprovalId id);

    /**
     * @param requester a requester
     * @return their approvals, ordered by id
     */
    List<Approval> byRequester(PrincipalId requester);
}

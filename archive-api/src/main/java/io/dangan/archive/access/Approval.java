package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An approval (查阅/借阅审批表): bound to one dossier, its requester and readers, its actions, the
 * material classes it covers, a purpose and a half-open validity window [{@code validFrom},
 * {@code validTo}). Replaying it for another dossier, another requester or outside its window fails.
 *
 * @param id the approval's id
 * @param dossier the dossier it covers
 * @param requester who asked for it (申请人); must be one of the readers
 * @param readers everyone who will consult (查阅人), at least the policy's minimum (two) for use actions
 * @param actions the actions it allows; copy and excerpt must be named, view does not imply them
 * @param classes the material classes (1-10) it covers; empty means every class except the policy's
 *     sensitive ones, which must always be named
 * @param purpose the purpose code from the policy's catalogue
 * @param issuingUnit the unit that approves (审批单位); it must hold management authority over the dossier
 * @param approvers who approved so far, in order, distinct
 * @param validFrom first instant it is valid (inclusive)
 * @param validTo first instant it is no longer valid (exclusive)
 * @param returnBy for a borrow, when the dossier must be back; otherwise {@code null}
 * @param status its workflow state
 * @param reason the rejection or revocation reason, or {@code null}
 */
public record Approval(
        ApprovalId id,
        DossierId dossier,
        PrincipalId requester,
        Set<PrincipalId> readers,
        Set<Action> actions,
        Set<Integer> classes,
        String purpose,
        UnitId issuingUnit,
        List<PrincipalId> approvers,
        Instant validFrom,
        Instant validTo,
        @Nullable Instant returnBy,
        ApprovalStatus status,
        @Nullable String reason) {

    public Approval {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(requester, "requester");
        readers = Set.copyOf(readers);
        actions = Set.copyOf(actions);
        classes = Set.copyOf(classes);
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(issuingUnit, "issuingUnit");
        approvers = List.copyOf(approvers);
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validTo, "validTo");
        Objects.requireNonNull(status, "status");
        if (!validTo.isAfter(validFrom)) {
            throw new IllegalArgumentException("approval " + id + ": validTo " + validTo + " is not after validFrom " + validFrom);
        }
        if (!readers.contains(requester)) {
            throw new IllegalArgumentException("approval " + id + ": requester " + requester + " is not among the readers");
        }
        if (actions.isEmpty()) {
            throw new IllegalArgumentException("approval " + id + " names no action");
        }
        for (Integer c : classes) {
            if (c < 1 || c > 10) {
                throw new IllegalArgumentException("approval " + id + ": material class " + c + " is outside 1-10");
            }
        }
        if (Set.copyOf(approvers).size() != approvers.size()) {
            throw new IllegalArgumentException("approval " + id + " lists an approver twice");
        }
    }

    /**
     * @param at an instant
     * @return true when {@code at} lies in [validFrom, validTo)
     */
    public boolean inWindow(Instant at) {
        return !at.isBefore(validFrom) && at.isBefore(validTo);
    }

    /**
     * @param classNumber a material class 1-10
     * @param sensitiveClasses the policy's sensitive classes
     * @return true when the approval covers that class
     */
    public boolean covers(int classNumber, Set<Integer> sensitiveClasses) {
        return classes.contains(classNumber) || (classes.isEmpty() && !sensitiveClasses.contains(classNumber));
    }

    /**
     * @param newStatus the status
     * @param newApprovers the approvers
     * @param newReason the reason, or {@code null}
     * @return a copy in another workflow state
     */
    public Approval with(ApprovalStatus newStatus, List<PrincipalId> newApprovers, @Nullable String newReason) {
        return new Approval(id, dossier, requester, readers, actions, classes, purpose, issuingUnit, newApprovers,
                validFrom, validTo, returnBy, newStatus, newReason);
    }
}

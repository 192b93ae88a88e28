package io.dangan.archive.access;

/** Where an approval stands in its workflow: request, approve or reject, use, expire or revoke. */
public enum ApprovalStatus {
    /** Filed, waiting for approvers (待审批). */
    REQUESTED,
    /** Approved by enough approvers (已批准); live inside its validity window. */
    APPROVED,
    /** Rejected with a reason (已驳回); never live. */
    REJECTED,
    /** Revoked before its end (已撤销); never live again. */
    REVOKED,
    /** A single-use approval (transfer, destroy) that has been used (已使用). */
    USED
}

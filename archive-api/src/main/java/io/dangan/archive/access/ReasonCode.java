package io.dangan.archive.access;

/**
 * Why a decision came out as it did; each is documented in {@code docs/codes.md}. A denial lists every
 * forbidding reason in rule order; a permit lists the reasons that granted it.
 */
public enum ReasonCode {
    // ---- grants ---------------------------------------------------------------------------
    /** The principal's unit holds management authority over the dossier through the unit tree (管理权限). */
    PERMIT_MANAGEMENT_AUTHORITY,
    /** Management authority comes from a live delegation (委托). */
    PERMIT_DELEGATION,
    /** A live approval covers the use (审批). */
    PERMIT_APPROVAL,
    /** The audit administrator reads the audit log (安全审计员). */
    PERMIT_AUDIT_ADMIN,
    /** The security administrator changes the policy (安全保密管理员). */
    PERMIT_SECURITY_ADMIN,

    // ---- unknown or malformed input (fail closed) -----------------------------------------------
    /** The principal is not in the directory. */
    UNKNOWN_PRINCIPAL,
    /** The dossier is not in the directory. */
    UNKNOWN_DOSSIER,
    /** The material is not in the archive ({@link Resource#unknownMaterial}). */
    UNKNOWN_MATERIAL,
    /** The purpose is missing or not in the policy's catalogue. */
    UNKNOWN_PURPOSE,
    /** The presented approval does not exist. */
    UNKNOWN_APPROVAL,
    /** The action does not fit the resource (e.g. read-audit on a dossier). */
    ACTION_RESOURCE_MISMATCH,
    /** Evaluation failed; the decision point denies rather than guess. */
    EVALUATION_ERROR,

    // ---- recusal (回避) -----------------------------------------------------------------------
    /** The principal is the dossier's subject (本人档案). */
    RECUSAL_SELF,
    /** The principal is a relative of the subject within the configured relation set (亲属档案). */
    RECUSAL_RELATIVE,
    /** A reader named in the approval is the subject or a relative. */
    RECUSAL_READER,
    /** An approver of the approval is the subject or a relative. */
    RECUSAL_APPROVER,

    // ---- separation of the three administrators (三员分立) ---------------------------------------
    /** The principal holds two or more of the system, security and audit administrator roles. */
    ADMIN_ROLES_COMBINED,
    /** An administrator role (e.g. the audit administrator) acts on a dossier. */
    ADMIN_NO_DOSSIER_ACCESS,

    // ---- authority and approvals ------------------------------------------------------------
    /** No unit of the principal holds management authority over the dossier. */
    NO_MANAGEMENT_AUTHORITY,
    /** The principal lacks the role the action needs (e.g. archivist to file). */
    ROLE_MISSING,
    /** A use action was asked without an approval. */
    APPROVAL_MISSING,
    /** The approval was issued for another dossier. */
    APPROVAL_OTHER_DOSSIER,
    /** The principal is not a reader of the approval. */
    APPROVAL_NOT_A_READER,
    /** The approval is requested or rejected, not approved. */
    APPROVAL_NOT_APPROVED,
    /** The approval was revoked. */
    APPROVAL_REVOKED,
    /** The single-use approval was already used. */
    APPROVAL_USED,
    /** {@code now} is before the approval's validFrom. */
    APPROVAL_NOT_YET_VALID,
    /** {@code now} is at or after the approval's validTo. */
    APPROVAL_EXPIRED,
    /** The approval does not name the action (copy and excerpt must be named). */
    APPROVAL_ACTION_NOT_NAMED,
    /** The approval's purpose differs from the request's. */
    APPROVAL_PURPOSE_MISMATCH,
    /** The approval's issuing unit holds no management authority over the dossier. */
    APPROVAL_ISSUER_NO_AUTHORITY,
    /** The approval names fewer readers than the policy's minimum (two). */
    TOO_FEW_READERS,
    /** An approver approved their own request. */
    SELF_APPROVAL,
    /** A transfer or destruction lacks two distinct approvers. */
    TWO_APPROVERS_REQUIRED,

    // ---- materials ---------------------------------------------------------------------------
    /** The material's label is above the principal's clearance. */
    CLEARANCE_INSUFFICIENT,
    /** The material's class is not covered by the approval. */
    CLASS_NOT_APPROVED,
    /** The material is of a sensitive class (e.g. 8 discipline, 5 political review) the approval does not name. */
    SENSITIVE_CLASS_NOT_NAMED,

    // ---- action limits -----------------------------------------------------------------------
    /** A borrow approval has no return date. */
    RETURN_DATE_MISSING,
    /** The loan period exceeds the policy's maximum. */
    LOAN_TOO_LONG,

    // ---- custom rules and the default ------------------------------------------------------------
    /** A custom forbid rule of the policy matched. */
    FORBIDDEN_BY_RULE,
    /** No rule permitted the request (default deny). */
    DEFAULT_DENY
}

package io.dangan.archive.access;

/**
 * A principal's role (角色). The three administrator roles (三员: system, security and audit
 * administrators, GB/T 39784-2021) are never combined in one person.
 */
public enum Role {
    /** A reader from a using unit (查阅人). */
    READER,
    /** An archivist of the dossier office (档案管理员): files, amends, supervises use. */
    ARCHIVIST,
    /** An approver (审批人) of use, transfer and destruction for a unit with management authority. */
    APPROVER,
    /** The system administrator (系统管理员): runs the system, sees no dossier content. */
    SYSTEM_ADMIN,
    /** The security administrator (安全保密管理员): administers the access policy. */
    SECURITY_ADMIN,
    /** The audit administrator (安全审计员): reads the audit log, sees no dossier. */
    AUDIT_ADMIN;

    /** @return true for the three administrator roles (三员) */
    public boolean isAdministrator() {
        return this == SYSTEM_ADMIN || this == SECURITY_ADMIN || this == AUDIT_ADMIN;
    }
}

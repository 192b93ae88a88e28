package io.dangan.archive.access;

/** What a request is about. */
public enum ResourceKind {
    /** A whole dossier (档案). */
    DOSSIER,
    /** One material of a dossier (档案材料). */
    MATERIAL,
    /** The audit log (审计日志). */
    AUDIT_LOG,
    /** The access policy itself (访问策略). */
    POLICY
}

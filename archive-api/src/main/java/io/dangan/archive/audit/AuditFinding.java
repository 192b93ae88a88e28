package io.dangan.archive.audit;

/** What verification of the audit log found (审计日志校验结论); each is documented in {@code docs/codes.md}. */
public enum AuditFinding {
    /** A record's content no longer matches its hash, or its hash was rewritten (篡改). */
    EVENT_ALTERED,
    /** A record is missing: the sequence skips, or a record links past its predecessor (删除). */
    EVENT_DELETED,
    /** A record was added that the chain does not link (插入). */
    EVENT_INSERTED,
    /** Records are out of order: a record links to one stored after it (乱序). */
    EVENT_REORDERED,
    /** A checkpoint's signature does not verify with the archive's key (伪造检查点). */
    CHECKPOINT_FORGED,
    /** A checkpoint's tree head or chain head differs from the records it covers. */
    CHECKPOINT_MISMATCH,
    /** A later checkpoint does not extend an earlier one (consistency proof fails). */
    CHECKPOINT_INCONSISTENT,
    /**
     * A stored Merkle subtree hash, from which checkpoints and proofs are read, is missing or differs from the
     * records it covers (子树索引不符). Proofs built from it fail to verify; none can be forged, since
     * checkpoints are signed.
     */
    TREE_NODE_MISMATCH
}

package io.dangan.archive.inventory;

/** The outcome for one item of an inventory (盘点结论); documented in {@code docs/codes.md}. */
public enum FindingKind {
    /** Expected here and seen here (在位). */
    FOUND,
    /** Expected here, seen at another location in scope (错架). */
    MISPLACED,
    /** Expected here, seen nowhere in scope while every reader covering its location worked (缺失). */
    MISSING,
    /** Expected here, not seen, but a reader or antenna covering its location was down: no verdict (未核验). */
    NOT_VERIFIED,
    /** Seen in scope but not expected (多出): see {@link UnexpectedReason}. */
    UNEXPECTED
}

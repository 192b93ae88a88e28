package io.dangan.archive.access;

/** The outcome of a decision. */
public enum Effect {
    /** Allowed (允许). */
    PERMIT,
    /** Refused (拒绝). */
    DENY
}

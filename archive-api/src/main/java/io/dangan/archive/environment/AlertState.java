package io.dangan.archive.environment;

/** An alert's lifecycle (告警状态): raised, then acknowledged by a person, then cleared when the condition ends. */
public enum AlertState {
    /** Raised and not yet acknowledged. */
    RAISED,
    /** Acknowledged; the condition persists. */
    ACKNOWLEDGED,
    /** The condition ended. */
    CLEARED
}

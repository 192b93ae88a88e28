package io.dangan.archive.environment;

/** How serious an alert is (告警等级), in increasing order. */
public enum Severity {
    /** Just outside the limits. */
    ALERT,
    /** Beyond the warning margin. */
    WARNING,
    /** Beyond the critical margin. */
    CRITICAL
}

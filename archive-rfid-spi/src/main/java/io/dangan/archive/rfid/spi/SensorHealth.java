package io.dangan.archive.rfid.spi;

/** A sensor's health (传感器状态). */
public enum SensorHealth {
    /** Reporting plausible readings on time. */
    ONLINE,
    /** Reporting, but its last reading was invalid. */
    DEGRADED,
    /** Silent for more than the configured number of expected intervals. */
    OFFLINE
}

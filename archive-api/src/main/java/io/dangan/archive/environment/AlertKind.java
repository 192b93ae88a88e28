package io.dangan.archive.environment;

/** What an environment alert is about (告警类型); documented in {@code docs/codes.md}. */
public enum AlertKind {
    /** The value is outside the room type's band. */
    OUT_OF_RANGE,
    /** The maximum minus the minimum over the last 24 hours exceeds the allowed swing. */
    DAILY_SWING,
    /** The value changed faster than allowed over the last hour. */
    RATE_OF_CHANGE,
    /** The sensor has been silent for more than the allowed number of intervals. */
    SENSOR_OFFLINE,
    /** The device raised an alarm of its own (passed through). */
    DEVICE_ALARM
}

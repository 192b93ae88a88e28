package io.dangan.archive.environment;

/** What is measured (测量量). */
public enum Measure {
    /** Temperature in °C. */
    TEMPERATURE,
    /** Relative humidity in %RH. */
    RELATIVE_HUMIDITY
}

package io.dangan.archive.environment;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading handed to the monitor (读数).
 *
 * @param sensorId the sensor
 * @param measure what
 * @param value the value in °C or %RH; any double when not usable
 * @param usable whether the device marked it usable (unusable readings are not evaluated and count as no data for
 *     offline detection)
 * @param at when it was measured
 */
public record Reading(String sensorId, Measure measure, double value, boolean usable, Instant at) {
    public Reading {
        Objects.requireNonNull(sensorId, "sensorId");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(at, "at");
        if (usable && !Double.isFinite(value)) {
            throw new IllegalArgumentException("a usable reading of " + sensorId + " is " + value);
        }
    }
}

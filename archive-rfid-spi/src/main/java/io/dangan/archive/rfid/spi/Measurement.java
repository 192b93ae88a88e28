package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * One reading of one quantity (测量值). A {@link Quality#GOOD} or {@link Quality#SUSPECT} value is finite and
 * physically possible ({@link Quantity#possible(double)}); an {@link Quality#INVALID} one carries whatever the
 * device sent, NaN included, so nothing is silently lost.
 *
 * <p>Construction throws {@link IllegalArgumentException} for a usable-quality value that is not possible.
 *
 * @param deviceId the sensor device's id
 * @param sequence the per-device sequence number
 * @param at when it was measured
 * @param sensorId the sensor
 * @param quantity what was measured
 * @param value the value in the quantity's unit
 * @param quality how far it can be trusted
 */
public record Measurement(String deviceId, long sequence, Instant at, String sensorId, Quantity quantity,
        double value, Quality quality) implements SensorEvent {
    public Measurement {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(sensorId, "sensorId");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(quality, "quality");
        if (quality != Quality.INVALID && !quantity.possible(value)) {
            throw new IllegalArgumentException("sensor " + sensorId + ": " + quantity + " " + value + " "
                    + quantity.unit() + " is not possible for quality " + quality);
        }
    }

    /** @return whether the value may be used for evaluation ({@link Quality#GOOD} or {@link Quality#SUSPECT}) */
    public boolean usable() {
        return quality != Quality.INVALID;
    }

    @Override
    public boolean droppable() {
        return true;
    }
}

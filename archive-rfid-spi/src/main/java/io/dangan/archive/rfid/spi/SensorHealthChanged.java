package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A sensor's health changed (传感器状态变化).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param sensorId the sensor
 * @param health its new health
 * @param detail why
 */
public record SensorHealthChanged(String deviceId, long sequence, Instant at, String sensorId, SensorHealth health, String detail) implements SensorEvent {
    public SensorHealthChanged {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(sensorId, "sensorId");
        Objects.requireNonNull(health, "health");
        Objects.requireNonNull(detail, "detail");
    }
}

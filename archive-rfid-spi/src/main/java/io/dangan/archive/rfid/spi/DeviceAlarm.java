package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An alarm raised by the device itself, passed through as is (设备自身告警): a probe's own threshold, tamper, low battery. Policy decisions stay in the core.
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param sensorId the sensor, or the device id for device-wide alarms
 * @param alarmCode the vendor's alarm code
 * @param message the vendor's text
 */
public record DeviceAlarm(String deviceId, long sequence, Instant at, String sensorId, String alarmCode, String message) implements SensorEvent {
    public DeviceAlarm {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(sensorId, "sensorId");
        Checks.name(alarmCode, "alarmCode");
        Objects.requireNonNull(message, "message");
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A fault the device or its driver reports (设备故障): a malformed frame, a refused command, a garbage value that was discarded.
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param code a short stable code, e.g. {@code GARBAGE_VALUE}
 * @param message what happened
 */
public record DeviceFault(String deviceId, long sequence, Instant at, String code, String message) implements ReaderEvent, DoorEvent, SensorEvent {
    public DeviceFault {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(code, "code");
        Objects.requireNonNull(message, "message");
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The device's lifecycle state changed (连接状态变化).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param from the previous state
 * @param to the new state
 * @param detail why, e.g. the lost-link cause; may be empty
 */
public record ConnectionChanged(String deviceId, long sequence, Instant at, ConnectionState from, ConnectionState to, String detail) implements ReaderEvent, DoorEvent, SensorEvent {
    public ConnectionChanged {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(detail, "detail");
        if (from == to) {
            throw new IllegalArgumentException("state change from " + from + " to itself");
        }
    }
}

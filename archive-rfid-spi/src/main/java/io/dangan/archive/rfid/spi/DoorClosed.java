package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * A door closed (门关闭).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param doorId the door
 */
public record DoorClosed(String deviceId, long sequence, Instant at, String doorId) implements DoorEvent.AtDoor {
    public DoorClosed {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(doorId, "doorId");
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A door stayed open longer than allowed (门长时间未关).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param doorId the door
 * @param openFor how long it has been open
 */
public record DoorHeldOpen(String deviceId, long sequence, Instant at, String doorId, Duration openFor) implements DoorEvent.AtDoor {
    public DoorHeldOpen {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(doorId, "doorId");
        Checks.positive(openFor, "openFor");
    }
}

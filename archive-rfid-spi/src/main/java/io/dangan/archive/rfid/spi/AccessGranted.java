package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The controller granted access at a door (授权通行). The credential is an opaque reference, never a card number in clear.
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param doorId the door
 * @param credentialRef an opaque reference to the credential presented
 */
public record AccessGranted(String deviceId, long sequence, Instant at, String doorId, String credentialRef) implements DoorEvent.AtDoor {
    public AccessGranted {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(doorId, "doorId");
        Checks.name(credentialRef, "credentialRef");
    }
}

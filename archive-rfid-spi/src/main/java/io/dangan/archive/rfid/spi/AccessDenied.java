package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The controller denied access at a door (拒绝通行).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param doorId the door
 * @param credentialRef an opaque reference to the credential presented
 * @param reason the controller's reason
 */
public record AccessDenied(String deviceId, long sequence, Instant at, String doorId, String credentialRef, String reason) implements DoorEvent.AtDoor {
    public AccessDenied {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Checks.name(doorId, "doorId");
        Checks.name(credentialRef, "credentialRef");
        Checks.name(reason, "reason");
    }
}

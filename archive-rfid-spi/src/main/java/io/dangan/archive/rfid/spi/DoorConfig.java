package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A door controller's configuration (门禁配置).
 *
 * @param device the common settings
 * @param doorIds the doors it controls, at least one, distinct
 * @param heldOpenAfter how long a door may stay open before a held-open event
 */
public record DoorConfig(DeviceConfig device, List<String> doorIds, Duration heldOpenAfter) {
    public DoorConfig {
        Objects.requireNonNull(device, "device");
        doorIds = List.copyOf(doorIds);
        if (doorIds.isEmpty()) {
            throw new IllegalArgumentException("door controller " + device.deviceId() + " has no door configured");
        }
        if (new HashSet<>(doorIds).size() != doorIds.size()) {
            throw new IllegalArgumentException("door controller " + device.deviceId() + ": a door id is listed twice");
        }
        doorIds.forEach(d -> Checks.name(d, "doorId"));
        Checks.positive(heldOpenAfter, "heldOpenAfter");
    }

    /**
     * @param device the common settings
     * @param doorIds the doors
     * @return a configuration with a 60 s held-open limit
     */
    public static DoorConfig of(DeviceConfig device, List<String> doorIds) {
        return new DoorConfig(device, doorIds, Duration.ofSeconds(60));
    }
}

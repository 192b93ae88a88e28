package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An antenna was connected or disconnected (天线状态变化).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param port the antenna port
 * @param alias its alias
 * @param connected whether it is now connected
 */
public record AntennaChanged(String deviceId, long sequence, Instant at, int port, String alias, boolean connected) implements ReaderEvent {
    public AntennaChanged {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        if (port < 1) {
            throw new IllegalArgumentException("antenna port " + port + " is below 1");
        }
        Checks.name(alias, "alias");
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery queue was full and dropped events (投递溢出): only tag observations and measurements are dropped, the oldest first; state events never are.
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param dropped how many events were dropped since the previous overflow report, at least 1
 * @param droppedTotal how many were dropped since the device was opened
 */
public record DeliveryOverflow(String deviceId, long sequence, Instant at, long dropped, long droppedTotal) implements ReaderEvent, DoorEvent, SensorEvent {
    public DeliveryOverflow {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        if (dropped < 1 || droppedTotal < dropped) {
            throw new IllegalArgumentException("dropped " + dropped + " of total " + droppedTotal + " is inconsistent");
        }
    }
}

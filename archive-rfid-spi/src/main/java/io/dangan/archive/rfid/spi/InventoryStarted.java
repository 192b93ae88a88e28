package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An inventory started (盘点开始).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param reason why it started
 */
public record InventoryStarted(String deviceId, long sequence, Instant at, Reason reason) implements ReaderEvent {
    public InventoryStarted {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why an inventory started. */
    public enum Reason {
        /** {@code start()} or a one-shot inventory was called. */
        REQUESTED,
        /** It resumed after a reconnect. */
        RESUMED
    }
}

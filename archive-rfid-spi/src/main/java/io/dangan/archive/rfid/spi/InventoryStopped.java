package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * An inventory stopped (盘点停止).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param reason why it stopped
 */
public record InventoryStopped(String deviceId, long sequence, Instant at, Reason reason) implements ReaderEvent {
    public InventoryStopped {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why an inventory stopped. */
    public enum Reason {
        /** {@code stop()} was called or a one-shot inventory's window ended. */
        REQUESTED,
        /** The link was lost. */
        CONNECTION_LOST,
        /** The device stopped it on its own (a trigger, an error). */
        DEVICE,
        /** The reader is closing. */
        CLOSED
    }
}

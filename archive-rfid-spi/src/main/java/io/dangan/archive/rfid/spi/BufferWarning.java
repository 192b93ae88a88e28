package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;

/**
 * The reader's own report buffer is filling up (缓冲告警).
 *
 * @param deviceId the device's id
 * @param sequence the per-device sequence number
 * @param at when it happened
 * @param fillPercent how full it is, 0 to 100
 */
public record BufferWarning(String deviceId, long sequence, Instant at, int fillPercent) implements ReaderEvent {
    public BufferWarning {
        Checks.name(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        if (fillPercent < 0 || fillPercent > 100) {
            throw new IllegalArgumentException("buffer fill " + fillPercent + "% is outside 0..100");
        }
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A tag was observed (标签读取): the tag's id, the antenna and the optional report fields. Every optional field may
 * be absent ({@code null}); values that are present are physically plausible (drivers discard garbage and
 * report it as a {@link DeviceFault}).
 *
 * <p>Construction throws {@link IllegalArgumentException} for an implausible value.
 *
 * @param deviceId the reader's id
 * @param sequence the per-reader sequence number
 * @param at when the report was received, from the configuration's clock
 * @param tag the tag's id
 * @param antennaPort the antenna port, from 1
 * @param antennaAlias the antenna's alias (its location name)
 * @param rssiDbm peak RSSI in dBm, -128 to 20, or {@code null}
 * @param phaseDegrees RF phase angle in degrees, 0 (inclusive) to 360 (exclusive), or {@code null}
 * @param channelMhz RF channel in MHz, above 0 and at most 6,000, or {@code null}
 * @param firstSeenMicros first seen, reader clock in microseconds, or {@code null}
 * @param lastSeenMicros last seen, reader clock in microseconds, not before first seen, or {@code null}
 * @param seenCount how many times the reader saw the tag for this report, at least 1
 */
public record TagObserved(
        String deviceId,
        long sequence,
        Instant at,
        TagId tag,
        int antennaPort,
        String antennaAlias,
        @Nullable Double rssiDbm,
        @Nullable Double phaseDegrees,
        @Nullable Double channelMhz,
        @Nullable Long firstSeenMicros,
        @Nullable Long lastSeenMicros,
        int seenCount) implements ReaderEvent {

    /** The lowest plausible RSSI in dBm. */
    public static final double MIN_RSSI_DBM = -128.0;
    /** The highest plausible RSSI in dBm. */
    public static final double MAX_RSSI_DBM = 20.0;

    public TagObserved {
        Objects.requireNonNull(deviceId, "deviceId");
        Checks.sequence(sequence);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(antennaAlias, "antennaAlias");
        if (antennaPort < 1) {
            throw new IllegalArgumentException("antenna port " + antennaPort + " is below 1");
        }
        if (rssiDbm != null && !plausibleRssi(rssiDbm)) {
            throw new IllegalArgumentException("RSSI " + rssiDbm + " dBm is outside -128..20");
        }
        if (phaseDegrees != null && !plausiblePhase(phaseDegrees)) {
            throw new IllegalArgumentException("phase " + phaseDegrees + " degrees is outside [0, 360)");
        }
        if (channelMhz != null && !plausibleChannel(channelMhz)) {
            throw new IllegalArgumentException("channel " + channelMhz + " MHz is outside (0, 6000]");
        }
        if (firstSeenMicros != null && lastSeenMicros != null && lastSeenMicros < firstSeenMicros) {
            throw new IllegalArgumentException("last seen " + lastSeenMicros + " is before first seen " + firstSeenMicros);
        }
        if (seenCount < 1) {
            throw new IllegalArgumentException("seen count " + seenCount + " is below 1");
        }
    }

    /**
     * A minimal observation with only RSSI.
     *
     * @param deviceId the reader's id
     * @param sequence the sequence number
     * @param at when
     * @param tag the tag
     * @param antennaPort the antenna port
     * @param antennaAlias the antenna alias
     * @param rssiDbm the RSSI in dBm, or {@code null}
     * @return the observation, seen once
     */
    public static TagObserved of(String deviceId, long sequence, Instant at, TagId tag, int antennaPort,
            String antennaAlias, @Nullable Double rssiDbm) {
        return new TagObserved(deviceId, sequence, at, tag, antennaPort, antennaAlias, rssiDbm, null, null, null, null, 1);
    }

    /**
     * @param dbm a value
     * @return whether it is a plausible RSSI
     */
    public static boolean plausibleRssi(double dbm) {
        return dbm >= MIN_RSSI_DBM && dbm <= MAX_RSSI_DBM;
    }

    /**
     * @param degrees a value
     * @return whether it is a plausible phase angle
     */
    public static boolean plausiblePhase(double degrees) {
        return degrees >= 0.0 && degrees < 360.0;
    }

    /**
     * @param mhz a value
     * @return whether it is a plausible channel frequency
     */
    public static boolean plausibleChannel(double mhz) {
        return mhz > 0.0 && mhz <= 6000.0;
    }

    @Override
    public boolean droppable() {
        return true;
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * Link monitoring (心跳): the device is probed every {@code period}; after {@code missedLimit} periods without a
 * sign of life the connection counts as lost and the reconnect policy takes over.
 *
 * @param period the probe period; {@link Duration#ZERO} disables monitoring
 * @param missedLimit how many periods may pass without a sign of life, at least 1
 */
public record KeepalivePolicy(Duration period, int missedLimit) {
    public KeepalivePolicy {
        Objects.requireNonNull(period, "period");
        if (period.isNegative()) {
            throw new IllegalArgumentException("keepalive period " + period + " is negative");
        }
        if (missedLimit < 1) {
            throw new IllegalArgumentException("keepalive missedLimit " + missedLimit + " is below 1");
        }
    }

    /**
     * @param period the probe period
     * @param missedLimit the missed periods tolerated
     * @return the policy
     */
    public static KeepalivePolicy of(Duration period, int missedLimit) {
        return new KeepalivePolicy(period, missedLimit);
    }

    /** @return the default: a probe every 3 s, lost after 5 missed (the LLRP sample values) */
    public static KeepalivePolicy defaults() {
        return new KeepalivePolicy(Duration.ofSeconds(3), 5);
    }

    /** @return no link monitoring */
    public static KeepalivePolicy disabled() {
        return new KeepalivePolicy(Duration.ZERO, 1);
    }

    /** @return whether monitoring is on */
    public boolean enabled() {
        return !period.isZero();
    }

    /** @return how long without a sign of life counts as a dead link */
    public Duration deadAfter() {
        return period.multipliedBy(missedLimit);
    }
}

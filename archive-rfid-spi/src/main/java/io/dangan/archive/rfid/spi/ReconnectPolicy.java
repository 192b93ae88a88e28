package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * How a device reconnects after a lost link (重连策略): exponential back-off from {@code initialDelay}, multiplied
 * by {@code multiplier} per attempt and capped at {@code maxDelay}, for at most {@code maxAttempts} attempts
 * (then the device is {@link ConnectionState#FAILED}).
 *
 * @param maxAttempts the attempts before giving up; 0 disables reconnecting
 * @param initialDelay the delay before the first attempt
 * @param maxDelay the longest delay between attempts
 * @param multiplier the back-off factor, at least 1
 */
public record ReconnectPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay, double multiplier) {
    public ReconnectPolicy {
        if (maxAttempts < 0) {
            throw new IllegalArgumentException("reconnect maxAttempts " + maxAttempts + " is negative");
        }
        Objects.requireNonNull(initialDelay, "initialDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (initialDelay.isNegative() || maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("reconnect delays " + initialDelay + ".." + maxDelay
                    + " must be non-negative and ordered");
        }
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("reconnect multiplier " + multiplier + " must be finite and at least 1");
        }
    }

    /** @return the default: 10 attempts from 500 ms, doubling, capped at 30 s */
    public static ReconnectPolicy defaults() {
        return new ReconnectPolicy(10, Duration.ofMillis(500), Duration.ofSeconds(30), 2.0);
    }

    /** @return never reconnect: a lost link ends in {@link ConnectionState#FAILED} */
    public static ReconnectPolicy never() {
        return new ReconnectPolicy(0, Duration.ZERO, Duration.ZERO, 1.0);
    }

    /**
     * @param attempt the attempt number, from 1
     * @return the delay before that attempt
     */
    public Duration delayBefore(int attempt) {
        if (attempt < 1) {
            throw new IllegalArgumentException("attempt " + attempt + " is below 1");
        }
        double nanos = initialDelay.toNanos() * Math.pow(multiplier, attempt - 1);
        long capped = nanos >= maxDelay.toNanos() ? maxDelay.toNanos() : (long) nanos;
        return Duration.ofNanos(capped);
    }
}

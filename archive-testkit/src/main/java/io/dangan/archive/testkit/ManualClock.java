package io.dangan.archive.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that moves only when told (手动时钟), for deterministic tests of deadlines, validity windows,
 * offline detection and anything else that depends on time.
 *
 * <p>Thread-safe: the instant is held atomically, so a test thread may advance it while the code under
 * test reads it. Copies made by {@link #withZone(ZoneId)} share the same instant.
 */
public final class ManualClock extends Clock {
    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private ManualClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /**
     * A clock standing at an instant, in the China Standard Time zone (UTC+8) used by the archive rules.
     *
     * @param start the initial instant
     * @return the clock
     */
    public static ManualClock at(Instant start) {
        return new ManualClock(new AtomicReference<>(Objects.requireNonNull(start, "start")), ZoneId.of("Asia/Shanghai"));
    }

    /**
     * A clock standing at an ISO-8601 instant, e.g. {@code 2026-03-01T09:00:00+08:00}.
     *
     * @param isoInstant the instant as text with an offset or {@code Z}
     * @return the clock
     */
    public static ManualClock at(String isoInstant) {
        return at(java.time.OffsetDateTime.parse(isoInstant).toInstant());
    }

    /**
     * Moves the clock forward.
     *
     * @param amount how far; must not be negative
     * @return this clock
     */
    public ManualClock advance(Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("cannot advance by a negative duration " + amount);
        }
        now.updateAndGet(i -> i.plus(amount));
        return this;
    }

    /**
     * Sets the clock to an instant, forwards or backwards (to test clock skew).
     *
     * @param instant the new instant
     * @return this clock
     */
    public ManualClock set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
        return this;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public ManualClock withZone(ZoneId newZone) {
        return new ManualClock(now, Objects.requireNonNull(newZone, "zone"));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    /** @return a fixed UTC clock at the current instant, for code that wants an immutable snapshot */
    public Clock snapshot() {
        return Clock.fixed(instant(), ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "ManualClock[" + now.get() + ", " + zone + "]";
    }
}

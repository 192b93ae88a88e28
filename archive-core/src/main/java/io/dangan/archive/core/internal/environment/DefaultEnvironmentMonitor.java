package io.dangan.archive.core.internal.environment;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.environment.Limits;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.environment.Severity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Environment monitoring with per-sensor state: tiered range alerts with a dead-band, the 24-hour swing over
 * 96 quarter-hour buckets of minimum, maximum and first value (the other buckets' extremes cached per quarter hour,
 * so a reading costs a constant few memory accesses), the rate of change against the bucket about an hour
 * old, offline detection, and the alert lifecycle. A reading that changes no alert allocates nothing (messages are
 * formatted only when an alert changes), so evaluation adds no garbage for the collector to pause over. Each
 * sensor has its own lock, so sensors are evaluated in parallel; every alert change is emitted as an
 * {@link AlertChanged}.
 *
 * <p>Alert bookkeeping: every change is first recorded in the {@link AlertStore} (the only store access, so a
 * reading that changes no alert touches no database), then applied in memory and emitted; when the store refuses,
 * nothing changes and the reading's evaluation throws. A monitor opened over a store reloads the open alerts and
 * continues their ids; a registering sensor takes its open alerts back, so they escalate and clear as before.
 */
public final class DefaultEnvironmentMonitor implements EnvironmentMonitor {
    static final long BUCKET_MILLIS = 15 * 60 * 1000L;
    static final int BUCKETS = 96;

    private final Map<String, EnvironmentProfile> profiles;
    private final Clock clock;
    private final EventSink events;
    private final int missedIntervals;
    private final Map<String, SensorState> sensors = new ConcurrentHashMap<>();
    private final Map<String, Held> alerts = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AlertStore store;

    /** A mutable alert behind its immutable snapshots. */
    private static final class Held {
        volatile EnvironmentAlert alert;

        Held(EnvironmentAlert alert) {
            this.alert = alert;
        }
    }

    private static final class Series {
        final Limits limits;
        final float[] min = new float[BUCKETS];
        final float[] max = new float[BUCKETS];
        final float[] first = new float[BUCKETS];
        final long[] firstAt = new long[BUCKETS];
        final long[] index = new long[BUCKETS];
        long restFor = Long.MIN_VALUE;
        float restMin;
        float restMax;
        @Nullable Held range;
        @Nullable Severity rangeSeverity;
        @Nullable Held swing;
        @Nullable Held rate;

        Series(Limits limits) {
            this.limits = limits;
            java.util.Arrays.fill(index, Long.MIN_VALUE);
        }
    }

    private static final class SensorState {
        final String sensorId;
        final String room;
        final Duration interval;
        final Series[] series = new Series[2];
        /** Scratch list of one reading's alert changes, reused so a reading that changes nothing allocates nothing. */
        final List<EnvironmentAlert> changed = new ArrayList<>(4);
        /**
         * The latest reading time, as primitives: storing each reading's {@code Instant} here made every reading
         * write a young object into this old one, 10,000 dirty cards a second for each young collection to scan.
         */
        long lastSeenSecond;
        int lastSeenNano;
        /** Invalid readings received since the latest usable one. */
        int invalidSinceUsable;
        @Nullable Held offline;

        SensorState(String sensorId, String room, Duration interval, EnvironmentProfile profile, Instant now) {
            this.sensorId = sensorId;
            this.room = room;
            this.interval = interval;
            this.lastSeenSecond = now.getEpochSecond();
            this.lastSeenNano = now.getNano();
            series[0] = new Series(profile.temperature());
            series[1] = new Series(profile.humidity());
        }

        /** Moves the latest reading time forward to {@code at} when it is later. */
        void seen(Instant at) {
            long second = at.getEpochSecond();
            if (second > lastSeenSecond || second == lastSeenSecond && at.getNano() > lastSeenNano) {
                lastSeenSecond = second;
                lastSeenNano = at.getNano();
            }
        }

        Instant lastSeen() {
            return Instant.ofEpochSecond(lastSeenSecond, lastSeenNano);
        }
    }

    /**
     * A monitor keeping its open alerts in memory only.
     *
     * @param profiles the profile table per room type
     * @param missedIntervals expected intervals of silence before a sensor is offline, at least 1
     * @param clock the clock
     * @param events receives alert changes
     */
    public DefaultEnvironmentMonitor(Map<String, EnvironmentProfile> profiles, int missedIntervals, Clock clock,
            EventSink events) {
        this(profiles, missedIntervals, clock, events, MemoryAlertStore.openOnly());
    }

    /**
     * A monitor recording its alerts in a store; the store's open alerts are reloaded now.
     *
     * @param profiles the profile table per room type
     * @param missedIntervals expected intervals of silence before a sensor is offline, at least 1
     * @param clock the clock
     * @param events receives alert changes
     * @param store where alerts and their changes are kept
     */
    public DefaultEnvironmentMonitor(Map<String, EnvironmentProfile> profiles, int missedIntervals, Clock clock,
            EventSink events, AlertStore store) {
        this.profiles = Map.copyOf(profiles);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
        if (missedIntervals < 1) {
            throw new IllegalArgumentException("missedIntervals " + missedIntervals + " is below 1");
        }
        this.missedIntervals = missedIntervals;
        this.store = Objects.requireNonNull(store, "store");
        reload();
    }

    @Override
    public void registerSensor(String sensorId, String room, String roomType, Duration expectedInterval) {
        EnvironmentProfile p = profiles.get(roomType);
        if (p == null) {
            throw new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, sensorId, "sensor " + sensorId
                    + ": room type '" + roomType + "' has no profile; known types " + new java.util.TreeSet<>(profiles.keySet()));
        }
        if (expectedInterval.isNegative() || expectedInterval.isZero()) {
            throw new IllegalArgumentException("expected interval " + expectedInterval + " must be positive");
        }
        SensorState state = new SensorState(sensorId, room, expectedInterval, p, clock.instant());
        reattach(state);
        sensors.put(sensorId, state);
    }

    private SensorState sensor(String sensorId) {
        SensorState s = sensors.get(sensorId);
        if (s == null) {
            throw new NotFoundException(ErrorCode.SENSOR_UNKNOWN, sensorId, "sensor " + sensorId + " is not registered");
        }
        return s;
    }

    private static String unit(Measure m) {
        return m == Measure.TEMPERATURE ? "°C" : "%RH";
    }

    private static String name(Measure m) {
        return m == Measure.TEMPERATURE ? "温度" : "相对湿度";
    }

    @Override
    public List<EnvironmentAlert> accept(Reading reading) {
        SensorState s = sensor(reading.sensorId());
        synchronized (s) {
            List<EnvironmentAlert> changed = s.changed;
            changed.clear();
            if (!reading.usable()) {
                // an invalid value is no data: a probe stuck on garbage goes offline like a silent one
                s.invalidSinceUsable++;
                return result(changed);
            }
            s.seen(reading.at());
            s.invalidSinceUsable = 0;
            if (s.offline != null) {
                clear(s.offline, reading.at(), "system", changed);
                s.offline = null;
            }
            Measure m = reading.measure();
            Series series = s.series[m.ordinal()];
            Limits l = series.limits;
            double v = reading.value();
            long at = reading.at().toEpochMilli();
            evaluateRange(s, series, m, v, reading.at(), changed);
            // 24-hour swing
            long bucket = Math.floorDiv(at, BUCKET_MILLIS);
            int slot = (int) Math.floorMod(bucket, (long) BUCKETS);
            if (series.index[slot] != bucket) {
                series.index[slot] = bucket;
                series.min[slot] = (float) v;
                series.max[slot] = (float) v;
                series.first[slot] = (float) v;
                series.firstAt[slot] = at;
            } else {
                series.min[slot] = Math.min(series.min[slot], (float) v);
                series.max[slot] = Math.max(series.max[slot], (float) v);
            }
            if (series.restFor != bucket) {
                // min and max of the other buckets of the last 24 hours, recomputed once per quarter hour
                float rmin = Float.POSITIVE_INFINITY;
                float rmax = Float.NEGATIVE_INFINITY;
                long oldest = bucket - BUCKETS + 1;
                for (int i = 0; i < BUCKETS; i++) {
                    if (i != slot && series.index[i] >= oldest && series.index[i] < bucket) {
                        rmin = Math.min(rmin, series.min[i]);
                        rmax = Math.max(rmax, series.max[i]);
                    }
                }
                series.restMin = rmin;
                series.restMax = rmax;
                series.restFor = bucket;
            }
            float lo = Math.min(series.restMin, series.min[slot]);
            float hi = Math.max(series.restMax, series.max[slot]);
            double swing = hi - lo;
            if (series.swing == null && swing > l.maxSwing()) {
                series.swing = raise(s, AlertKind.DAILY_SWING, m, Severity.WARNING, reading.at(), swing,
                        "24 小时" + name(m) + "波动 " + fmt(swing) + unit(m) + "，超过 " + fmt(l.maxSwing()) + unit(m), changed);
            } else if (series.swing != null && swing <= l.maxSwing() - l.deadBand()) {
                clear(series.swing, reading.at(), "system", changed);
                series.swing = null;
            }
            // rate of change against the bucket about an hour old (at least a quarter hour)
            double rate = Double.NaN;
            for (long back = 4; back >= 1; back--) {
                int j = (int) Math.floorMod(bucket - back, (long) BUCKETS);
                if (series.index[j] == bucket - back) {
                    double hours = (at - series.firstAt[j]) / 3_600_000.0;
                    if (hours >= 0.25) {
                        rate = (v - series.first[j]) / hours;
                    }
                    break;
                }
            }
            if (!Double.isNaN(rate)) {
                double abs = Math.abs(rate);
                if (series.rate == null && abs > l.maxRatePerHour()) {
                    series.rate = raise(s, AlertKind.RATE_OF_CHANGE, m, Severity.WARNING, reading.at(), rate,
                            name(m) + "变化速率 " + fmt(rate) + unit(m) + "/小时，超过 ±" + fmt(l.maxRatePerHour()), changed);
                } else if (series.rate != null && abs <= l.maxRatePerHour() - l.deadBand()) {
                    clear(series.rate, reading.at(), "system", changed);
                    series.rate = null;
                }
            }
            return result(changed);
        }
    }

    /** @return an immutable copy of a reading's changes; the shared empty list when there are none (most readings) */
    private static List<EnvironmentAlert> result(List<EnvironmentAlert> changed) {
        return changed.isEmpty() ? List.of() : List.copyOf(changed);
    }

    private static @Nullable Severity tier(double excess, Limits l) {
        if (excess > l.criticalMargin()) {
            return Severity.CRITICAL;
        }
        if (excess > l.warningMargin()) {
            return Severity.WARNING;
        }
        if (excess > 0) {
            return Severity.ALERT;
        }
        return null;
    }

    private void evaluateRange(SensorState s, Series series, Measure m, double v, Instant at,
            List<EnvironmentAlert> changed) {
        Limits l = series.limits;
        double excess = l.excess(v);
        Severity target = tier(excess, l);
        Severity current = series.rangeSeverity;
        Severity next;
        if (current == null) {
            next = target;
        } else if (target != null && target.compareTo(current) > 0) {
            next = target;
        } else {
            // lower only once the value is inside the lower tier by the dead-band
            Severity relaxed = tier(l.signedExcess(v) + l.deadBand(), l);
            next = relaxed == null || relaxed.compareTo(current) < 0 ? relaxed : current;
        }
        if (current == null && next != null) {
            series.range = raise(s, AlertKind.OUT_OF_RANGE, m, next, at, v, rangeMessage(m, v, l), changed);
        } else if (current != null && next == null) {
            clear(series.range, at, "system", changed);
            series.range = null;
        } else if (current != null && next != current) {
            changeSeverity(series.range, current, next, at, v, rangeMessage(m, v, l), changed);
        }
        series.rangeSeverity = next;
    }

    /** Built only when an alert is raised or changes tier: formatting on every reading was the hot path's garbage. */
    private static String rangeMessage(Measure m, double v, Limits l) {
        return name(m) + " " + fmt(v) + unit(m) + "，标准 " + fmt(l.low()) + "-" + fmt(l.high()) + unit(m);
    }

    private static String fmt(double d) {
        return String.format(java.util.Locale.ROOT, "%.1f", d);
    }

    // ---- alert bookkeeping: record in the store, then change memory, then emit ---------------------------------

    private Held raise(SensorState s, AlertKind kind, @Nullable Measure m, Severity severity, Instant at, double value,
            String message, List<EnvironmentAlert> changed) {
        long serial = ids.incrementAndGet();
        String id = AlertStore.ID_PREFIX + String.format(java.util.Locale.ROOT, "%06d", serial);
        EnvironmentAlert a = new EnvironmentAlert(id, s.sensorId, s.room, kind, m, severity, AlertState.RAISED, at, value,
                message, null, null);
        AlertChanged change = new AlertChanged(at, "system", AlertChanged.Change.RAISED, a);
        store.record(change);
        Held h = new Held(a);
        alerts.put(id, h);
        changed.add(a);
        events.emit(change);
        return h;
    }

    private void changeSeverity(Held h, Severity current, Severity next, Instant at, double v, String msg,
            List<EnvironmentAlert> changed) {
        EnvironmentAlert a = h.alert;
        EnvironmentAlert updated = new EnvironmentAlert(a.id(), a.sensorId(), a.room(), a.kind(), a.measure(), next,
                a.state(), a.raisedAt(), v, msg, a.acknowledgedBy(), null);
        AlertChanged change = new AlertChanged(at, "system", next.compareTo(current) > 0
                ? AlertChanged.Change.ESCALATED : AlertChanged.Change.DEESCALATED, updated);
        store.record(change);
        h.alert = updated;
        changed.add(updated);
        events.emit(change);
    }

    private void clear(Held h, Instant at, String actor, List<EnvironmentAlert> changed) {
        EnvironmentAlert a = h.alert;
        EnvironmentAlert cleared = new EnvironmentAlert(a.id(), a.sensorId(), a.room(), a.kind(), a.measure(),
                a.severity(), AlertState.CLEARED, a.raisedAt(), a.value(), a.message(), a.acknowledgedBy(), at);
        AlertChanged change = new AlertChanged(at, actor, AlertChanged.Change.CLEARED, cleared);
        store.record(change);
        h.alert = cleared;
        alerts.remove(a.id());
        changed.add(cleared);
        events.emit(change);
    }

    /** Takes the store's open alerts into memory and continues after its highest alert serial. */
    private void reload() {
        for (EnvironmentAlert a : store.open()) {
            alerts.put(a.id(), new Held(a));
        }
        ids.set(Math.max(ids.get(), store.lastSerial()));
    }

    /** Gives a registering sensor its open alerts back, so that they escalate and clear as if never interrupted. */
    private void reattach(SensorState s) {
        for (Held h : alerts.values()) {
            EnvironmentAlert a = h.alert;
            if (!a.sensorId().equals(s.sensorId)) {
                continue;
            }
            Measure m = a.measure();
            switch (a.kind()) {
                case OUT_OF_RANGE -> {
                    Series series = s.series[Objects.requireNonNull(m, "measure").ordinal()];
                    series.range = h;
                    series.rangeSeverity = a.severity();
                }
                case DAILY_SWING -> s.series[Objects.requireNonNull(m, "measure").ordinal()].swing = h;
                case RATE_OF_CHANGE -> s.series[Objects.requireNonNull(m, "measure").ordinal()].rate = h;
                case SENSOR_OFFLINE -> s.offline = h;
                case DEVICE_ALARM -> {
                    // cleared by hand only; nothing in the evaluation refers to it
                }
            }
        }
    }

    /** The lock an alert's changes take: its sensor's, or the alert's own while its sensor is not registered. */
    private Object lockOf(Held h) {
        SensorState s = sensors.get(h.alert.sensorId());
        return s != null ? s : h;
    }

    @Override
    public EnvironmentAlert deviceAlarm(String sensorId, String alarmCode, Instant at) {
        SensorState s = sensor(sensorId);
        List<EnvironmentAlert> changed = new ArrayList<>(1);
        synchronized (s) {
            raise(s, AlertKind.DEVICE_ALARM, null, Severity.WARNING, at, Double.NaN, "设备告警 " + alarmCode, changed);
        }
        return changed.get(0);
    }

    @Override
    public List<EnvironmentAlert> checkOffline(Instant now) {
        List<EnvironmentAlert> changed = new ArrayList<>();
        for (SensorState s : sensors.values()) {
            synchronized (s) {
                Duration silent = Duration.between(s.lastSeen(), now);
                if (s.offline == null && silent.compareTo(s.interval.multipliedBy(missedIntervals)) > 0) {
                    String what = s.invalidSinceUsable == 0 ? " 秒无数据（应每 "
                            : " 秒无有效读数（其间收到无效读数 " + s.invalidSinceUsable + " 条；应每 ";
                    s.offline = raise(s, AlertKind.SENSOR_OFFLINE, null, Severity.WARNING, now, Double.NaN,
                            "传感器 " + s.sensorId + " 已 " + silent.toSeconds() + what
                                    + s.interval.toSeconds() + " 秒上报）", changed);
                }
            }
        }
        return changed;
    }

    @Override
    public EnvironmentAlert acknowledge(String alertId, String actor) {
        Objects.requireNonNull(actor, "actor");
        Held h = alerts.get(alertId);
        if (h == null) {
            throw new NotFoundException(ErrorCode.ALERT_STATE, alertId, "alert " + alertId + " is unknown or already cleared");
        }
        synchronized (lockOf(h)) {
            EnvironmentAlert a = h.alert;
            if (a.state() != AlertState.RAISED) {
                return a;
            }
            EnvironmentAlert acknowledged = new EnvironmentAlert(a.id(), a.sensorId(), a.room(), a.kind(), a.measure(),
                    a.severity(), AlertState.ACKNOWLEDGED, a.raisedAt(), a.value(), a.message(), actor, null);
            AlertChanged change = new AlertChanged(clock.instant(), actor, AlertChanged.Change.ACKNOWLEDGED, acknowledged);
            store.record(change);
            h.alert = acknowledged;
            events.emit(change);
            return acknowledged;
        }
    }

    @Override
    public EnvironmentAlert clear(String alertId, String actor) {
        Held h = alerts.get(alertId);
        if (h == null || h.alert.kind() != AlertKind.DEVICE_ALARM) {
            throw new NotFoundException(ErrorCode.ALERT_STATE, alertId, "alert " + alertId
                    + " is unknown, already cleared, or clears on its own (only device alarms are cleared by hand)");
        }
        List<EnvironmentAlert> changed = new ArrayList<>(1);
        synchronized (lockOf(h)) {
            clear(h, clock.instant(), actor, changed);
        }
        return changed.get(0);
    }

    @Override
    public List<EnvironmentAlert> activeAlerts() {
        List<EnvironmentAlert> out = new ArrayList<>();
        alerts.values().forEach(h -> out.add(h.alert));
        out.sort(Comparator.comparing(EnvironmentAlert::raisedAt).thenComparing(EnvironmentAlert::id));
        return out;
    }
}

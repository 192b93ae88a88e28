package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance contract of {@link AlertStore} (告警存储): each alert as its last change left it, every change with
 * who and when, the open alerts in order, refusals of changes that do not fit, and the highest serial. Written once
 * and run against the in-memory store, H2 and PostgreSQL:
 * <pre>{@code
 * class MyAlertStoreTest extends AlertStoreContract {
 *     @Override protected AlertStore emptyStore() { return MyAlertStore.fresh(); }
 * }
 * }</pre>
 */
public abstract class AlertStoreContract {
    /** When the fixtures' first alert is raised (with nanoseconds, which must survive). */
    protected static final Instant T0 = Instant.parse("2026-11-25T08:00:00.000000321Z");

    /** The store under test, fresh for each test. */
    protected AlertStore store;

    /**
     * Returns the store under test, holding no alerts. Called before each test.
     *
     * @return an empty store
     */
    protected abstract AlertStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
        assertThat(store.open()).as("emptyStore() must hold no alerts").isEmpty();
        assertThat(store.lastSerial()).as("emptyStore() must hold no alerts").isZero();
    }

    /**
     * A raised out-of-range humidity alert.
     *
     * @param id the alert id
     * @param at when raised
     * @return the alert
     */
    protected static EnvironmentAlert humidity(String id, Instant at) {
        return new EnvironmentAlert(id, "th-101", "一号库房", AlertKind.OUT_OF_RANGE, Measure.RELATIVE_HUMIDITY,
                Severity.ALERT, AlertState.RAISED, at, 61.5, "相对湿度 61.5%RH，标准 45.0-60.0%RH", null, null);
    }

    /**
     * A raised offline alert: no measure, no value.
     *
     * @param id the alert id
     * @param at when raised
     * @return the alert
     */
    protected static EnvironmentAlert offline(String id, Instant at) {
        return new EnvironmentAlert(id, "th-102", "二号库房", AlertKind.SENSOR_OFFLINE, null, Severity.WARNING,
                AlertState.RAISED, at, Double.NaN, "传感器 th-102 已 900 秒无数据（应每 300 秒上报）", null, null);
    }

    private static AlertChanged raised(EnvironmentAlert a) {
        return new AlertChanged(a.raisedAt(), "system", AlertChanged.Change.RAISED, a);
    }

    private static EnvironmentAlert with(EnvironmentAlert a, Severity severity, AlertState state, double value,
            @Nullable String acknowledgedBy, @Nullable Instant clearedAt) {
        return new EnvironmentAlert(a.id(), a.sensorId(), a.room(), a.kind(), a.measure(), severity, state,
                a.raisedAt(), value, a.message(), acknowledgedBy, clearedAt);
    }

    private static void assertCode(Throwable t, ErrorCode code) {
        assertThat(t).isInstanceOf(ArchiveException.class);
        assertThat(((ArchiveException) t).code()).isEqualTo(code);
        assertThat(t.getMessage()).isNotBlank();
    }

    @Nested
    @DisplayName("The lifecycle (告警生命周期)")
    class Lifecycle {
        @Test
        @DisplayName("raised, escalated, acknowledged and cleared: the last state is kept and every change in order")
        void wholeLifecycle() {
            EnvironmentAlert a = humidity("ENV-000001", T0);
            AlertChanged c1 = raised(a);
            store.record(c1);
            assertThat(store.alert(a.id())).contains(a);
            assertThat(store.open()).containsExactly(a);

            EnvironmentAlert escalated = with(a, Severity.CRITICAL, AlertState.RAISED, 71.5, null, null);
            AlertChanged c2 = new AlertChanged(T0.plusSeconds(300), "system", AlertChanged.Change.ESCALATED, escalated);
            store.record(c2);
            EnvironmentAlert acked = with(escalated, Severity.CRITICAL, AlertState.ACKNOWLEDGED, 71.5, "库管员", null);
            AlertChanged c3 = new AlertChanged(T0.plusSeconds(301).plusNanos(9), "库管员",
                    AlertChanged.Change.ACKNOWLEDGED, acked);
            store.record(c3);
            assertThat(store.alert(a.id())).contains(acked);
            assertThat(store.open()).containsExactly(acked);

            Instant clearedAt = T0.plus(Duration.ofMinutes(30));
            EnvironmentAlert cleared = with(acked, Severity.CRITICAL, AlertState.CLEARED, 71.5, "库管员", clearedAt);
            AlertChanged c4 = new AlertChanged(clearedAt, "system", AlertChanged.Change.CLEARED, cleared);
            store.record(c4);
            assertThat(store.alert(a.id())).contains(cleared);
            assertThat(store.open()).isEmpty();
            assertThat(store.history(a.id())).containsExactly(c1, c2, c3, c4);
            assertThat(store.history("ENV-000009")).isEmpty();
            assertThat(store.alert("ENV-000009")).isEmpty();
        }

        @Test
        @DisplayName("an alert without measure or value (NaN) round-trips")
        void noMeasureNoValue() {
            EnvironmentAlert a = offline("ENV-000002", T0);
            store.record(raised(a));
            assertThat(store.alert(a.id())).contains(a);
            assertThat(store.history(a.id())).containsExactly(raised(a));
        }

        @Test
        @DisplayName("open alerts come oldest first, then by id")
        void openOrder() {
            EnvironmentAlert late = humidity("ENV-000001", T0.plusSeconds(60));
            EnvironmentAlert b = offline("ENV-000003", T0);
            EnvironmentAlert a = humidity("ENV-000002", T0);
            store.record(raised(late));
            store.record(raised(b));
            store.record(raised(a));
            assertThat(store.open()).containsExactly(a, b, late);
        }
    }

    @Nested
    @DisplayName("Refusals (拒绝)")
    class Refusals {
        @Test
        @DisplayName("raising a stored id again is a DUPLICATE, and the stored alert is kept")
        void duplicateId() {
            EnvironmentAlert a = humidity("ENV-000001", T0);
            store.record(raised(a));
            assertThatThrownBy(() -> store.record(raised(offline("ENV-000001", T0.plusSeconds(5)))))
                    .satisfies(e -> assertCode(e, ErrorCode.DUPLICATE));
            assertThat(store.alert(a.id())).contains(a);
            assertThat(store.history(a.id())).hasSize(1);
        }

        @Test
        @DisplayName("a change to an unknown or cleared alert is ALERT_STATE, and nothing is recorded")
        void noOpenAlert() {
            EnvironmentAlert a = humidity("ENV-000001", T0);
            AlertChanged ack = new AlertChanged(T0, "库管员", AlertChanged.Change.ACKNOWLEDGED,
                    with(a, Severity.ALERT, AlertState.ACKNOWLEDGED, 61.5, "库管员", null));
            assertThatThrownBy(() -> store.record(ack)).satisfies(e -> assertCode(e, ErrorCode.ALERT_STATE));
            assertThat(store.alert(a.id())).isEmpty();
            store.record(raised(a));
            EnvironmentAlert cleared = with(a, Severity.ALERT, AlertState.CLEARED, 61.5, null, T0.plusSeconds(60));
            store.record(new AlertChanged(T0.plusSeconds(60), "system", AlertChanged.Change.CLEARED, cleared));
            assertThatThrownBy(() -> store.record(ack)).satisfies(e -> assertCode(e, ErrorCode.ALERT_STATE));
            assertThat(store.alert(a.id())).contains(cleared);
            assertThat(store.history(a.id())).hasSize(2);
        }

        @Test
        @DisplayName("a raise in another state, or a change that alters what never changes, is a programmer error")
        void misfits() {
            EnvironmentAlert a = humidity("ENV-000001", T0);
            EnvironmentAlert ackedAtOnce = with(a, Severity.ALERT, AlertState.ACKNOWLEDGED, 61.5, "x", null);
            assertThatThrownBy(() -> store.record(new AlertChanged(T0, "system", AlertChanged.Change.RAISED, ackedAtOnce)))
                    .isInstanceOf(IllegalArgumentException.class);
            store.record(raised(a));
            EnvironmentAlert moved = new EnvironmentAlert(a.id(), "th-999", a.room(), a.kind(), a.measure(),
                    Severity.WARNING, AlertState.RAISED, a.raisedAt(), 64, a.message(), null, null);
            assertThatThrownBy(() -> store.record(new AlertChanged(T0, "system", AlertChanged.Change.ESCALATED, moved)))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.alert(a.id())).contains(a);
        }
    }

    @Nested
    @DisplayName("Serials (编号)")
    class Serials {
        @Test
        @DisplayName("the last serial is the highest of the monitor's ids, cleared alerts included, others ignored")
        void lastSerial() {
            store.record(raised(humidity("ENV-000041", T0)));
            EnvironmentAlert b = offline("ENV-000007", T0);
            store.record(raised(b));
            store.record(raised(humidity("imported-99999", T0)));
            store.record(new AlertChanged(T0.plusSeconds(1), "system", AlertChanged.Change.CLEARED,
                    with(humidity("ENV-000041", T0), Severity.ALERT, AlertState.CLEARED, 61.5, null, T0.plusSeconds(1))));
            assertThat(store.lastSerial()).isEqualTo(41);
            assertThat(AlertStore.serialOf("ENV-000041")).isEqualTo(41);
            assertThat(AlertStore.serialOf("ENV-")).isEqualTo(-1);
            assertThat(AlertStore.serialOf("ENV-12a")).isEqualTo(-1);
        }
    }

    @Nested
    @DisplayName("Concurrent writers (并发)")
    class Concurrency {
        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("alerts raised and cleared from eight threads at once are all recorded")
        void manyWriters() throws Exception {
            int threads = 8;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    int base = t * 10;
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        for (int i = 1; i <= 5; i++) {
                            EnvironmentAlert a = humidity("ENV-%06d".formatted(base + i), T0.plusSeconds(base + i));
                            store.record(raised(a));
                            if (i % 2 == 0) {
                                store.record(new AlertChanged(T0.plusSeconds(100), "system", AlertChanged.Change.CLEARED,
                                        with(a, Severity.ALERT, AlertState.CLEARED, 61.5, null, T0.plusSeconds(100))));
                            }
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) {
                    f.get(60, TimeUnit.SECONDS);
                }
                assertThat(store.open()).hasSize(threads * 3);
                assertThat(store.lastSerial()).isEqualTo(75);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}

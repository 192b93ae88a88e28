package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The monitor's alert bookkeeping over a store: written only on change, before memory, and reloaded on opening. */
class MonitorAlertBookkeepingTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T00:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final AlertStore inner = Hardware.inMemoryAlerts();
    private final AtomicInteger writes = new AtomicInteger();
    private final AtomicBoolean failing = new AtomicBoolean();

    /** The in-memory store, counting its writes and refusing them on demand (a database that went away). */
    private final AlertStore store = new AlertStore() {
        @Override
        public void record(AlertChanged change) {
            if (failing.get()) {
                throw new ArchiveException(ErrorCode.STORE_FAILURE, "alert " + change.alert().id(), "database down", null);
            }
            writes.incrementAndGet();
            inner.record(change);
        }

        @Override
        public Optional<EnvironmentAlert> alert(String id) {
            return inner.alert(id);
        }

        @Override
        public List<EnvironmentAlert> open() {
            return inner.open();
        }

        @Override
        public List<AlertChanged> history(String id) {
            return inner.history(id);
        }

        @Override
        public long lastSerial() {
            return inner.lastSerial();
        }
    };

    private EnvironmentMonitor monitor() {
        EnvironmentMonitor m = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, events, store);
        m.registerSensor("th-1", "room-1", "paper", Duration.ofMinutes(1));
        return m;
    }

    private List<EnvironmentAlert> humidity(EnvironmentMonitor m, double value) {
        clock.advance(Duration.ofMinutes(1));
        return m.accept(new Reading("th-1", Measure.RELATIVE_HUMIDITY, value, true, clock.instant()));
    }

    @Test
    @DisplayName("readings that change no alert never reach the store; each change is one write, then one event")
    void writesOnlyOnChange() {
        EnvironmentMonitor m = monitor();
        for (int i = 0; i < 200; i++) {
            assertThat(humidity(m, 50 + (i % 3) * 0.5)).isEmpty();
        }
        assertThat(writes).hasValue(0);
        List<EnvironmentAlert> raised = humidity(m, 61);
        assertThat(raised).extracting(EnvironmentAlert::kind).contains(AlertKind.OUT_OF_RANGE);
        assertThat(writes.get()).isEqualTo(raised.size()).isEqualTo(events.ofClass(AlertChanged.class).size());
        int before = writes.get();
        humidity(m, 61.2);
        assertThat(writes).hasValue(before);
        assertThat(inner.open()).extracting(EnvironmentAlert::id).containsExactlyElementsOf(
                m.activeAlerts().stream().map(EnvironmentAlert::id).toList());
    }

    @Test
    @DisplayName("when the store refuses a change, the monitor changes nothing and emits nothing; the next reading retries")
    void refusedWriteChangesNothing() {
        EnvironmentMonitor m = monitor();
        failing.set(true);
        assertThatThrownBy(() -> humidity(m, 72)).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.STORE_FAILURE));
        assertThat(m.activeAlerts()).isEmpty();
        assertThat(events.events()).isEmpty();
        failing.set(false);
        assertThat(humidity(m, 72)).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(AlertState.RAISED));
        String id = m.activeAlerts().get(0).id();
        failing.set(true);
        assertThatThrownBy(() -> m.acknowledge(id, "库管员")).isInstanceOf(ArchiveException.class);
        assertThat(m.activeAlerts().get(0).state()).isEqualTo(AlertState.RAISED);
        failing.set(false);
        assertThat(m.acknowledge(id, "库管员").state()).isEqualTo(AlertState.ACKNOWLEDGED);
        assertThat(inner.alert(id)).hasValueSatisfying(a -> assertThat(a.acknowledgedBy()).isEqualTo("库管员"));
    }

    @Test
    @DisplayName("a monitor opened over the store reloads open alerts, continues their ids and clears them as before")
    void reopened() {
        EnvironmentMonitor first = monitor();
        humidity(first, 72);
        String id = first.activeAlerts().stream().filter(a -> a.kind() == AlertKind.OUT_OF_RANGE).findFirst()
                .orElseThrow().id();
        first.acknowledge(id, "库管员");
        EnvironmentMonitor second = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, events, store);
        assertThat(second.activeAlerts()).extracting(EnvironmentAlert::id, EnvironmentAlert::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, AlertState.ACKNOWLEDGED));
        second.registerSensor("th-1", "room-1", "paper", Duration.ofMinutes(1));
        assertThat(humidity(second, 50)).extracting(EnvironmentAlert::id, EnvironmentAlert::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(id, AlertState.CLEARED));
        assertThat(humidity(second, 72)).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                .satisfies(a -> assertThat(AlertStore.serialOf(a.id())).isGreaterThan(AlertStore.serialOf(id)));
        assertThat(inner.history(id)).extracting(AlertChanged::change).containsExactly(AlertChanged.Change.RAISED,
                AlertChanged.Change.ACKNOWLEDGED, AlertChanged.Change.CLEARED);
    }
}

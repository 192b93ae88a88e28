package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The evaluation path of the environment monitor: what a reading that changes nothing costs in garbage (the cause of
 * the collector pauses that pushed a decision past 10 ms), and the lists it hands back.
 */
class EnvironmentEvaluationPathTest {
    private static final int SENSORS = 100;
    private final ManualClock clock = ManualClock.at("2026-11-25T00:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final EnvironmentMonitor monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, events);

    private List<Reading> quietReadings(Instant from, int rounds) {
        List<Reading> out = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            Instant at = from.plusSeconds(r);
            for (int i = 0; i < SENSORS; i++) {
                Measure m = (r + i) % 2 == 0 ? Measure.TEMPERATURE : Measure.RELATIVE_HUMIDITY;
                double v = m == Measure.TEMPERATURE ? 20 + (i % 7) * 0.3 : 50 + (i % 5) * 1.5;
                out.add(new Reading("th-" + i, m, v, true, at));
            }
        }
        return out;
    }

    @Test
    void aReadingThatChangesNoAlertLeavesNoGarbageInTheMonitor() {
        for (int i = 0; i < SENSORS; i++) {
            monitor.registerSensor("th-" + i, "room-1", "paper", Duration.ofSeconds(1));
        }
        Instant start = clock.instant();
        // warm up across a quarter-hour boundary so every branch of the path has run
        for (Reading r : quietReadings(start, 1_000)) {
            assertThat(monitor.accept(r)).isEmpty();
        }
        List<Reading> measured = quietReadings(start.plusSeconds(1_000), 100); // 10,000 readings, built beforehand
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(thread);
        int changes = 0;
        for (Reading r : measured) {
            changes += monitor.accept(r).size();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before;
        assertThat(changes).isZero();
        // before the fix every reading formatted its range message: about 6.4 KB a reading
        assertThat(allocated).as("bytes allocated by %d quiet readings", measured.size()).isLessThan(measured.size());
    }

    @Test
    void theChangesHandedBackAreImmutableSnapshots() {
        monitor.registerSensor("th-1", "room-1", "paper", Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        List<EnvironmentAlert> raised = monitor.accept(new Reading("th-1", Measure.TEMPERATURE, 24.5, true, clock.instant()));
        assertThat(raised).singleElement().satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.OUT_OF_RANGE));
        clock.advance(Duration.ofMinutes(1));
        List<EnvironmentAlert> cleared = monitor.accept(new Reading("th-1", Measure.TEMPERATURE, 21, true,
                clock.instant()));
        assertThat(cleared).singleElement().satisfies(a -> assertThat(a.clearedAt()).isNotNull());
        assertThat(raised).singleElement().satisfies(a -> assertThat(a.clearedAt()).isNull()); // not overwritten
        assertThatThrownBy(() -> raised.add(cleared.get(0))).isInstanceOf(UnsupportedOperationException.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(monitor.accept(new Reading("th-1", Measure.TEMPERATURE, 21, true, clock.instant()))).isEmpty();
    }
}

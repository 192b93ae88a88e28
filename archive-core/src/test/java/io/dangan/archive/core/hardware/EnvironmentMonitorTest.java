package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.environment.Severity;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.hardware.FakeSensorDevice;
import io.dangan.archive.testkit.hardware.FakeSensorProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnvironmentMonitorTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T00:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final EnvironmentMonitor monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, events);

    {
        monitor.registerSensor("th-1", "room-1", "paper", Duration.ofMinutes(1));
    }

    private static List<EnvironmentAlert> range(List<EnvironmentAlert> changed) {
        return changed.stream().filter(a -> a.kind() == AlertKind.OUT_OF_RANGE).toList();
    }

    private List<EnvironmentAlert> t(double celsius) {
        clock.advance(Duration.ofMinutes(1));
        return monitor.accept(new Reading("th-1", Measure.TEMPERATURE, celsius, true, clock.instant()));
    }

    @Test
    void shipsTheDefaultProfileTableAsData() {
        Map<String, EnvironmentProfile> p = EnvironmentProfiles.defaults();
        assertThat(p).containsKeys("paper", "special-collections", "magnetic-media", "optical-disc", "reading-room");
        assertThat(p.get("paper").temperature().low()).isEqualTo(14);
        assertThat(p.get("paper").temperature().high()).isEqualTo(24);
        assertThat(p.get("paper").humidity().low()).isEqualTo(45);
        assertThat(p.get("paper").humidity().high()).isEqualTo(60);
        assertThat(p.get("optical-disc").humidity().high()).isEqualTo(45);
    }

    @Test
    void rejectsAMalformedProfileEntry() {
        Properties bad = new Properties();
        bad.setProperty("vault.temperature", "24, 14, 2, 5, 0.5, 4, 2");
        bad.setProperty("vault.humidity", "45, 60, 5, 10, 2, 10, 5");
        assertThatThrownBy(() -> EnvironmentProfiles.from(bad)).isInstanceOfSatisfying(ArchiveException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.ENVIRONMENT_PROFILE_INVALID);
            assertThat(e.getMessage()).contains("vault.temperature");
        });
    }

    @Test
    @DisplayName("an excursion is raised, escalates by tier, de-escalates past the dead-band and clears")
    void tieredLifecycle() {
        t(22);
        assertThat(range(t(24.5))).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.OUT_OF_RANGE);
            assertThat(a.severity()).isEqualTo(Severity.ALERT);
            assertThat(a.state()).isEqualTo(AlertState.RAISED);
        });
        assertThat(range(t(26.5))).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
        assertThat(range(t(29.5))).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.CRITICAL));
        assertThat(range(t(28.8))).as("still within the dead-band of critical").isEmpty();
        assertThat(range(t(28.0))).singleElement().satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
        String id = monitor.activeAlerts().stream().filter(a -> a.kind() == AlertKind.OUT_OF_RANGE).findFirst().orElseThrow().id();
        assertThat(monitor.acknowledge(id, "keeper-1").state()).isEqualTo(AlertState.ACKNOWLEDGED);
        t(23.8); // inside the band but not by the dead-band: holds at ALERT
        assertThat(monitor.activeAlerts()).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.ALERT));
        assertThat(t(23.0)).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                .satisfies(a -> assertThat(a.state()).isEqualTo(AlertState.CLEARED));
        assertThat(events.ofClass(AlertChanged.class)).filteredOn(e -> e.alert().kind() == AlertKind.OUT_OF_RANGE)
                .extracting(AlertChanged::type).containsExactly("environment.alert.raised", "environment.alert.escalated",
                        "environment.alert.escalated", "environment.alert.deescalated", "environment.alert.acknowledged",
                        "environment.alert.deescalated", "environment.alert.cleared");
    }

    @Test
    @DisplayName("a value hovering at the limit does not flap")
    void deadBandStopsFlapping() {
        t(24.1);
        for (int i = 0; i < 20; i++) {
            t(i % 2 == 0 ? 23.9 : 24.1);
        }
        assertThat(events.ofClass(AlertChanged.class)).hasSize(1);
    }

    @Test
    void dailySwingBeyondTheLimitRaisesAnAlert() {
        t(15);
        clock.advance(Duration.ofHours(6));
        List<EnvironmentAlert> changed = t(19.5);
        assertThat(changed).extracting(EnvironmentAlert::kind).contains(AlertKind.DAILY_SWING);
        clock.advance(Duration.ofHours(25));
        assertThat(t(19.5)).extracting(EnvironmentAlert::kind).contains(AlertKind.DAILY_SWING);
        assertThat(monitor.activeAlerts()).extracting(EnvironmentAlert::kind).doesNotContain(AlertKind.DAILY_SWING);
    }

    @Test
    void rapidChangeRaisesARateAlert() {
        for (int i = 0; i < 60; i++) {
            t(18.0);
        }
        List<EnvironmentAlert> changed = List.of();
        for (int i = 0; i < 30 && changed.stream().noneMatch(a -> a.kind() == AlertKind.RATE_OF_CHANGE); i++) {
            changed = t(18.0 + 0.2 * (i + 1));
        }
        assertThat(changed).extracting(EnvironmentAlert::kind).contains(AlertKind.RATE_OF_CHANGE);
    }

    @Test
    void aSilentSensorGoesOfflineAndClearsOnItsNextReading() {
        t(20);
        clock.advance(Duration.ofMinutes(2));
        assertThat(monitor.checkOffline(clock.instant())).isEmpty();
        clock.advance(Duration.ofMinutes(2));
        assertThat(monitor.checkOffline(clock.instant())).singleElement()
                .satisfies(a -> assertThat(a.kind()).isEqualTo(AlertKind.SENSOR_OFFLINE));
        assertThat(monitor.checkOffline(clock.instant())).isEmpty();
        assertThat(t(20)).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SENSOR_OFFLINE);
            assertThat(a.state()).isEqualTo(AlertState.CLEARED);
        });
    }

    @Test
    void invalidReadingsAreNotEvaluatedAndAProbeStuckOnGarbageGoesOffline() {
        t(20);
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofMinutes(1));
            assertThat(monitor.accept(new Reading("th-1", Measure.TEMPERATURE, Double.NaN, false, clock.instant())))
                    .isEmpty();
        }
        assertThat(monitor.checkOffline(clock.instant())).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AlertKind.SENSOR_OFFLINE);
            assertThat(a.message()).contains("无有效读数").contains("无效读数 4 条");
        });
        assertThat(t(20)).singleElement().satisfies(a -> assertThat(a.state()).isEqualTo(AlertState.CLEARED));
    }

    @Test
    void unknownSensorsAndRoomTypesAreRejected() {
        assertThatThrownBy(() -> monitor.accept(new Reading("th-9", Measure.TEMPERATURE, 20, true, clock.instant())))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SENSOR_UNKNOWN));
        assertThatThrownBy(() -> monitor.registerSensor("th-2", "room-2", "cellar", Duration.ofMinutes(1)))
                .isInstanceOfSatisfying(ArchiveException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.ENVIRONMENT_PROFILE_INVALID);
                    assertThat(e.getMessage()).contains("paper");
                });
    }

    @Test
    @DisplayName("a fake sensor's excursion reaches the monitor and raises an alert, and device alarms pass through")
    void endToEndWithTheFakeSensor() throws Exception {
        RecordingEventSink sink = new RecordingEventSink();
        EnvironmentMonitor m = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, sink);
        m.registerSensor("th-1", "room-1", "paper", Duration.ofMinutes(1));
        try (FakeSensorDevice device = new FakeSensorProvider().open(SensorConfig.of(DeviceConfig.of("s1", "fake:ok")
                .withClock(clock), List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofMinutes(1)))))) {
            device.subscribe(Hardware.sensorFeed(m));
            device.connect();
            device.emit("th-1", Quantity.RELATIVE_HUMIDITY, 72.0);
            device.emit("th-1", Quantity.TEMPERATURE, Double.NaN);
            device.alarm("th-1", "PROBE_FAULT", "probe reports a fault");
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (m.activeAlerts().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
        }
        assertThat(m.activeAlerts()).extracting(EnvironmentAlert::kind)
                .containsExactlyInAnyOrder(AlertKind.OUT_OF_RANGE, AlertKind.DEVICE_ALARM);
        assertThat(m.activeAlerts()).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                .satisfies(a -> {
                    assertThat(a.severity()).isEqualTo(Severity.CRITICAL);
                    assertThat(a.message()).contains("相对湿度");
                });
    }

    @Property(tries = 100)
    void valuesInsideTheBandByTheDeadBandNeverRaiseRangeAlerts(
            @ForAll @Size(min = 1, max = 50) List<@DoubleRange(min = 14.5, max = 23.5) Double> values) {
        ManualClock c = ManualClock.at("2026-11-25T00:00:00Z");
        EnvironmentMonitor m = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, c, e -> { });
        m.registerSensor("s", "r", "paper", Duration.ofMinutes(1));
        for (double v : values) {
            c.advance(Duration.ofHours(2));
            assertThat(m.accept(new Reading("s", Measure.TEMPERATURE, v, true, c.instant())))
                    .noneMatch(a -> a.kind() == AlertKind.OUT_OF_RANGE);
        }
    }

    @Test
    void readingsFromTheFutureOrPastDoNotBreakTheBuckets() {
        Instant base = clock.instant();
        monitor.accept(new Reading("th-1", Measure.TEMPERATURE, 20, true, base.minus(Duration.ofDays(3))));
        monitor.accept(new Reading("th-1", Measure.TEMPERATURE, 20.5, true, base));
        assertThat(monitor.activeAlerts()).isEmpty();
    }
}

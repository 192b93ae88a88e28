package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.Measurement;
import io.dangan.archive.rfid.spi.Quality;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorDevice;
import io.dangan.archive.rfid.spi.SensorEvent;
import io.dangan.archive.rfid.spi.SensorHealth;
import io.dangan.archive.rfid.spi.SensorHealthChanged;
import io.dangan.archive.rfid.spi.SensorProvider;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The environmental sensor conformance kit (温湿度设备一致性套件). The kit shortens every sensor's expected interval to
 * 100 ms and reports offline after 3 missed intervals.
 */
public abstract class SensorDeviceContract extends DeviceContract<SensorEvent, SensorDevice> {
    /** @return the provider under test */
    protected abstract SensorProvider provider();

    /** @return a configuration that works on the bench, with at least one sensor */
    protected abstract SensorConfig config();

    /**
     * @param device the device under test
     * @return its bench; the default can do nothing, which fails the tests needing it unless they are waived
     */
    protected SensorBench bench(SensorDevice device) {
        return SensorBench.NONE;
    }

    /**
     * @return configurations the provider must reject with {@code CONFIG_REJECTED}; empty fails the rejection test
     *     unless it is {@linkplain #waived() waived}
     */
    protected List<SensorConfig> rejectedConfigs() {
        return List.of();
    }

    @Override
    protected final SensorDevice openWith(UnaryOperator<DeviceConfig> tweak) {
        SensorConfig c = config();
        List<SensorDescriptor> fastSensors = c.sensors().stream().map(s -> new SensorDescriptor(s.sensorId(), s.room(),
                s.quantities(), Duration.ofMillis(100))).toList();
        return provider().open(new SensorConfig(tweak.apply(c.device()), fastSensors, 3));
    }

    @Override
    protected final DeviceBench benchFor(SensorDevice device) {
        return bench(device);
    }

    @Override
    protected final Set<Capability> declaredCapabilities() {
        return provider().capabilities();
    }

    private SensorDescriptor first() {
        return config().sensors().get(0);
    }

    @Nested
    @DisplayName("Measurements")
    class Measurements {
        @Test
        @DisplayName("a reading arrives as a GOOD measurement of the configured sensor, in its unit")
        void readingArrives() {
            Recorder<SensorEvent> r = new Recorder<>();
            SensorDevice d = connected(r);
            SensorDescriptor s = first();
            Quantity q = s.quantities().iterator().next();
            double value = q == Quantity.TEMPERATURE ? 21.5 : 52.5;
            requireBench(bench(d).report(s.sensorId(), q, value), "make a sensor report");
            assertThat(r.awaitAny(e -> e instanceof Measurement m && m.sensorId().equals(s.sensorId()), PROMPTLY)).isTrue();
            Measurement m = r.events(Measurement.class).get(0);
            assertThat(m.deviceId()).isEqualTo(d.deviceId());
            assertThat(m.quantity()).isEqualTo(q);
            assertThat(m.value()).isCloseTo(value, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(m.quality()).isEqualTo(Quality.GOOD);
        }

        @Test
        @DisplayName("a NaN or impossible reading arrives marked INVALID and the sensor degraded, never silently dropped")
        void garbageIsQualityMarked() {
            Recorder<SensorEvent> r = new Recorder<>();
            SensorDevice d = connected(r);
            SensorDescriptor s = first();
            requireBench(bench(d).reportGarbage(s.sensorId()), "make a sensor report garbage");
            assertThat(r.awaitAny(e -> e instanceof Measurement m && m.quality() == Quality.INVALID, PROMPTLY)).isTrue();
            assertThat(r.awaitAny(e -> e instanceof SensorHealthChanged h && h.health() == SensorHealth.DEGRADED
                    && h.sensorId().equals(s.sensorId()), PROMPTLY)).isTrue();
            assertThat(r.events(Measurement.class)).noneMatch(m -> m.usable() && !m.quantity().possible(m.value()));
        }

        @Test
        @DisplayName("a sensor silent for several expected intervals is reported OFFLINE, and ONLINE when it reports")
        void silentSensorGoesOffline() {
            Recorder<SensorEvent> r = new Recorder<>();
            SensorDevice d = connected(r);
            SensorDescriptor s = first();
            assertThat(r.awaitAny(e -> e instanceof SensorHealthChanged h && h.health() == SensorHealth.OFFLINE
                    && h.sensorId().equals(s.sensorId()), PROMPTLY)).isTrue();
            Quantity q = s.quantities().iterator().next();
            requireBench(bench(d).report(s.sensorId(), q, q == Quantity.TEMPERATURE ? 20.0 : 50.0),
                    "make a sensor report");
            assertThat(r.awaitAny(e -> e instanceof SensorHealthChanged h && h.health() == SensorHealth.ONLINE
                    && h.sensorId().equals(s.sensorId()), PROMPTLY)).isTrue();
        }
    }

    @Nested
    @DisplayName("Configuration rejection")
    class Configuration {
        @Test
        @DisplayName("configurations the device cannot serve are rejected when opening")
        void rejected() {
            List<SensorConfig> bad = rejectedConfigs();
            requireBench(!bad.isEmpty(), "name configurations to reject (rejectedConfigs())");
            for (SensorConfig c : bad) {
                assertThatThrownBy(() -> provider().open(c)).isInstanceOfSatisfying(HardwareException.class,
                        e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED));
            }
        }
    }
}

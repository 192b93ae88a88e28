package io.dangan.archive.testkit.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorDevice;
import io.dangan.archive.rfid.spi.SensorProvider;
import io.dangan.archive.testkit.tck.SensorBench;
import io.dangan.archive.testkit.tck.SensorDeviceContract;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FakeSensorConformanceTest extends SensorDeviceContract {
    @Override
    protected SensorProvider provider() {
        return new FakeSensorProvider();
    }

    @Override
    protected SensorConfig config() {
        return SensorConfig.of(DeviceConfig.of("fake-s1", "fake:ok"), List.of(
                SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofSeconds(60)),
                SensorDescriptor.thermoHygrometer("th-2", "room-2", Duration.ofSeconds(60))));
    }

    @Override
    protected SensorBench bench(SensorDevice device) {
        FakeSensorDevice fake = (FakeSensorDevice) device;
        return new SensorBench() {
            @Override
            public boolean report(String sensorId, Quantity quantity, double value) {
                fake.emit(sensorId, quantity, value);
                return true;
            }

            @Override
            public boolean reportGarbage(String sensorId) {
                fake.emit(sensorId, Quantity.TEMPERATURE, Double.NaN);
                return true;
            }

            @Override
            public boolean generate(int count) {
                fake.burst(count);
                return true;
            }

            @Override
            public boolean dropLink() {
                fake.dropLink();
                return true;
            }

            @Override
            public boolean silenceLink() {
                fake.silenceLink();
                return true;
            }

            @Override
            public boolean restoreLink() {
                fake.restoreLink();
                return true;
            }
        };
    }

    @Override
    protected List<SensorConfig> rejectedConfigs() {
        List<SensorDescriptor> th = List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofSeconds(60)));
        return List.of(SensorConfig.of(DeviceConfig.of("fake-bad", "tcp://127.0.0.1:1883"), th),
                SensorConfig.of(DeviceConfig.of("fake-bad", "serial:/dev/ttyS0"), th));
    }

    @Override
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.of("fake:hang");
    }

    @Override
    protected Optional<String> refusingEndpoint() {
        return Optional.of("fake:refuse");
    }

    /** The reference fake declares every sensor capability, so the kit skips none of its tests against it. */
    @Test
    void declaresEverySensorCapabilitySoNoKitTestIsSkipped() {
        assertThat(declaredCapabilities()).contains(Capability.TEMPERATURE, Capability.HUMIDITY,
                Capability.DEVICE_ALARMS, Capability.KEEPALIVE, Capability.RECONNECT);
    }
}

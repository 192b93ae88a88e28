package io.dangan.archive.testkit.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.InventoryResult;
import io.dangan.archive.rfid.spi.InventoryStopped;
import io.dangan.archive.rfid.spi.ProviderRegistry;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorProvider;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import io.dangan.archive.testkit.tck.Recorder;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FakeHardwareTest {
    private static final TagId A = TagId.epc("3074257BF7194E4000001A85");

    @Test
    void fakeProvidersAreDiscoveredThroughServiceLoader() {
        assertThat(ProviderRegistry.discover(TagReaderProvider.class).ids()).contains("fake-reader");
        assertThat(ProviderRegistry.discover(SensorProvider.class).ids()).contains("fake-sensor");
    }

    @Test
    void populationProducesDuplicateNoisyReadsOnEveryVisibleAntenna() {
        FakeTagPopulation population = new FakeTagPopulation(3).place(A, 1, -50).place(A, 2, -65).readsPerCycle(3)
                .rssiNoise(2.0);
        FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                population);
        try (FakeTagReader reader = provider.open(ReaderConfig.of(DeviceConfig.of("r", "fake:ok"),
                List.of(AntennaConfig.of(1, "a1"), AntennaConfig.of(2, "a2"))))) {
            reader.connect();
            InventoryResult result = reader.inventoryOnce(Duration.ofMillis(200));
            assertThat(result.tags()).containsExactly(A);
            assertThat(result.observations()).extracting(TagObserved::antennaAlias).contains("a1", "a2");
            assertThat(result.observations().size()).isGreaterThan(6);
            assertThat(result.observations()).extracting(TagObserved::rssiDbm).doesNotHaveDuplicates();
        }
    }

    @Test
    void garbageReadsAreDiscardedAndCountedNotDelivered() {
        FakeTagPopulation population = new FakeTagPopulation(5).place(A, 1, -50).garbageRate(0.5);
        FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                population);
        try (FakeTagReader reader = provider.open(ReaderConfig.of(DeviceConfig.of("r", "fake:ok"),
                List.of(AntennaConfig.of(1, "a1"))))) {
            Recorder<ReaderEvent> r = new Recorder<>();
            reader.subscribe(r);
            reader.connect();
            reader.start();
            for (int i = 0; i < 20; i++) {
                reader.read(A, 1, i % 2 == 0 ? Double.NaN : 400.0);
            }
            reader.stop();
            // delivery is serial in sequence order: once the stop is delivered, every read and fault before it is too
            assertThat(r.await(l -> l.stream().anyMatch(e -> e instanceof InventoryStopped), Duration.ofSeconds(10)))
                    .as("the stop was delivered").isTrue();
            assertThat(r.events(TagObserved.class)).allSatisfy(t -> {
                if (t.rssiDbm() != null) {
                    assertThat(TagObserved.plausibleRssi(t.rssiDbm())).isTrue();
                }
            });
            assertThat(reader.garbageValues()).isGreaterThanOrEqualTo(10);
            assertThat(r.events(DeviceFault.class)).extracting(DeviceFault::code).containsOnly("GARBAGE_VALUE");
        }
    }

    @Test
    void aThermometerOnlyDeviceRejectsAHumiditySensor() {
        SensorProvider thermometers = new FakeSensorProvider(Set.of(Capability.TEMPERATURE));
        SensorConfig config = SensorConfig.of(DeviceConfig.of("s", "fake:ok"),
                List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1", Duration.ofSeconds(60))));
        assertThatThrownBy(() -> thermometers.open(config)).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
            assertThat(e.getMessage()).contains("RELATIVE_HUMIDITY");
        });
    }
}

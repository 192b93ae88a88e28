package io.dangan.archive.testkit.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The kit against a plain reader that declares neither KEEPALIVE nor RECONNECT (nor WRITE_EPC): the kit's own
 * configuration must switch link monitoring and reconnecting off, and the reader must reject them when asked.
 * The vendor's configuration uses {@link DeviceConfig#of}, whose defaults enable both; the kit adjusts them.
 */
class FakePlainReaderConformanceTest extends FakeTagReaderConformanceTest {
    private static final TagId A = TagId.epc("3074257BF7194E4000001A85");
    private final FakeTagReaderProvider provider = new FakeTagReaderProvider(Set.of(Capability.READ_EPC,
            Capability.RSSI), 2, new FakeTagPopulation(5).place(A, 1, -50));

    @Override
    protected TagReaderProvider provider() {
        return provider;
    }

    @Override
    protected ReaderConfig config() {
        return ReaderConfig.of(DeviceConfig.of("fake-plain", "fake:ok"), List.of(AntennaConfig.of(1, "room-2/cab-1")));
    }

    /** This run exists for the plain path: the reader must declare none of link monitoring, reconnecting, writing. */
    @Test
    void declaresNoneOfTheOptionalLinkOrWriteCapabilities() {
        assertThat(declaredCapabilities()).containsExactlyInAnyOrder(Capability.READ_EPC, Capability.RSSI)
                .doesNotContain(Capability.KEEPALIVE, Capability.RECONNECT, Capability.WRITE_EPC);
    }
}

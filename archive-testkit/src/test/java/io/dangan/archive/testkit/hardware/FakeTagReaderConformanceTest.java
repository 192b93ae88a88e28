package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagReader;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import io.dangan.archive.testkit.tck.ReaderBench;
import io.dangan.archive.testkit.tck.TagReaderContract;
import java.util.List;
import java.util.Optional;
import java.util.Set;

class FakeTagReaderConformanceTest extends TagReaderContract {
    private static final TagId A = TagId.epc("3074257BF7194E4000001A85");
    private static final TagId B = TagId.epc("3074257BF7194E4000001A86");
    private final FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES,
            4, new FakeTagPopulation(7).place(A, 1, -50).place(B, 2, -60).place(B, 1, -70));

    @Override
    protected TagReaderProvider provider() {
        return provider;
    }

    @Override
    protected ReaderConfig config() {
        return ReaderConfig.of(DeviceConfig.of("fake-r1", "fake:ok"),
                List.of(AntennaConfig.of(1, "room-1/cab-1"), AntennaConfig.of(2, "room-1/cab-2")));
    }

    @Override
    protected ReaderBench bench(TagReader reader) {
        FakeTagReader fake = (FakeTagReader) reader;
        return new ReaderBench() {
            @Override
            public Set<TagId> tagsInField() {
                return Set.copyOf(fake.population().tags());
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
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.of("fake:hang");
    }

    @Override
    protected Optional<String> refusingEndpoint() {
        return Optional.of("fake:refuse");
    }
}

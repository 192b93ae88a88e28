package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagChanged;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.Epc;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.KeepalivePolicy;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReconnectPolicy;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.hardware.FakeTagPopulation;
import io.dangan.archive.testkit.hardware.FakeTagReader;
import io.dangan.archive.testkit.hardware.FakeTagReaderProvider;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TagRegistryTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.gdti96("6901234", "00001", 0), 1,
            clock, events);
    private final DossierId d1 = DossierId.of("D-0001");

    @Test
    void issuesOneGdtiCodePerDossier() {
        TagBinding b = registry.issue(d1, "clerk-1");
        assertThat(Epc.fromHex(b.code().hex()).toPureIdentityUri()).isEqualTo("urn:epc:id:gdti:6901234.00001.1");
        assertThat(b.status()).isEqualTo(TagStatus.ACTIVE);
        assertThat(registry.active(d1)).contains(b);
        assertThat(registry.byCode(b.code())).contains(b);
        assertThat(events.ofClass(TagChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("tag.issued"));
        assertThatThrownBy(() -> registry.issue(d1, "clerk-1")).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TAG_ALREADY_BOUND));
    }

    @Test
    void reissueAfterDamageReplacesTheCodeAndKeepsHistory() {
        TagBinding first = registry.issue(d1, "clerk-1");
        clock.advance(Duration.ofDays(1));
        TagBinding second = registry.reissue(d1, "damaged", "clerk-2");
        assertThat(second.code()).isNotEqualTo(first.code());
        assertThat(registry.byCode(first.code())).hasValueSatisfying(b -> {
            assertThat(b.status()).isEqualTo(TagStatus.REPLACED);
            assertThat(b.reason()).isEqualTo("damaged");
        });
        assertThat(registry.history(d1)).extracting(TagBinding::status).containsExactly(TagStatus.REPLACED, TagStatus.ACTIVE);
        assertThat(events.ofClass(TagChanged.class)).extracting(TagChanged::type).containsExactly("tag.issued", "tag.reissued");
    }

    @Test
    void retiringEndsTheBindingAndLaterOperationsFail() {
        registry.issue(d1, "clerk-1");
        TagBinding retired = registry.retire(d1, "transferred out", "clerk-1");
        assertThat(retired.status()).isEqualTo(TagStatus.RETIRED);
        assertThat(registry.active(d1)).isEmpty();
        assertThatThrownBy(() -> registry.reissue(d1, "lost", "clerk-1")).isInstanceOfSatisfying(ArchiveException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.TAG_NOT_BOUND));
    }

    @Test
    void writesTheCodeThroughAReaderThatCanWrite() {
        TagId blank = TagId.epc("E28011600000000000000001");
        FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                new FakeTagPopulation(1).place(blank, 1, -40));
        TagBinding b = registry.issue(d1, "clerk-1");
        try (FakeTagReader reader = provider.open(ReaderConfig.of(DeviceConfig.of("desk", "fake:ok"),
                List.of(AntennaConfig.of(1, "desk"))))) {
            reader.connect();
            registry.write(d1, reader, blank, "clerk-1");
            assertThat(reader.population().tags()).containsExactly(TagId.epc(b.code().hex()));
        }
        assertThat(events.ofClass(TagChanged.class)).extracting(TagChanged::type).endsWith("tag.written");
    }

    @Test
    void refusesToWriteThroughAReadOnlyReader() {
        FakeTagReaderProvider provider = new FakeTagReaderProvider(Set.of(Capability.READ_EPC), 4, new FakeTagPopulation(1));
        registry.issue(d1, "clerk-1");
        try (FakeTagReader reader = provider.open(ReaderConfig.of(DeviceConfig.of("gate", "fake:ok")
                .withKeepalive(KeepalivePolicy.disabled()).withReconnect(ReconnectPolicy.never()),
                List.of(AntennaConfig.of(1, "gate"))))) {
            reader.connect();
            assertThatThrownBy(() -> registry.write(d1, reader, TagId.epc("E28011600000000000000001"), "clerk-1"))
                    .isInstanceOfSatisfying(ArchiveException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TAG_WRITE_FAILED));
        }
    }
}

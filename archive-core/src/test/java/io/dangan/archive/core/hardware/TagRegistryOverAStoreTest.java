package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagChanged;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The tag registry over a binding store it shares: serials continue, refusals change nothing. */
class TagRegistryOverAStoreTest {
    private static final TagCodeScheme SCHEME = TagCodeScheme.gdti96("6901234", "00001", 0);
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final TagBindingStore store = Hardware.inMemoryTagBindings();

    @Test
    @DisplayName("a registry opened over a store continues after its highest serial; a higher first serial wins")
    void serialsContinue() {
        HardwareTagRegistry first = Hardware.tagRegistry(SCHEME, 1, clock, events, store);
        first.issue(DossierId.of("D-1"), "clerk");
        first.reissue(DossierId.of("D-1"), "damaged", "clerk");
        HardwareTagRegistry second = Hardware.tagRegistry(SCHEME, 1, clock, events, store);
        assertThat(second.issue(DossierId.of("D-2"), "clerk").serial()).isEqualTo(3);
        HardwareTagRegistry third = Hardware.tagRegistry(SCHEME, 100, clock, events, store);
        assertThat(third.issue(DossierId.of("D-3"), "clerk").serial()).isEqualTo(100);
        assertThat(second.history(DossierId.of("D-1"))).extracting(TagBinding::serial).containsExactly(1L, 2L);
        assertThat(third.byCode(second.active(DossierId.of("D-2")).orElseThrow().code()))
                .hasValueSatisfying(b -> assertThat(b.dossier()).isEqualTo(DossierId.of("D-2")));
    }

    @Test
    @DisplayName("a serial another registry took is skipped, never issued twice")
    void takenSerialIsSkipped() {
        HardwareTagRegistry one = Hardware.tagRegistry(SCHEME, 1, clock, events, store);
        HardwareTagRegistry two = Hardware.tagRegistry(SCHEME, 1, clock, events, store);
        TagBinding a = one.issue(DossierId.of("D-1"), "clerk");
        TagBinding b = two.issue(DossierId.of("D-2"), "clerk");
        clock.advance(Duration.ofDays(1));
        TagBinding c = one.reissue(DossierId.of("D-1"), "lost", "clerk");
        assertThat(a.serial()).isEqualTo(1);
        assertThat(b.serial()).isEqualTo(2);
        assertThat(c.serial()).isEqualTo(3);
        assertThat(store.byCode(a.code())).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(TagStatus.REPLACED));
    }

    @Test
    @DisplayName("a reason longer than 500 characters is VALUE_TOO_LONG, and nothing changes or is emitted")
    void longReason() {
        HardwareTagRegistry registry = Hardware.tagRegistry(SCHEME, 1, clock, events, store);
        TagBinding issued = registry.issue(DossierId.of("D-1"), "clerk");
        String reason = "破".repeat(501);
        assertThatThrownBy(() -> registry.retire(DossierId.of("D-1"), reason, "clerk"))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_TOO_LONG));
        assertThatThrownBy(() -> registry.reissue(DossierId.of("D-1"), reason, "clerk"))
                .isInstanceOfSatisfying(ArchiveException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.VALUE_TOO_LONG));
        assertThat(registry.active(DossierId.of("D-1"))).contains(issued);
        assertThat(events.ofClass(TagChanged.class)).hasSize(1);
        assertThat(registry.retire(DossierId.of("D-1"), "破".repeat(500), "clerk").status()).isEqualTo(TagStatus.RETIRED);
    }
}

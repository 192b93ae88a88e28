package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.FindingKind;
import io.dangan.archive.inventory.InventoryCompleted;
import io.dangan.archive.inventory.InventoryFinding;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.UnexpectedReason;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.hardware.FakeTagPopulation;
import io.dangan.archive.testkit.hardware.FakeTagReader;
import io.dangan.archive.testkit.hardware.FakeTagReaderProvider;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class InventoryTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.giai96("6901234", 0), 1, clock, events);
    private final Set<DossierId> onLoan = new java.util.HashSet<>();
    private final LocationTracker tracker = Hardware.locationTracker(registry,
            (d, at) -> onLoan.contains(d) ? Custody.ON_LOAN : Custody.IN_STORE, events, 1000);
    private final InventoryScope room1 = InventoryScope.of("room-1");

    private TagId tag(DossierId d) {
        return TagId.epc(registry.active(d).orElseThrow().code().hex());
    }

    private void see(TagId tag, String alias, double rssi, int times) {
        for (int i = 0; i < times; i++) {
            tracker.onEvent(TagObserved.of("r1", i, clock.instant(), tag, 1, alias, rssi));
        }
    }

    @Test
    @DisplayName("the location is the alias with the strongest smoothed RSSI among aliases seen at least twice")
    void resolvesLocationFromNoisyReads() {
        TagId a = TagId.epc("3074257BF7194E4000001A85");
        see(a, "room-1/cab-1", -60, 5);
        see(a, "room-1/cab-2", -48, 1); // strongest, but seen once
        see(a, "room-1/cab-3", -55, 3);
        assertThat(tracker.locationOf(a, clock.instant())).contains("room-1/cab-3");
        see(a, "room-1/cab-2", -47, 1);
        assertThat(tracker.locationOf(a, clock.instant())).contains("room-1/cab-2");
    }

    @Test
    @DisplayName("a tag silent longer than the departure threshold is no longer anywhere")
    void departsAfterSilence() {
        TagId a = TagId.epc("3074257BF7194E4000001A85");
        see(a, "room-1/cab-1", -60, 2);
        assertThat(tracker.locationOf(a, clock.instant().plus(Duration.ofMinutes(4)))).isPresent();
        assertThat(tracker.locationOf(a, clock.instant().plus(Duration.ofMinutes(6)))).isEmpty();
    }

    @Test
    @DisplayName("reconciliation sorts items into found, misplaced, missing, not verified and unexpected with reasons")
    void reconcilesEveryKindOfFinding() {
        List<DossierId> ds = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            DossierId d = DossierId.of("D-" + i);
            registry.issue(d, "clerk");
            ds.add(d);
        }
        tracker.track(ReaderConfig.of(DeviceConfig.of("r1", "fake:ok"), List.of(AntennaConfig.of(1, "room-1/cab-1"),
                AntennaConfig.of(2, "room-1/cab-2"), AntennaConfig.of(3, "room-1/cab-3"))));
        tracker.track(ReaderConfig.of(DeviceConfig.of("r2", "fake:ok"), List.of(AntennaConfig.of(1, "room-1/cab-4"))));
        tracker.beginWindow(clock.instant());
        tracker.onEvent(new io.dangan.archive.rfid.spi.InventoryStarted("r1", 0, clock.instant(),
                io.dangan.archive.rfid.spi.InventoryStarted.Reason.REQUESTED));
        // r2 never inventories: cab-4 is not covered
        see(tag(ds.get(0)), "room-1/cab-1", -50, 3); // found
        see(tag(ds.get(1)), "room-1/cab-2", -50, 3); // expected cab-1: misplaced
        // ds 2 expected cab-3, not seen: missing
        // ds 3 expected cab-4, not seen, cab-4 uncovered: not verified
        see(TagId.epc("E2000000000000000000BEEF"), "room-1/cab-1", -50, 2); // unknown
        onLoan.add(ds.get(4));
        see(tag(ds.get(4)), "room-1/cab-1", -50, 2); // on loan but present
        see(tag(ds.get(5)), "room-1/cab-2", -50, 2); // another scope's dossier
        TagCode old = registry.active(ds.get(6)).orElseThrow().code();
        registry.reissue(ds.get(6), "damaged", "clerk");
        see(TagId.epc(old.hex()), "room-1/cab-3", -50, 2); // stale tag
        see(tag(ds.get(7)), "room-2/cab-1", -50, 2); // out of scope entirely: ignored
        List<ExpectedItem> expected = List.of(
                item(ds.get(0), "room-1/cab-1"), item(ds.get(1), "room-1/cab-1"),
                item(ds.get(2), "room-1/cab-3"), item(ds.get(3), "room-1/cab-4"));
        clock.advance(Duration.ofSeconds(30));
        InventoryReport r = tracker.reconcile(room1, expected, clock.instant(), "clerk");
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.misplaced()).isEqualTo(1);
        assertThat(r.missing()).isEqualTo(1);
        assertThat(r.notVerified()).isEqualTo(1);
        assertThat(r.unexpected()).isEqualTo(4);
        assertThat(r.uncovered()).containsExactly("room-1/cab-4");
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.UNEXPECTED)
                .extracting(InventoryFinding::reason).containsExactlyInAnyOrder(UnexpectedReason.UNKNOWN_TAG,
                        UnexpectedReason.ON_LOAN, UnexpectedReason.OTHER_SCOPE, UnexpectedReason.RETIRED_TAG);
        assertThat(r.findings()).filteredOn(f -> f.kind() == FindingKind.MISPLACED).singleElement()
                .satisfies(f -> assertThat(f.observedLocation()).isEqualTo("room-1/cab-2"));
        assertThat(r.summaryZh()).contains("错架").contains("缺失").contains("未核验").contains("多出");
        assertThat(events.ofClass(InventoryCompleted.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("missing", "1"));
    }

    private ExpectedItem item(DossierId d, String location) {
        TagBinding b = registry.active(d).orElseThrow();
        return new ExpectedItem(d, b.code(), location);
    }

    @Test
    @DisplayName("a reader that drops its link during the window never produces missing items")
    void deadReaderProducesNoMissing() throws Exception {
        DossierId d = DossierId.of("D-1");
        registry.issue(d, "clerk");
        FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                new FakeTagPopulation(3));
        ReaderConfig config = ReaderConfig.of(DeviceConfig.of("r1", "fake:ok"), List.of(AntennaConfig.of(1, "room-1/cab-1")));
        try (FakeTagReader reader = provider.open(config)) {
            tracker.track(config);
            reader.subscribe(tracker);
            reader.connect();
            tracker.beginWindow(clock.instant());
            reader.start();
            reader.dropLink();
            long deadline = System.nanoTime() + 5_000_000_000L;
            while (reader.state() != io.dangan.archive.rfid.spi.ConnectionState.INVENTORYING && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            reader.stop();
        }
        InventoryReport r = tracker.reconcile(room1, List.of(item(d, "room-1/cab-1")), clock.instant(), "clerk");
        assertThat(r.missing()).isZero();
        assertThat(r.notVerified()).isEqualTo(1);
        assertThat(r.uncovered()).contains("room-1/cab-1");
    }

    @Test
    @DisplayName("an inventory with the fake reader finds every tag in place despite noise and duplicates")
    void endToEndWithTheFakeReader() {
        FakeTagPopulation population = new FakeTagPopulation(11).rssiNoise(3).readsPerCycle(2).missRate(0.2);
        List<ExpectedItem> expected = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            DossierId d = DossierId.of("D-" + i);
            TagBinding b = registry.issue(d, "clerk");
            int shelf = 1 + i % 3;
            population.place(TagId.epc(b.code().hex()), shelf, -45);
            population.place(TagId.epc(b.code().hex()), 1 + (shelf % 3), -70); // bleed into the neighbour
            expected.add(new ExpectedItem(d, b.code(), "room-1/shelf-" + shelf));
        }
        ReaderConfig config = ReaderConfig.of(DeviceConfig.of("r1", "fake:ok"), List.of(AntennaConfig.of(1, "room-1/shelf-1"),
                AntennaConfig.of(2, "room-1/shelf-2"), AntennaConfig.of(3, "room-1/shelf-3")));
        FakeTagReaderProvider provider = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4, population);
        try (FakeTagReader reader = provider.open(config)) {
            tracker.track(config);
            reader.subscribe(tracker);
            reader.connect();
            tracker.beginWindow(clock.instant());
            reader.inventoryOnce(Duration.ofMillis(300));
        }
        InventoryReport r = tracker.reconcile(room1, expected, clock.instant(), "clerk");
        assertThat(r.found()).isEqualTo(50);
        assertThat(r.clean()).isTrue();
    }

    @Test
    void rejectsExpectedItemsOutsideTheScope() {
        DossierId d = DossierId.of("D-1");
        TagBinding b = registry.issue(d, "clerk");
        assertThatThrownBy(() -> tracker.reconcile(room1, List.of(new ExpectedItem(d, b.code(), "room-2/cab-1")),
                clock.instant(), "clerk")).isInstanceOfSatisfying(ArchiveException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.INVENTORY_INVALID));
    }

    @Property(tries = 50)
    void everyExpectedItemGetsExactlyOneVerdict(@ForAll @IntRange(min = 0, max = 60) int items,
            @ForAll @IntRange(min = 0, max = 100) int seenPercent, @ForAll long seed) {
        var rnd = new java.util.SplittableRandom(seed);
        ManualClock c = ManualClock.at("2026-11-25T08:00:00Z");
        var reg = Hardware.tagRegistry(TagCodeScheme.giai96("6901234", 0), 1, c, e -> { });
        LocationTracker t = Hardware.locationTracker(reg, (d, at) -> Custody.IN_STORE, e -> { }, 16);
        List<ExpectedItem> expected = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            DossierId d = DossierId.of("P-" + i);
            TagBinding b = reg.issue(d, "x");
            String where = "room-1/cab-" + rnd.nextInt(4);
            expected.add(new ExpectedItem(d, b.code(), where));
            if (rnd.nextInt(100) < seenPercent) {
                String at = rnd.nextBoolean() ? where : "room-1/cab-" + rnd.nextInt(4);
                for (int k = 0; k < 2; k++) {
                    t.onEvent(TagObserved.of("r", k, c.instant(), TagId.epc(b.code().hex()), 1, at, -50.0 - rnd.nextInt(20)));
                }
            }
        }
        InventoryReport r = t.reconcile(room1, expected, c.instant(), "x");
        assertThat(r.found() + r.misplaced() + r.missing() + r.notVerified()).isEqualTo(items);
        assertThat(r.findings().stream().filter(f -> f.kind() != FindingKind.UNEXPECTED).count())
                .isEqualTo(items - r.found());
        assertThat(r.unexpected()).isZero();
    }

    @Test
    void tracksEpcsOfOtherLengthsAndOtherTagKinds() {
        TagId shortEpc = TagId.epc("300011112222");
        TagId hf = TagId.ofHex(io.dangan.archive.rfid.spi.TagKind.ISO15693_UID, "E004010012345678");
        see(shortEpc, "room-1/cab-1", -50, 2);
        see(hf, "room-1/cab-2", -50, 2);
        Instant now = clock.instant();
        assertThat(tracker.locationOf(shortEpc, now)).contains("room-1/cab-1");
        assertThat(tracker.locationOf(hf, now)).contains("room-1/cab-2");
        assertThat(tracker.trackedTags()).isEqualTo(2);
    }
}

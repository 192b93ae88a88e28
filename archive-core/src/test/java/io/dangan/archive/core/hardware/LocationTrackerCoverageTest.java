package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.FindingKind;
import io.dangan.archive.inventory.InventoryFinding;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeliveryOverflow;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.InventoryStarted;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.rfid.spi.support.EventDispatcher;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Nothing is called missing without coverage: dropped observations and absent readers give NOT_VERIFIED. */
class LocationTrackerCoverageTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.giai96("6901234", 0), 1, clock, events);
    private final LocationTracker tracker = Hardware.locationTracker(registry, (d, at) -> Custody.IN_STORE, events, 100);
    private final InventoryScope room1 = InventoryScope.of("room-1");

    private ExpectedItem expect(String dossier, String location) {
        DossierId d = DossierId.of(dossier);
        TagBinding b = registry.issue(d, "clerk");
        return new ExpectedItem(d, b.code(), location);
    }

    private static TagId tagOf(ExpectedItem e) {
        return TagId.epc(e.code().hex());
    }

    @Test
    @DisplayName("observations dropped by a saturated capacity-1 queue make the reader's positions NOT_VERIFIED, not missing")
    void droppedObservationsAreNotMissing() throws Exception {
        ExpectedItem present = expect("D-1", "room-1/cab-1");
        ExpectedItem filler = expect("D-2", "room-1/cab-1");
        ExpectedItem last = expect("D-3", "room-1/cab-1");
        tracker.track(ReaderConfig.of(DeviceConfig.of("r1", "fake:ok"), List.of(AntennaConfig.of(1, "room-1/cab-1"))));
        tracker.beginWindow(clock.instant());
        EventDispatcher<ReaderEvent> queue = EventDispatcher.forReader("r1", 1, clock);
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicLong overflowSeen = new AtomicLong();
        try {
            queue.subscribe(e -> { // the slow listener: stuck on the first observation until the test is done
                if (e instanceof TagObserved && busy.getCount() > 0) {
                    busy.countDown();
                    try {
                        release.await(10, TimeUnit.SECONDS);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                } else if (e instanceof DeliveryOverflow o) {
                    overflowSeen.addAndGet(o.dropped());
                }
            });
            queue.subscribe(tracker);
            queue.publish(seq -> new InventoryStarted("r1", seq, clock.instant(), InventoryStarted.Reason.REQUESTED));
            assertThat(queue.awaitDelivered(Duration.ofSeconds(5))).isTrue();
            queue.publish(seq -> TagObserved.of("r1", seq, clock.instant(), tagOf(filler), 1, "room-1/cab-1", -50.0));
            assertThat(busy.await(5, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 3; i++) { // the present dossier's reads are all dropped: the queue holds one
                queue.publish(seq -> TagObserved.of("r1", seq, clock.instant(), tagOf(present), 1, "room-1/cab-1", -50.0));
            }
            for (int i = 0; i < 2; i++) {
                queue.publish(seq -> TagObserved.of("r1", seq, clock.instant(), tagOf(last), 1, "room-1/cab-1", -50.0));
            }
            release.countDown();
            assertThat(queue.awaitDelivered(Duration.ofSeconds(5))).isTrue();
            assertThat(queue.stats().dropped()).isPositive();
            assertThat(overflowSeen.get()).isEqualTo(queue.stats().dropped());
        } finally {
            release.countDown();
            queue.close();
        }
        assertThat(tracker.locationOf(tagOf(present), clock.instant())).as("its reads were dropped").isEmpty();
        InventoryReport r = tracker.reconcile(room1, List.of(present, filler, last), clock.instant(), "clerk");
        assertThat(r.missing()).as("a dropped read is no evidence of absence").isZero();
        assertThat(r.notVerified()).isEqualTo(1);
        assertThat(r.found()).isEqualTo(2);
        assertThat(r.uncovered()).containsExactly("room-1/cab-1");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.kind()).isEqualTo(FindingKind.NOT_VERIFIED);
            assertThat(f.dossier()).isEqualTo(present.dossier());
        });
        // the next window starts clean: coverage is judged again
        tracker.beginWindow(clock.instant());
        tracker.onEvent(new InventoryStarted("r1", 100, clock.instant(), InventoryStarted.Reason.REQUESTED));
        assertThat(tracker.uncovered()).isEmpty();
    }

    @Test
    @DisplayName("with no reader tracked at all, an unseen item is NOT_VERIFIED and nothing is missing")
    void noReadersNoMissing() {
        ExpectedItem seen = expect("D-1", "room-1/cab-1");
        ExpectedItem unseen = expect("D-2", "room-1/cab-2");
        tracker.beginWindow(clock.instant());
        for (int k = 0; k < 2; k++) {
            tracker.onEvent(TagObserved.of("r1", k, clock.instant(), tagOf(seen), 1, "room-1/cab-1", -50.0));
        }
        InventoryReport r = tracker.reconcile(room1, List.of(seen, unseen), clock.instant(), "clerk");
        assertThat(r.found()).isEqualTo(1);
        assertThat(r.missing()).isZero();
        assertThat(r.notVerified()).isEqualTo(1);
        assertThat(r.findings()).extracting(InventoryFinding::kind).containsExactly(FindingKind.NOT_VERIFIED);
    }
}

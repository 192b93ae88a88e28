package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.hardware.FakeDoorController;
import io.dangan.archive.testkit.hardware.FakeDoorControllerProvider;
import io.dangan.archive.testkit.hardware.FakeTagPopulation;
import io.dangan.archive.testkit.hardware.FakeTagReader;
import io.dangan.archive.testkit.hardware.FakeTagReaderProvider;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateControlTest {
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final RecordingEventSink events = new RecordingEventSink();
    private final HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.gdti96("6901234", "00001", 0), 1,
            clock, events);
    private final Set<DossierId> onLoan = new HashSet<>();
    private final GateControl gate = Hardware.gateControl(Map.of("exit-gate", Set.of("exit-1")), registry,
            (d, at) -> onLoan.contains(d) ? Custody.ON_LOAN : Custody.IN_STORE, events);

    private List<GateAlarm> run(DossierId carried, boolean forceDoor) throws Exception {
        TagBinding b = registry.active(carried).orElseThrow();
        FakeTagReaderProvider readers = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                new FakeTagPopulation(2));
        try (FakeTagReader reader = readers.open(ReaderConfig.of(DeviceConfig.of("gate-reader", "fake:ok").withClock(clock),
                List.of(AntennaConfig.of(1, "exit-gate"))));
                FakeDoorController doors = new FakeDoorControllerProvider().open(DoorConfig.of(
                        DeviceConfig.of("doors", "fake:ok").withClock(clock), List.of("exit-1")))) {
            reader.subscribe(gate.readers());
            doors.subscribe(gate.doors());
            reader.connect();
            doors.connect();
            reader.start();
            if (forceDoor) {
                doors.force("exit-1");
            } else {
                doors.grant("exit-1", "card-ref-9");
                doors.open("exit-1");
            }
            Thread.sleep(100); // door events delivered before the tag passes
            for (int i = 0; i < 5; i++) {
                reader.read(TagId.epc(b.code().hex()), 1, -40); // duplicate reads at the gate
            }
            reader.stop();
            Thread.sleep(100);
        }
        return gate.alarms();
    }

    @Test
    void aDossierWithoutLoanAtTheGateRaisesOneAlarmWithTheForcedDoor() throws Exception {
        DossierId d = DossierId.of("D-1");
        registry.issue(d, "clerk");
        List<GateAlarm> alarms = run(d, true);
        assertThat(alarms).singleElement().satisfies(a -> {
            assertThat(a.dossier()).isEqualTo(d);
            assertThat(a.gate()).isEqualTo("exit-gate");
            assertThat(a.custody()).isEqualTo(Custody.IN_STORE);
            assertThat(a.doorEvents()).singleElement().satisfies(s -> assertThat(s).startsWith("exit-1 DoorForced"));
        });
        assertThat(events.ofType("gate.unauthorised_removal")).hasSize(1);
    }

    @Test
    void aDoorForcedAfterTheTagPassedIsAttachedToTheOpenAlarmAsAFollowUp() throws Exception {
        DossierId d = DossierId.of("D-4");
        TagBinding b = registry.issue(d, "clerk");
        FakeTagReaderProvider readers = new FakeTagReaderProvider(FakeTagReaderProvider.DEFAULT_CAPABILITIES, 4,
                new FakeTagPopulation(2));
        try (FakeTagReader reader = readers.open(ReaderConfig.of(DeviceConfig.of("gate-reader", "fake:ok").withClock(clock),
                List.of(AntennaConfig.of(1, "exit-gate"))));
                FakeDoorController doors = new FakeDoorControllerProvider().open(DoorConfig.of(
                        DeviceConfig.of("doors", "fake:ok").withClock(clock), List.of("exit-1")))) {
            reader.subscribe(gate.readers());
            doors.subscribe(gate.doors());
            reader.connect();
            doors.connect();
            reader.start();
            reader.read(TagId.epc(b.code().hex()), 1, -40);
            awaitEvents("gate.unauthorised_removal", 1); // raised at once, before any door event
            assertThat(gate.alarms()).singleElement().satisfies(a -> assertThat(a.doorEvents()).isEmpty());
            clock.advance(Duration.ofSeconds(3));
            doors.force("exit-1");
            awaitEvents("gate.door_correlated", 1);
            reader.stop();
        }
        assertThat(gate.alarms()).singleElement().satisfies(a -> assertThat(a.doorEvents()).singleElement()
                .satisfies(s -> assertThat(s).startsWith("exit-1 DoorForced")));
        assertThat(events.events()).extracting(e -> e.type()).containsSubsequence("gate.unauthorised_removal",
                "gate.door_correlated");
    }

    private void awaitEvents(String type, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (events.ofType(type).size() < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(events.ofType(type)).hasSize(count);
    }

    @Test
    void aDossierOnLoanPassesWithoutAlarm() throws Exception {
        DossierId d = DossierId.of("D-2");
        registry.issue(d, "clerk");
        onLoan.add(d);
        assertThat(run(d, false)).isEmpty();
    }

    @Test
    void accessGrantedAndOpenedAreCorrelatedToo() throws Exception {
        DossierId d = DossierId.of("D-3");
        registry.issue(d, "clerk");
        clock.advance(Duration.ofSeconds(1));
        List<GateAlarm> alarms = run(d, false);
        assertThat(alarms).singleElement().satisfies(a -> assertThat(a.doorEvents()).hasSize(2)
                .anySatisfy(s -> assertThat(s).contains("AccessGranted")));
    }
}

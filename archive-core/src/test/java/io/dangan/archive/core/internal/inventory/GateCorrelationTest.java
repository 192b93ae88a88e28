package io.dangan.archive.core.internal.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.inventory.GateDoorCorrelated;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AccessDenied;
import io.dangan.archive.rfid.spi.AccessGranted;
import io.dangan.archive.rfid.spi.DeviceEvent;
import io.dangan.archive.rfid.spi.DoorClosed;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.DoorForced;
import io.dangan.archive.rfid.spi.DoorHeldOpen;
import io.dangan.archive.rfid.spi.DoorOpened;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Correlation of door events with unauthorised-removal alarms, in both arrival orders. */
class GateCorrelationTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration CORRELATION = Duration.ofSeconds(10);
    private static final Duration SUPPRESSION = Duration.ofSeconds(60);
    private static final Duration LATENESS = Duration.ofSeconds(60);
    private static final Map<String, Set<String>> GATES = Map.of("gate-a", Set.of("a-1", "a-2"), "gate-b", Set.of("b-1"));
    private static final DossierId D1 = DossierId.of("D-1");
    private static final DossierId D2 = DossierId.of("D-2");
    private static final DossierId LENT = DossierId.of("D-LENT");

    /** The registry and the sink of one gate; a fresh one per scenario. */
    private static final class Rig {
        final RecordingEventSink events = new RecordingEventSink();
        final HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.gdti96("6901234", "00001", 0), 1,
                ManualClock.at("2026-11-25T07:00:00Z"), events);
        final Map<DossierId, TagId> tags = new HashMap<>();
        final DefaultGateControl gate;
        long sequence;

        Rig() {
            for (DossierId d : List.of(D1, D2, LENT)) {
                TagBinding b = registry.issue(d, "clerk");
                tags.put(d, TagId.epc(b.code().hex()));
            }
            events.clear();
            gate = new DefaultGateControl(GATES, registry, (d, at) -> d.equals(LENT) ? Custody.ON_LOAN : Custody.IN_STORE,
                    events, CORRELATION, SUPPRESSION, LATENESS);
        }

        TagObserved read(DossierId d, String antenna, int second) {
            return readAtMillis(d, antenna, second * 1000);
        }

        TagObserved readAtMillis(DossierId d, String antenna, int millis) {
            return TagObserved.of("gate-reader", sequence++, T0.plusMillis(millis), tags.get(d), 1, antenna, -40.0);
        }

        void deliver(DeviceEvent e) {
            if (e instanceof ReaderEvent r) {
                gate.readers().onEvent(r);
            } else {
                gate.doors().onEvent((DoorEvent) e);
            }
        }

        void deliverAll(List<DeviceEvent> all) {
            all.forEach(this::deliver);
        }

        GateAlarm onlyAlarm() {
            assertThat(gate.alarms()).hasSize(1);
            return gate.alarms().get(0);
        }

        List<GateDoorCorrelated> followUps() {
            return events.ofClass(GateDoorCorrelated.class);
        }
    }

    private static DoorForced forced(String door, int second) {
        return new DoorForced("doors", 0, T0.plusSeconds(second), door);
    }

    private static DoorOpened opened(String door, int second) {
        return new DoorOpened("doors", 0, T0.plusSeconds(second), door);
    }

    @Nested
    @DisplayName("a door event arriving after the alarm")
    class Late {
        @Test
        @DisplayName("raises the alarm at once on the read, then attaches the door and publishes a follow-up")
        void attachedAsFollowUp() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 0));
            assertThat(rig.events.events()).singleElement().isInstanceOfSatisfying(GateAlarm.class,
                    a -> assertThat(a.doorEvents()).isEmpty());

            rig.deliver(forced("a-1", 4));

            assertThat(rig.onlyAlarm().doorEvents()).containsExactly("a-1 DoorForced " + T0.plusSeconds(4));
            assertThat(rig.events.events()).extracting(DomainEvent::type)
                    .containsExactly("gate.unauthorised_removal", "gate.door_correlated");
            GateDoorCorrelated f = rig.followUps().get(0);
            assertThat(f.alarmAt()).isEqualTo(T0);
            assertThat(f.dossier()).isEqualTo(D1);
            assertThat(f.gate()).isEqualTo("gate-a");
            assertThat(f.occurredAt()).isEqualTo(T0.plusSeconds(4));
            assertThat(f.details()).containsEntry("door", "a-1 DoorForced " + T0.plusSeconds(4))
                    .containsEntry("alarmAt", T0.toString()).containsEntry("dossier", "D-1");
        }

        @Test
        @DisplayName("is attached when it happened before the read but its controller reported late")
        void outOfOrderBeforeTheRead() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 20));
            rig.deliver(opened("a-2", 12));
            assertThat(rig.onlyAlarm().doorEvents()).containsExactly("a-2 DoorOpened " + T0.plusSeconds(12));
            assertThat(rig.followUps()).hasSize(1);
        }

        @Test
        @DisplayName("after the window, at another gate's door or at an unwatched door is not attached")
        void outsideTheWindowOrAtOtherDoors() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 20));
            rig.deliver(forced("a-1", 31)); // 11 s after the read: outside the 10 s window
            rig.deliver(forced("a-1", 9)); // 11 s before
            rig.deliver(forced("b-1", 21)); // gate b's door
            rig.deliver(forced("x-9", 21)); // watched by no gate
            assertThat(rig.onlyAlarm().doorEvents()).isEmpty();
            assertThat(rig.followUps()).isEmpty();
            rig.deliver(forced("a-1", 30)); // exactly at the window's edge
            assertThat(rig.onlyAlarm().doorEvents()).containsExactly("a-1 DoorForced " + T0.plusSeconds(30));
        }

        @Test
        @DisplayName("delivered twice is attached and published once")
        void duplicates() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 0));
            rig.deliver(forced("a-1", 3));
            rig.deliver(forced("a-1", 3));
            rig.deliver(new DoorForced("doors", 7, T0.plusSeconds(3), "a-1")); // re-delivered after a reconnect
            assertThat(rig.onlyAlarm().doorEvents()).hasSize(1);
            assertThat(rig.followUps()).hasSize(1);
        }

        @Test
        @DisplayName("is dropped when it arrives more than the lateness allowance behind the newest event")
        void tooLate() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 0));
            rig.deliver(forced("b-1", 200)); // the newest event now lies 200 s after the read
            rig.deliver(forced("a-1", 5));
            assertThat(rig.onlyAlarm().doorEvents()).isEmpty();
            assertThat(rig.followUps()).isEmpty();
        }
    }

    @Nested
    @DisplayName("repeat reads of the same dossier")
    class RepeatReads {
        @Test
        @DisplayName("raise no second alarm but widen the window, bringing in door events already known")
        void widen() {
            Rig rig = new Rig();
            rig.deliver(forced("a-1", 25)); // known before any read, but 25 s after the first read
            rig.deliver(rig.read(D1, "gate-a", 0));
            assertThat(rig.onlyAlarm().doorEvents()).isEmpty();
            rig.deliver(rig.read(D1, "gate-a", 18)); // the dossier is still at the gate 18 s later
            assertThat(rig.onlyAlarm().doorEvents()).containsExactly("a-1 DoorForced " + T0.plusSeconds(25));
            assertThat(rig.followUps()).singleElement().satisfies(f -> assertThat(f.alarmAt()).isEqualTo(T0));
            rig.deliver(opened("a-2", 27)); // within 10 s of the later read
            assertThat(rig.onlyAlarm().doorEvents()).hasSize(2);
            assertThat(rig.events.ofType("gate.unauthorised_removal")).hasSize(1);
        }

        @Test
        @DisplayName("at another gate raise that gate's own alarm with that gate's doors")
        void otherGate() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 0));
            rig.deliver(rig.read(D1, "gate-b", 2));
            rig.deliver(forced("b-1", 3));
            assertThat(rig.gate.alarms()).hasSize(2).anySatisfy(a -> {
                assertThat(a.gate()).isEqualTo("gate-b");
                assertThat(a.doorEvents()).containsExactly("b-1 DoorForced " + T0.plusSeconds(3));
            }).anySatisfy(a -> {
                assertThat(a.gate()).isEqualTo("gate-a");
                assertThat(a.doorEvents()).isEmpty();
            });
        }

        @Test
        @DisplayName("after the suppression window raise a new alarm")
        void afterSuppression() {
            Rig rig = new Rig();
            rig.deliver(rig.read(D1, "gate-a", 0));
            rig.deliver(rig.read(D1, "gate-a", 61));
            assertThat(rig.gate.alarms()).hasSize(2);
        }
    }

    // --- the property: the correlated sets do not depend on the order events arrive in ---

    private static DoorEvent.AtDoor door(int kind, String door, int millis) {
        Instant at = T0.plusMillis(millis);
        return switch (kind) {
            case 0 -> new DoorOpened("doors", 0, at, door);
            case 1 -> new DoorClosed("doors", 0, at, door);
            case 2 -> new DoorForced("doors", 0, at, door);
            case 3 -> new DoorHeldOpen("doors", 0, at, door, Duration.ofSeconds(30));
            case 4 -> new AccessGranted("doors", 0, at, door, "card-9");
            default -> new AccessDenied("doors", 0, at, door, "card-9", "expired");
        };
    }

    /** Reads of two dossiers in store (and one on loan, and one at a shelf) at the gates, and door events around them. */
    @Provide
    Arbitrary<List<DeviceEvent>> scenarios() {
        Rig template = new Rig(); // tag codes are issued in order, so every rig has the same codes
        // reads within 20 s of each other (under the suppression window), doors over 60 s (the lateness allowance)
        Arbitrary<int[]> read = Combinators.combine(Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(20_000, 40_000)).as((who, ms) -> new int[] {who, ms});
        Arbitrary<int[]> doorEvent = Combinators.combine(Arbitraries.integers().between(0, 5),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 60).map(s -> s * 1000))
                .as((kind, door, ms) -> new int[] {kind, door, ms});
        return Combinators.combine(read.list().ofMinSize(1).ofMaxSize(8), doorEvent.list().ofMaxSize(14),
                Arbitraries.integers().between(0, 4)).as((reads, doors, dup) -> {
                    List<DeviceEvent> all = new ArrayList<>();
                    String[] doorIds = {"a-1", "a-2", "b-1", "x-9"};
                    for (int[] r : reads) {
                        switch (r[0]) {
                            case 0 -> all.add(template.readAtMillis(D1, "gate-a", r[1]));
                            case 1 -> all.add(template.readAtMillis(D2, "gate-b", r[1]));
                            case 2 -> all.add(template.readAtMillis(LENT, "gate-a", r[1]));
                            default -> all.add(template.readAtMillis(D1, "shelf-1", r[1]));
                        }
                    }
                    for (int[] d : doors) {
                        all.add(door(d[0], doorIds[d[1]], d[2]));
                    }
                    for (int i = 0; i < dup && i < all.size(); i++) {
                        all.add(all.get(i)); // duplicates delivered again
                    }
                    return all;
                });
    }

    /** What the alarms hold: dossier and gate to the correlated door events. */
    private static Map<String, Set<String>> correlated(List<GateAlarm> alarms) {
        Map<String, Set<String>> m = new TreeMap<>();
        for (GateAlarm a : alarms) {
            assertThat(m.put(a.dossier() + "@" + a.gate(), new TreeSet<>(a.doorEvents()))).isNull();
        }
        return m;
    }

    /** The oracle: door events at the gate's doors within the correlation window of any read, once each. */
    private static Map<String, Set<String>> expected(List<DeviceEvent> all) {
        Map<String, Set<String>> m = new TreeMap<>();
        Map<String, List<Instant>> reads = new TreeMap<>();
        Rig rig = new Rig();
        for (DeviceEvent e : all) {
            if (e instanceof TagObserved t && GATES.containsKey(t.antennaAlias())) {
                DossierId d = rig.registry.byCode(new io.dangan.archive.inventory.TagCode(t.tag().hex())).orElseThrow()
                        .dossier();
                if (!d.equals(LENT)) {
                    reads.computeIfAbsent(d + "@" + t.antennaAlias(), k -> new ArrayList<>()).add(t.at());
                }
            }
        }
        reads.forEach((key, times) -> {
            Set<String> doors = GATES.get(key.substring(key.indexOf('@') + 1));
            Set<String> hits = new TreeSet<>();
            for (DeviceEvent e : all) {
                if (e instanceof DoorEvent.AtDoor d && doors.contains(d.doorId())
                        && times.stream().anyMatch(t -> !d.at().isBefore(t.minus(CORRELATION))
                                && !d.at().isAfter(t.plus(CORRELATION)))) {
                    hits.add(d.doorId() + " " + d.getClass().getSimpleName() + " " + d.at());
                }
            }
            m.put(key, hits);
        });
        return m;
    }

    @Property(tries = 300)
    @Label("the correlated set of every alarm is the same for every arrival order, and the audit trail tells it")
    void correlationDoesNotDependOnArrivalOrder(@ForAll("scenarios") List<DeviceEvent> events,
            @ForAll("orders") List<Integer> order) {
        Rig inOrder = new Rig();
        List<DeviceEvent> byTime = new ArrayList<>(events);
        byTime.sort(java.util.Comparator.comparing(DeviceEvent::at));
        inOrder.deliverAll(byTime);

        Rig shuffled = new Rig();
        List<DeviceEvent> permuted = permute(events, order);
        shuffled.deliverAll(permuted);

        Map<String, Set<String>> want = expected(events);
        assertThat(correlated(inOrder.gate.alarms())).isEqualTo(want);
        assertThat(correlated(shuffled.gate.alarms())).isEqualTo(want);
        for (Rig rig : List.of(inOrder, shuffled)) {
            // the audit trail: each alarm's doors at raise time plus its follow-ups, none twice, give the final set
            Map<String, List<String>> told = new TreeMap<>();
            for (GateAlarm a : rig.events.ofClass(GateAlarm.class)) {
                told.put(a.dossier() + "@" + a.gate(), new ArrayList<>(a.doorEvents()));
            }
            for (GateDoorCorrelated f : rig.followUps()) {
                told.get(f.dossier() + "@" + f.gate()).add(f.doorEvent());
            }
            told.forEach((k, v) -> assertThat(new LinkedHashSet<>(v)).hasSameSizeAs(v));
            Map<String, Set<String>> asSets = new TreeMap<>();
            told.forEach((k, v) -> asSets.put(k, new TreeSet<>(v)));
            assertThat(asSets).isEqualTo(want);
        }
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.integers().between(0, Integer.MAX_VALUE).list().ofSize(40);
    }

    /** A permutation driven by generated numbers, so jqwik shrinks it like any other input. */
    private static List<DeviceEvent> permute(List<DeviceEvent> events, List<Integer> order) {
        List<DeviceEvent> rest = new ArrayList<>(events);
        List<DeviceEvent> out = new ArrayList<>();
        for (int i = 0; !rest.isEmpty(); i++) {
            out.add(rest.remove(order.get(i % order.size()) % rest.size()));
        }
        return out;
    }
}

package io.dangan.archive.core.internal.inventory;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.inventory.GateDoorCorrelated;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.inventory.TagRegistry;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagKind;
import io.dangan.archive.rfid.spi.TagObserved;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Gate control; see {@link GateControl}.
 *
 * <p>Correlation works both ways in event time (the devices' clocks), so the result does not depend on whether the
 * door controller or the reader reports first. An alarm is raised at once on the first read of a dossier at a gate,
 * with the door events at the gate's doors within {@code correlation} of the read that have arrived by then. Later
 * reads of the same dossier at the same gate within {@code suppression} of the alarm raise nothing new but widen the
 * alarm's span of reads; a door event within {@code correlation} of the span that arrives after the alarm (or that
 * the widening brings in) is attached and published as a {@link GateDoorCorrelated}. Duplicate door events (the same
 * door, kind and time) are attached once; door events at doors the gate does not watch are ignored.
 *
 * <p>There are no timers: the newest event time seen (the watermark) closes the windows. An event that arrives up
 * to {@code lateness} behind the watermark is correlated as if it had arrived in order; door events are kept for
 * {@code lateness + correlation} behind the watermark and alarms stay open until their window lies {@code lateness}
 * behind it. A tag read arriving later than that still raises its alarm (fail closed), with whatever door events
 * are still kept. Within that bound the correlated set of every alarm is independent of arrival order.
 *
 * <p>Threading: readers and door controllers call in on their own dispatcher threads. The registry and custody
 * lookups run outside the lock; the state changes under it, and the resulting events go to the sink in the order
 * the state changed (an alarm before its follow-ups) through a small outbox, without holding the state lock while
 * the sink writes.
 */
public final class DefaultGateControl implements GateControl {
    private static final Comparator<Door> DOOR_ORDER = Comparator.comparing(Door::at).thenComparing(Door::text);

    private final Map<String, Set<String>> doorsByGate;
    private final Set<String> watchedDoors;
    private final TagRegistry registry;
    private final CustodyStatus custody;
    private final EventSink events;
    private final Duration correlation;
    private final Duration suppression;
    private final Duration lateness;
    // guarded by this
    private final TreeSet<Door> recentDoors = new TreeSet<>(DOOR_ORDER);
    private final Map<Key, Open> openByKey = new HashMap<>();
    private final List<GateAlarm> alarms = new ArrayList<>();
    private @Nullable Instant watermark;
    // guarded by outbox; drained under emitLock
    private final ArrayDeque<DomainEvent> outbox = new ArrayDeque<>();
    private final Object emitLock = new Object();

    /** A door event at a watched door, in the form the alarm lists it. */
    private record Door(Instant at, String doorId, String text) {
    }

    /** One alarm per dossier and gate per suppression window. */
    private record Key(String dossier, String gate) {
    }

    /** An alarm still able to gain door events. */
    private static final class Open {
        final int index;
        final GateAlarm raised;
        final Set<String> doors;
        final TreeSet<Door> attached = new TreeSet<>(DOOR_ORDER);
        Instant firstRead;
        Instant lastRead;

        Open(int index, GateAlarm raised, Set<String> doors) {
            this.index = index;
            this.raised = raised;
            this.doors = doors;
            this.firstRead = raised.occurredAt();
            this.lastRead = raised.occurredAt();
        }
    }

    /**
     * @param doorsByGate each exit gate's antenna alias and the doors it watches
     * @param registry resolves tags to dossiers
     * @param custody tells whether a dossier may leave
     * @param events receives the alarms and their follow-ups
     * @param correlation how far either side of the reads door events are attached to an alarm
     * @param suppression how long repeat reads of one dossier at one gate raise no new alarm (they widen the open one)
     * @param lateness how far behind the newest event an event may arrive and still be correlated as if in order
     */
    public DefaultGateControl(Map<String, Set<String>> doorsByGate, TagRegistry registry, CustodyStatus custody,
            EventSink events, Duration correlation, Duration suppression, Duration lateness) {
        Map<String, Set<String>> copy = new HashMap<>();
        Set<String> watched = new HashSet<>();
        doorsByGate.forEach((gate, doors) -> {
            copy.put(Objects.requireNonNull(gate, "gate"), Set.copyOf(doors));
            watched.addAll(doors);
        });
        this.doorsByGate = Map.copyOf(copy);
        this.watchedDoors = Set.copyOf(watched);
        this.registry = Objects.requireNonNull(registry, "registry");
        this.custody = Objects.requireNonNull(custody, "custody");
        this.events = Objects.requireNonNull(events, "events");
        this.correlation = nonNegative(correlation, "correlation");
        this.suppression = nonNegative(suppression, "suppression");
        this.lateness = nonNegative(lateness, "lateness");
    }

    private static Duration nonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " " + d + " is negative");
        }
        return d;
    }

    @Override
    public DeviceListener<ReaderEvent> readers() {
        return this::onReader;
    }

    @Override
    public DeviceListener<DoorEvent> doors() {
        return this::onDoor;
    }

    @Override
    public synchronized List<GateAlarm> alarms() {
        return List.copyOf(alarms);
    }

    private void onDoor(DoorEvent e) {
        if (!(e instanceof DoorEvent.AtDoor d) || !watchedDoors.contains(d.doorId())) {
            return;
        }
        Door door = new Door(d.at(), d.doorId(), d.doorId() + " " + d.getClass().getSimpleName() + " " + d.at());
        synchronized (this) {
            advance(d.at());
            if (tooLate(d.at(), correlation) || !recentDoors.add(door)) {
                return; // beyond every open window, or a duplicate
            }
            for (Open o : openByKey.values()) {
                if (o.doors.contains(door.doorId()) && !door.at().isBefore(o.firstRead.minus(correlation))
                        && !door.at().isAfter(o.lastRead.plus(correlation))) {
                    attach(o, door);
                }
            }
        }
        drain();
    }

    private void onReader(ReaderEvent e) {
        if (!(e instanceof TagObserved t) || !doorsByGate.containsKey(t.antennaAlias())
                || t.tag().kind() != TagKind.EPC || t.tag().length() < 2) {
            return;
        }
        Optional<TagBinding> binding = registry.byCode(new TagCode(t.tag().hex()));
        if (binding.isEmpty() || binding.get().status() != TagStatus.ACTIVE) {
            return;
        }
        TagBinding b = binding.get();
        Custody c = custody.of(b.dossier(), t.at());
        if (c.mayLeave()) {
            return;
        }
        synchronized (this) {
            advance(t.at());
            Key key = new Key(b.dossier().value(), t.antennaAlias());
            Open open = openByKey.get(key);
            if (open != null && !t.at().isAfter(open.raised.occurredAt().plus(suppression))) {
                widen(open, t.at());
            } else {
                raise(key, t, b, c);
            }
        }
        drain();
    }

    /** Raises a new alarm with the door events known in its window; caller holds the lock. */
    private void raise(Key key, TagObserved t, TagBinding b, Custody c) {
        Set<String> doors = doorsByGate.get(t.antennaAlias());
        List<Door> known = new ArrayList<>();
        for (Door d : window(t.at(), t.at())) {
            if (doors.contains(d.doorId())) {
                known.add(d);
            }
        }
        GateAlarm alarm = new GateAlarm(t.at(), "system", b.dossier(), b.code(), t.antennaAlias(), c,
                known.stream().map(Door::text).toList());
        Open open = new Open(alarms.size(), alarm, doors);
        open.attached.addAll(known);
        alarms.add(alarm);
        openByKey.put(key, open);
        enqueue(alarm);
    }

    /** Widens an open alarm's span of reads and attaches the door events the wider window brings in. */
    private void widen(Open o, Instant read) {
        Instant first = read.isBefore(o.firstRead) ? read : o.firstRead;
        Instant last = read.isAfter(o.lastRead) ? read : o.lastRead;
        if (first.equals(o.firstRead) && last.equals(o.lastRead)) {
            return;
        }
        o.firstRead = first;
        o.lastRead = last;
        for (Door d : List.copyOf(window(first, last))) {
            if (o.doors.contains(d.doorId())) {
                attach(o, d);
            }
        }
    }

    private Set<Door> window(Instant first, Instant last) {
        Door from = new Door(first.minus(correlation), "", "");
        Door to = new Door(last.plus(correlation), "\uffff", "\uffff");
        return recentDoors.subSet(from, true, to, true);
    }

    /** Attaches a door event to an open alarm when it is new there, publishing the follow-up. */
    private void attach(Open o, Door d) {
        if (!o.attached.add(d)) {
            return;
        }
        GateAlarm r = o.raised;
        alarms.set(o.index, new GateAlarm(r.occurredAt(), r.actor(), r.dossier(), r.code(), r.gate(), r.custody(),
                o.attached.stream().map(Door::text).toList()));
        enqueue(new GateDoorCorrelated(d.at(), "system", r.dossier(), r.code(), r.gate(), r.occurredAt(), d.text()));
    }

    /** Moves the watermark forward and forgets what no in-time event can reach any more. */
    private void advance(Instant at) {
        if (watermark != null && !at.isAfter(watermark)) {
            return;
        }
        watermark = at;
        Door horizon = new Door(at.minus(lateness).minus(correlation), "", "");
        recentDoors.headSet(horizon, false).clear();
        for (Iterator<Open> i = openByKey.values().iterator(); i.hasNext(); ) {
            Open o = i.next();
            Instant windowEnd = o.lastRead.plus(correlation);
            Instant suppressedUntil = o.raised.occurredAt().plus(suppression);
            if (tooLate(windowEnd, Duration.ZERO) && tooLate(suppressedUntil, Duration.ZERO)) {
                i.remove();
            }
        }
    }

    /** @return whether an instant lies more than {@code lateness + slack} behind the watermark */
    private boolean tooLate(Instant at, Duration slack) {
        return watermark != null && at.isBefore(watermark.minus(lateness).minus(slack));
    }

    private void enqueue(DomainEvent e) {
        synchronized (outbox) {
            outbox.addLast(e);
        }
    }

    /** Emits queued events in the order they were queued; one thread at a time. */
    private void drain() {
        synchronized (emitLock) {
            while (true) {
                DomainEvent e;
                synchronized (outbox) {
                    e = outbox.pollFirst();
                }
                if (e == null) {
                    return;
                }
                events.emit(e);
            }
        }
    }
}

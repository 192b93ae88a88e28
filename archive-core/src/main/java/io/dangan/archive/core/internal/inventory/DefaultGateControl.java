package io.dangan.archive.core.internal.inventory;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.GateAlarm;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Gate control; see {@link GateControl}. */
public final class DefaultGateControl implements GateControl {
    private final Map<String, Set<String>> doorsByGate;
    private final TagRegistry registry;
    private final CustodyStatus custody;
    private final EventSink events;
    private final Duration correlation;
    private final Duration suppression;
    private final ArrayDeque<DoorEvent.AtDoor> recentDoors = new ArrayDeque<>();
    private final Map<String, Instant> lastAlarm = new HashMap<>();
    private final List<GateAlarm> alarms = new ArrayList<>();

    /**
     * @param doorsByGate each exit gate's antenna alias and the doors it watches
     * @param registry resolves tags to dossiers
     * @param custody tells whether a dossier may leave
     * @param events receives the alarms
     * @param correlation how far back door events are attached to an alarm
     * @param suppression how long duplicate reads of one dossier at the gates raise no new alarm
     */
    public DefaultGateControl(Map<String, Set<String>> doorsByGate, TagRegistry registry, CustodyStatus custody,
            EventSink events, Duration correlation, Duration suppression) {
        this.doorsByGate = Map.copyOf(doorsByGate);
        this.registry = Objects.requireNonNull(registry, "registry");
        this.custody = Objects.requireNonNull(custody, "custody");
        this.events = Objects.requireNonNull(events, "events");
        this.correlation = Objects.requireNonNull(correlation, "correlation");
        this.suppression = Objects.requireNonNull(suppression, "suppression");
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

    private synchronized void onDoor(DoorEvent e) {
        if (e instanceof DoorEvent.AtDoor d) {
            recentDoors.addLast(d);
            prune(d.at());
        }
    }

    private void prune(Instant now) {
        Instant horizon = now.minus(correlation).minus(correlation);
        while (!recentDoors.isEmpty() && recentDoors.peekFirst().at().isBefore(horizon)) {
            recentDoors.removeFirst();
        }
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
        GateAlarm alarm;
        synchronized (this) {
            String key = b.dossier().value();
            Instant last = lastAlarm.get(key);
            if (last != null && !t.at().isAfter(last.plus(suppression))) {
                return;
            }
            lastAlarm.put(key, t.at());
            Set<String> doors = doorsByGate.get(t.antennaAlias());
            Instant from = t.at().minus(correlation);
            List<String> correlated = new ArrayList<>();
            for (DoorEvent.AtDoor d : recentDoors) {
                if (doors.contains(d.doorId()) && !d.at().isBefore(from) && !d.at().isAfter(t.at().plus(correlation))) {
                    correlated.add(d.doorId() + " " + d.getClass().getSimpleName() + " " + d.at());
                }
            }
            alarm = new GateAlarm(t.at(), "system", b.dossier(), b.code(), t.antennaAlias(), c, correlated);
            alarms.add(alarm);
        }
        events.emit(alarm);
    }
}

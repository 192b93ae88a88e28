package io.dangan.archive.inventory;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dossier's tag was seen at an exit gate without an active loan or transfer (非法带出告警); type
 * {@code gate.unauthorised_removal}. Raised at once on the read, with the door events at the gate's doors within the
 * correlation window (either side of the read) known by then; a door event of the window that arrives later is
 * published as a {@link GateDoorCorrelated} follow-up, and the gate's list of alarms shows it attached.
 *
 * @param occurredAt when the tag was seen
 * @param actor always {@code system}
 * @param dossier the dossier
 * @param code its tag code
 * @param gate the gate's location (the antenna alias)
 * @param custody its custody at that instant
 * @param doorEvents the correlated door events, oldest first, each the door, the event's
 *     kind and its time, e.g. {@code exit-1 DoorForced 2026-11-25T08:00:01Z}
 */
public record GateAlarm(Instant occurredAt, String actor, DossierId dossier, TagCode code, String gate, Custody custody,
        List<String> doorEvents) implements DomainEvent {
    public GateAlarm {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(custody, "custody");
        doorEvents = List.copyOf(doorEvents);
    }

    @Override
    public String type() {
        return "gate.unauthorised_removal";
    }

    @Override
    public String subjectRef() {
        return dossier.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("code", code.hex());
        m.put("custody", custody.name());
        m.put("doors", String.join("; ", doorEvents));
        m.put("dossier", dossier.value());
        m.put("gate", gate);
        return m;
    }
}

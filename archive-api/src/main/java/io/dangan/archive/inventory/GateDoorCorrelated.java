package io.dangan.archive.inventory;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A door event attached to an unauthorised-removal alarm after the alarm was raised (门禁事件补充关联); type
 * {@code gate.door_correlated}. The gate raises its {@link GateAlarm} at once on the tag read, with the door events
 * it has by then; a door event at one of the gate's doors within the correlation window that arrives later (the
 * door opened after the read, or its controller reported late) is attached to the open alarm and published as this
 * follow-up. The alarm is named by its dossier, gate and {@link #alarmAt} (the alarm's {@code occurredAt}), which
 * together identify it: a dossier raises at most one alarm per suppression window.
 *
 * @param occurredAt when the door event happened (the door controller's time)
 * @param actor always {@code system}
 * @param dossier the alarm's dossier
 * @param code the alarm's tag code
 * @param gate the alarm's gate (the antenna alias)
 * @param alarmAt when the alarm was raised (its {@link GateAlarm#occurredAt()})
 * @param doorEvent the door event in the form of {@link GateAlarm#doorEvents()}, e.g.
 *     {@code exit-1 DoorForced 2026-11-25T08:00:01Z}
 */
public record GateDoorCorrelated(Instant occurredAt, String actor, DossierId dossier, TagCode code, String gate,
        Instant alarmAt, String doorEvent) implements DomainEvent {
    public GateDoorCorrelated {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(gate, "gate");
        Objects.requireNonNull(alarmAt, "alarmAt");
        Objects.requireNonNull(doorEvent, "doorEvent");
    }

    @Override
    public String type() {
        return "gate.door_correlated";
    }

    @Override
    public String subjectRef() {
        return dossier.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("alarmAt", alarmAt.toString());
        m.put("code", code.hex());
        m.put("door", doorEvent);
        m.put("dossier", dossier.value());
        m.put("gate", gate);
        return m;
    }
}

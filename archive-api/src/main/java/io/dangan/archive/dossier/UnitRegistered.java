package io.dangan.archive.dossier;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A unit was registered (单位登记).
 *
 * @param occurredAt when
 * @param actor who
 * @param unit the unit
 * @param name its name
 */
public record UnitRegistered(Instant occurredAt, String actor, UnitId unit, String name) implements DomainEvent {
    public UnitRegistered {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(name, "name");
    }

    /** The stable type name of this event. */
    public static final String TYPE = "unit.registered";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return unit.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("name", name);
        return m;
    }
}

package io.dangan.archive.environment;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An environment alert changed (告警变更); types {@code environment.alert.raised}, {@code .escalated},
 * {@code .deescalated}, {@code .acknowledged}, {@code .cleared}.
 *
 * @param occurredAt when
 * @param actor who ({@code system} except for acknowledgement)
 * @param change what happened
 * @param alert the alert after the change
 */
public record AlertChanged(Instant occurredAt, String actor, Change change, EnvironmentAlert alert) implements DomainEvent {
    /** What happened to an alert. */
    public enum Change {
        /** Raised. */
        RAISED,
        /** Its severity rose. */
        ESCALATED,
        /** Its severity fell (the condition persists). */
        DEESCALATED,
        /** A person acknowledged it. */
        ACKNOWLEDGED,
        /** The condition ended. */
        CLEARED
    }

    public AlertChanged {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(alert, "alert");
    }

    @Override
    public String type() {
        return "environment.alert." + change.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String subjectRef() {
        return alert.sensorId();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("alert", alert.id());
        m.put("kind", alert.kind().name());
        if (alert.measure() != null) {
            m.put("measure", alert.measure().name());
        }
        m.put("room", alert.room());
        m.put("severity", alert.severity().name());
        m.put("state", alert.state().name());
        if (!Double.isNaN(alert.value())) {
            m.put("value", Double.toString(alert.value()));
        }
        return m;
    }
}

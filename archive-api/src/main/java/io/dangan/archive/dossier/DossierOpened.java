package io.dangan.archive.dossier;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dossier was opened for a subject (建档).
 *
 * @param occurredAt when
 * @param actor who
 * @param dossier the dossier
 * @param subject its subject
 * @param custodian the unit holding it
 */
public record DossierOpened(Instant occurredAt, String actor, DossierId dossier, SubjectId subject, UnitId custodian) implements DomainEvent {
    public DossierOpened {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(custodian, "custodian");
    }

    /** The stable type name of this event. */
    public static final String TYPE = "dossier.opened";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return dossier.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("custodian", custodian.value());
        m.put("subject", subject.value());
        return m;
    }
}

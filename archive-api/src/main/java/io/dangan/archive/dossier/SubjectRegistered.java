package io.dangan.archive.dossier;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.SubjectId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A subject (cadre) was registered (干部登记); the citizen id is kept masked.
 *
 * @param occurredAt when
 * @param actor who
 * @param subject the subject
 * @param maskedCitizenId the citizen id with the birth date masked
 */
public record SubjectRegistered(Instant occurredAt, String actor, SubjectId subject, String maskedCitizenId) implements DomainEvent {
    public SubjectRegistered {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(maskedCitizenId, "maskedCitizenId");
    }

    /** The stable type name of this event. */
    public static final String TYPE = "subject.registered";

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return subject.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("citizenId", maskedCitizenId);
        return m;
    }
}

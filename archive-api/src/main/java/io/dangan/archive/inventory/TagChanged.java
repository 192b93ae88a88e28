package io.dangan.archive.inventory;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dossier's tag was issued, re-issued, retired or written (标签变更). Types: {@code tag.issued},
 * {@code tag.reissued}, {@code tag.retired}, {@code tag.written}.
 *
 * @param occurredAt when
 * @param actor who
 * @param dossier the dossier
 * @param change what happened
 * @param code the tag code concerned (the new one for a re-issue)
 * @param detail the reason, the replaced code or the reader; may be empty
 */
public record TagChanged(Instant occurredAt, String actor, DossierId dossier, Change change, TagCode code, String detail)
        implements DomainEvent {
    /** What happened to the tag. */
    public enum Change {
        /** A first code was issued. */
        ISSUED,
        /** A new code replaced a damaged or lost one. */
        REISSUED,
        /** The code was retired. */
        RETIRED,
        /** The code was written into a physical tag through a reader. */
        WRITTEN
    }

    public TagChanged {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String type() {
        return "tag." + change.name().toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String subjectRef() {
        return dossier.value();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("code", code.hex());
        if (!detail.isEmpty()) {
            m.put("detail", detail);
        }
        return m;
    }
}

package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A material was reviewed (审核). Type {@code filing.material.reviewed}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param material the material
 * @param dossier its dossier
 * @param passed true when every check passed
 * @param late true when it arrived after the filing deadline
 * @param failedChecks the failed checks, comma-separated, possibly empty
 */
public record MaterialReviewed(Instant occurredAt, String actor, io.dangan.archive.model.MaterialId material, io.dangan.archive.model.DossierId dossier, boolean passed, boolean late, String failedChecks) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.material.reviewed";

    public MaterialReviewed {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(material, "material");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(failedChecks, "failedChecks");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return material.toString();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("dossier", dossier.toString());
        m.put("failedChecks", failedChecks);
        m.put("late", Boolean.toString(late));
        m.put("passed", Boolean.toString(passed));
        return Collections.unmodifiableSortedMap(m);
    }
}

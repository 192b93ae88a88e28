package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A material was returned to its forming unit (退回) with reasons. Type {@code filing.material.returned}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param material the material
 * @param dossier its dossier
 * @param sourceUnit the unit it went back to
 * @param reasons the failed checks, comma-separated
 */
public record MaterialReturned(Instant occurredAt, String actor, io.dangan.archive.model.MaterialId material, io.dangan.archive.model.DossierId dossier, String sourceUnit, String reasons) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.material.returned";

    public MaterialReturned {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(material, "material");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(sourceUnit, "sourceUnit");
        java.util.Objects.requireNonNull(reasons, "reasons");
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
        m.put("reasons", reasons);
        m.put("sourceUnit", sourceUnit);
        return Collections.unmodifiableSortedMap(m);
    }
}

package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A material was filed (归档) at a place in the catalogue. Type {@code filing.material.filed}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param material the material
 * @param dossier its dossier
 * @param category the category
 * @param sequence its sequence within the category
 */
public record MaterialFiled(Instant occurredAt, String actor, io.dangan.archive.model.MaterialId material, io.dangan.archive.model.DossierId dossier, io.dangan.archive.model.MaterialCategory category, int sequence) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.material.filed";

    public MaterialFiled {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(material, "material");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(category, "category");
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
        m.put("category", category.code());
        m.put("dossier", dossier.toString());
        m.put("sequence", Integer.toString(sequence));
        return Collections.unmodifiableSortedMap(m);
    }
}

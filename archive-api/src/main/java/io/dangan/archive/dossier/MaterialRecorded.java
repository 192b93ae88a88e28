package io.dangan.archive.dossier;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A material was recorded into a dossier as received (材料登记).
 *
 * @param occurredAt when
 * @param actor who
 * @param dossier the dossier
 * @param material the material
 * @param category its category code
 * @param title its title
 */
public record MaterialRecorded(Instant occurredAt, String actor, DossierId dossier, MaterialId material, String category, String title) implements DomainEvent {
    public MaterialRecorded {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(title, "title");
    }

    /** The stable type name of this event. */
    public static final String TYPE = "material.recorded";

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
        m.put("category", category);
        m.put("material", material.value());
        m.put("title", title);
        return m;
    }
}

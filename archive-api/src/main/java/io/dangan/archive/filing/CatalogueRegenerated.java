package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A dossier's catalogue (目录) was regenerated in the standard's order. Type {@code filing.catalogue.regenerated}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param dossier the dossier
 * @param standard the standard's id
 * @param entries the number of lines
 * @param renumbered how many materials changed sequence
 */
public record CatalogueRegenerated(Instant occurredAt, String actor, io.dangan.archive.model.DossierId dossier, String standard, int entries, int renumbered) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.catalogue.regenerated";

    public CatalogueRegenerated {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(standard, "standard");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return dossier.toString();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("entries", Integer.toString(entries));
        m.put("renumbered", Integer.toString(renumbered));
        m.put("standard", standard);
        return Collections.unmodifiableSortedMap(m);
    }
}

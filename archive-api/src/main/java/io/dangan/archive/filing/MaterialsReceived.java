package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Materials were registered as received with their hand-over record (接收登记). Type {@code filing.materials.received}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param handOver the hand-over record
 * @param dossier the dossier
 * @param sourceUnit the forming unit
 * @param count how many materials
 */
public record MaterialsReceived(Instant occurredAt, String actor, HandOverId handOver, io.dangan.archive.model.DossierId dossier, String sourceUnit, int count) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.materials.received";

    public MaterialsReceived {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(handOver, "handOver");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(sourceUnit, "sourceUnit");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return handOver.toString();
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("count", Integer.toString(count));
        m.put("dossier", dossier.toString());
        m.put("sourceUnit", sourceUnit);
        return Collections.unmodifiableSortedMap(m);
    }
}

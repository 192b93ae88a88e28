package io.dangan.archive.filing;

import java.time.Instant;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Missing materials were entered in the register (缺少材料登记) or resolved there. Type {@code filing.missing.registered}.
 *
 * @param occurredAt when, from the archive's clock
 * @param actor who caused it
 * @param dossier the dossier
 * @param registered newly registered entries
 * @param resolved entries resolved because the material is now filed
 * @param chasedAgain open entries past their chase date that were given the next chase date
 * @param typeCodes the newly registered type codes, comma-separated
 */
public record MissingMaterialRegistered(Instant occurredAt, String actor, io.dangan.archive.model.DossierId dossier, int registered, int resolved, int chasedAgain, String typeCodes) implements FilingEvent {
    /** The event type. */
    public static final String TYPE = "filing.missing.registered";

    public MissingMaterialRegistered {
        java.util.Objects.requireNonNull(occurredAt, "occurredAt");
        java.util.Objects.requireNonNull(actor, "actor");
        java.util.Objects.requireNonNull(dossier, "dossier");
        java.util.Objects.requireNonNull(typeCodes, "typeCodes");
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
        m.put("chasedAgain", Integer.toString(chasedAgain));
        m.put("registered", Integer.toString(registered));
        m.put("resolved", Integer.toString(resolved));
        m.put("typeCodes", typeCodes);
        return Collections.unmodifiableSortedMap(m);
    }
}

package io.dangan.archive.seal;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A seal verification ran (完整性检测, a PREMIS fixity check): recorded so that the audit trail shows when the
 * archive was checked and with what verdict.
 *
 * @param occurredAt when
 * @param actor who
 * @param scope the dossier id checked, or {@code *} for the whole archive
 * @param dossiers the number of dossiers checked
 * @param findings the number of findings
 */
public record SealsVerified(Instant occurredAt, String actor, String scope, int dossiers, int findings)
        implements DomainEvent {

    /** The stable type name of this event. */
    public static final String TYPE = "seal.verified";

    /** Validates. */
    public SealsVerified {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(scope, "scope");
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public String subjectRef() {
        return scope;
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> m = new TreeMap<>();
        m.put("dossiers", Integer.toString(dossiers));
        m.put("findings", Integer.toString(findings));
        m.put("passed", Boolean.toString(findings == 0));
        return m;
    }
}

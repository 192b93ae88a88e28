package io.dangan.archive.access;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The access policy was replaced (策略变更): type {@code policy.changed}.
 *
 * @param occurredAt when
 * @param actor who changed it (a security administrator)
 * @param fromVersion the old version
 * @param toVersion the new version
 * @param requestHash the hash of the permitting request
 */
public record PolicyChanged(Instant occurredAt, String actor, String fromVersion, String toVersion, String requestHash)
        implements DomainEvent {
    public PolicyChanged {
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(fromVersion, "fromVersion");
        Objects.requireNonNull(toVersion, "toVersion");
        Objects.requireNonNull(requestHash, "requestHash");
    }

    @Override
    public String type() {
        return "policy.changed";
    }

    @Override
    public String subjectRef() {
        return "policy";
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> d = new TreeMap<>();
        d.put("action", Action.ADMINISTER_POLICY.code());
        d.put("from", fromVersion);
        d.put("to", toVersion);
        d.put("outcome", "PERMIT");
        d.put("requestHash", requestHash);
        return d;
    }
}

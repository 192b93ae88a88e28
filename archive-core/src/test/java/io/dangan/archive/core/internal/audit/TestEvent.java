package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.DomainEvent;
import java.time.Instant;
import java.util.SortedMap;
import java.util.TreeMap;

/** A plain event for audit tests. */
record TestEvent(Instant occurredAt, String type, String actor, String subjectRef, String dossier, String action)
        implements DomainEvent {
    static TestEvent number(int i, Instant t0) {
        return new TestEvent(t0.plusSeconds(i), "dossier.viewed", "user-" + (i % 3), "dossier:D-" + (i % 5),
                "D-" + (i % 5), i % 2 == 0 ? "view" : "copy");
    }

    @Override
    public SortedMap<String, String> details() {
        SortedMap<String, String> d = new TreeMap<>();
        d.put("dossier", dossier);
        d.put("action", action);
        d.put("outcome", "PERMIT");
        d.put("reasons", "PERMIT_APPROVAL");
        d.put("requestHash", "ab".repeat(32));
        return d;
    }
}

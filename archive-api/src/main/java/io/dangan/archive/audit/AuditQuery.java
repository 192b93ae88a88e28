package io.dangan.archive.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A filter over the audit log; every non-null field must match. Results come in sequence order.
 *
 * @param dossier the dossier id, or {@code null} for any
 * @param actor the actor, or {@code null} for any
 * @param action the action code, or {@code null} for any
 * @param from first instant (inclusive), or {@code null}
 * @param to end instant (exclusive), or {@code null}
 * @param limit the most records to return, 1 to 100,000
 */
public record AuditQuery(@Nullable String dossier, @Nullable String actor, @Nullable String action,
        @Nullable Instant from, @Nullable Instant to, int limit) {
    public AuditQuery {
        if (limit < 1 || limit > 100_000) {
            throw new IllegalArgumentException("limit " + limit + " is outside 1-100000");
        }
    }

    /** @return a query matching everything, up to 100,000 records */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, 100_000);
    }

    /**
     * @param dossier a dossier id
     * @return a copy filtering on it
     */
    public AuditQuery dossier(String dossier) {
        return new AuditQuery(dossier, actor, action, from, to, limit);
    }

    /**
     * @param actor an actor
     * @return a copy filtering on it
     */
    public AuditQuery actor(String actor) {
        return new AuditQuery(dossier, actor, action, from, to, limit);
    }

    /**
     * @param action an action code
     * @return a copy filtering on it
     */
    public AuditQuery action(String action) {
        return new AuditQuery(dossier, actor, action, from, to, limit);
    }

    /**
     * @param from first instant (inclusive)
     * @param to end instant (exclusive)
     * @return a copy filtering on the half-open window
     */
    public AuditQuery between(Instant from, Instant to) {
        return new AuditQuery(dossier, actor, action, from, to, limit);
    }
}

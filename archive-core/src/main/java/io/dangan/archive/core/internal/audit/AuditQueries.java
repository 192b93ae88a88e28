package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;

/** Evaluates an {@link AuditQuery} against one record, for storages that filter in memory. */
public final class AuditQueries {
    private AuditQueries() {
    }

    /**
     * @param q the query
     * @param r a record
     * @return true when every set field matches
     */
    public static boolean matches(AuditQuery q, AuditRecord r) {
        return (q.dossier() == null || q.dossier().equals(r.dossier()))
                && (q.actor() == null || q.actor().equals(r.actor()))
                && (q.action() == null || q.action().equals(r.action()))
                && (q.from() == null || !r.occurredAt().isBefore(q.from()))
                && (q.to() == null || r.occurredAt().isBefore(q.to()));
    }
}

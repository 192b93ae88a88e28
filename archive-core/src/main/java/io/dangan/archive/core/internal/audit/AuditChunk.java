package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditRecord;
import java.util.List;

/**
 * A run of new records, chained and ready to store, with their details already in the stored JSON form and
 * the subtree hashes they complete (a piece of one append batch, prepared off the writing thread).
 *
 * @param records consecutive records
 * @param detailsJson each record's details as {@code AuditJson.details} writes them, in record order
 * @param nodes the stored-level subtrees ({@link AuditTree#STORED_LEVEL} and above) these records complete
 */
public record AuditChunk(List<AuditRecord> records, List<String> detailsJson, List<AuditTreeNode> nodes) {
    public AuditChunk {
        records = List.copyOf(records);
        detailsJson = List.copyOf(detailsJson);
        nodes = List.copyOf(nodes);
        if (detailsJson.size() != records.size()) {
            throw new IllegalArgumentException("%d records but %d details".formatted(records.size(), detailsJson.size()));
        }
    }
}

package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditRecord;
import java.util.List;

/**
 * A run of new records, chained and ready to store, with the subtree hashes they complete (a piece of one
 * append batch).
 *
 * @param records consecutive records
 * @param nodes the stored-level subtrees ({@link AuditTree#STORED_LEVEL} and above) these records complete
 */
public record AuditChunk(List<AuditRecord> records, List<AuditTreeNode> nodes) {
    public AuditChunk {
        records = List.copyOf(records);
        nodes = List.copyOf(nodes);
    }
}

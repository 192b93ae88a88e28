package io.dangan.archive.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;

/**
 * The tamper-evident audit log (审计日志): append-only, one gap-free total order, each record chained to
 * the previous by hash, with signed checkpoints over a Merkle tree of the records. It is the durable
 * {@link EventSink}: {@link #emit(DomainEvent)} appends.
 *
 * <p>Implementations are thread-safe; concurrent appenders get consecutive sequences in one order. An
 * append that throws {@link io.dangan.archive.ArchiveException} with code {@code AUDIT_APPEND_FAILED}
 * stored nothing.
 */
public interface AuditLog extends EventSink {
    /**
     * Appends one event.
     *
     * @param event the event
     * @return the stored record
     */
    AuditRecord append(DomainEvent event);

    /**
     * Appends events as one batch, in list order, with consecutive sequences.
     *
     * @param events the events
     * @return the stored records
     */
    List<AuditRecord> appendAll(List<? extends DomainEvent> events);

    @Override
    default void emit(DomainEvent event) {
        append(event);
    }

    /** @return the number of records */
    long size();

    /**
     * @param sequence a sequence, 1-based
     * @return the record, or empty
     */
    Optional<AuditRecord> get(long sequence);

    /**
     * @param query the filter
     * @return matching records in sequence order
     */
    List<AuditRecord> query(AuditQuery query);

    /**
     * Makes and stores a signed checkpoint over every record so far. When a checkpoint of that size is
     * already stored (signed earlier, or by another process sharing the storage), that one is returned.
     *
     * @return the checkpoint
     * @throws io.dangan.archive.ConflictException with code {@code AUDIT_RANGE} when the log is empty
     */
    Checkpoint checkpoint();

    /** @return every stored checkpoint, by tree size */
    List<Checkpoint> checkpoints();

    /**
     * @param sequence the record
     * @param treeSize the tree to prove it in (a checkpoint's size)
     * @return the inclusion proof
     */
    InclusionProof inclusionProof(long sequence, long treeSize);

    /**
     * @param firstSize the earlier size
     * @param secondSize the later size
     * @return the consistency proof
     */
    ConsistencyProof consistencyProof(long firstSize, long secondSize);

    /**
     * Checks a proof against a checkpoint, including the checkpoint's signature.
     *
     * @param proof the proof
     * @param checkpoint the checkpoint of the proof's tree size
     * @return true when both verify
     */
    boolean verifyInclusion(InclusionProof proof, Checkpoint checkpoint);

    /**
     * Checks a consistency proof between two checkpoints, including their signatures.
     *
     * @param proof the proof
     * @param first the earlier checkpoint
     * @param second the later checkpoint
     * @return true when all verify
     */
    boolean verifyConsistency(ConsistencyProof proof, Checkpoint first, Checkpoint second);

    /**
     * Verifies the whole log: every record's hash and link, the sequence, every checkpoint's signature,
     * tree head and chain head, and consistency between successive checkpoints.
     *
     * @return the findings
     */
    AuditVerification verify();

    /**
     * Writes every record as one JSON object per line, in sequence order.
     *
     * @param out where to write (not closed)
     * @throws IOException when writing fails
     */
    void exportJsonLines(Writer out) throws IOException;
}

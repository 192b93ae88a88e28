package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Where the audit log keeps its records, its stored Merkle subtrees and its checkpoints: in memory or through
 * Jakarta Persistence. Implementations are thread-safe.
 */
public interface AuditStorage {
    /** @return the record with the highest sequence, or {@code null} when empty */
    @Nullable AuditRecord last();

    /**
     * Stores one batch atomically, all or none: every chunk's records and subtrees. The chunks are taken in
     * order, each when the storage is ready for it, so that chaining a later chunk overlaps writing an earlier
     * one; a supplier may block until its chunk is chained, and throws when chaining failed (nothing is then
     * stored). Every supplier is called unless storing fails.
     *
     * @param chunks the batch's chunks: records with consecutive sequences following {@link #last()}
     * @throws io.dangan.archive.ConflictException with code {@code DUPLICATE} when a sequence is taken (another
     *     writer appended first); nothing was stored
     */
    void append(List<Supplier<AuditChunk>> chunks);

    /** @return the number of records */
    long size();

    /**
     * @param sequence a sequence
     * @return the record
     */
    Optional<AuditRecord> get(long sequence);

    /**
     * Reads only the hashes of a range of records, for tree heads and proofs.
     *
     * @param fromSequence the first sequence
     * @param toSequence the last sequence, inclusive
     * @return the stored hashes by sequence (a missing record is absent)
     */
    SortedMap<Long, String> hashes(long fromSequence, long toSequence);

    /**
     * @param query the filter
     * @return matching records by sequence
     */
    List<AuditRecord> query(AuditQuery query);

    /**
     * Visits every record in storage order (by sequence).
     *
     * @param visitor the visitor
     */
    void forEach(Consumer<AuditRecord> visitor);

    /**
     * @param keys subtree keys ({@link AuditTreeNode#key()})
     * @return the stored subtrees among them, in no particular order
     */
    List<AuditTreeNode> nodes(Collection<Long> keys);

    /** @return every stored subtree by key, for verification */
    Map<Long, AuditTreeNode> nodes();

    /**
     * Stores subtrees not stored yet, leaving stored ones as they are (rebuilding the subtrees of a log
     * written before they were kept).
     *
     * @param nodes the subtrees
     */
    void addMissingNodes(List<AuditTreeNode> nodes);

    /**
     * @param checkpoint a checkpoint to store
     */
    void saveCheckpoint(Checkpoint checkpoint);

    /** @return the checkpoints by tree size */
    List<Checkpoint> checkpoints();
}

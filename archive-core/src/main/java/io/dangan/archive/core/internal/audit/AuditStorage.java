package io.dangan.archive.core.internal.audit;

import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where the audit log keeps its records and checkpoints: in memory or through Jakarta Persistence. */
public interface AuditStorage {
    /** @return the record with the highest sequence, or {@code null} when empty */
    @Nullable AuditRecord last();

    /**
     * Stores records atomically: all or none.
     *
     * @param batch records with consecutive sequences following {@link #last()}
     * @throws io.dangan.archive.ConflictException with code {@code DUPLICATE} when a sequence is taken (another
     *     writer appended first); nothing was stored
     */
    void append(List<AuditRecord> batch);

    /** @return the number of records */
    long size();

    /**
     * @param sequence a sequence
     * @return the record
     */
    Optional<AuditRecord> get(long sequence);

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
     * @param checkpoint a checkpoint to store
     */
    void saveCheckpoint(Checkpoint checkpoint);

    /** @return the checkpoints by tree size */
    List<Checkpoint> checkpoints();
}

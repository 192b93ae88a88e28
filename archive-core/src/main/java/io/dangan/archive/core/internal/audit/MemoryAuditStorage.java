package io.dangan.archive.core.internal.audit;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Audit storage in memory (内存审计存储), for tests, tools and the demo. Thread-safe. */
public final class MemoryAuditStorage implements AuditStorage {
    private final List<AuditRecord> records = new ArrayList<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    @Override
    public synchronized @Nullable AuditRecord last() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    @Override
    public synchronized void append(List<AuditRecord> batch) {
        long next = records.isEmpty() ? 1 : records.get(records.size() - 1).sequence() + 1;
        for (AuditRecord r : batch) {
            if (r.sequence() != next++) {
                throw new ConflictException(ErrorCode.DUPLICATE, "audit " + r.sequence(),
                        "audit sequence %d is taken or out of order, expected %d".formatted(r.sequence(), next - 1));
            }
        }
        records.addAll(batch);
    }

    @Override
    public synchronized long size() {
        return records.size();
    }

    @Override
    public synchronized Optional<AuditRecord> get(long sequence) {
        return records.stream().filter(r -> r.sequence() == sequence).findFirst();
    }

    @Override
    public synchronized List<AuditRecord> query(AuditQuery q) {
        return records.stream().filter(r -> AuditQueries.matches(q, r)).limit(q.limit()).toList();
    }

    @Override
    public void forEach(Consumer<AuditRecord> visitor) {
        List<AuditRecord> copy;
        synchronized (this) {
            copy = List.copyOf(records);
        }
        copy.forEach(visitor);
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        checkpoints.add(checkpoint);
        checkpoints.sort(Comparator.comparingLong(Checkpoint::treeSize));
    }

    @Override
    public synchronized List<Checkpoint> checkpoints() {
        return List.copyOf(checkpoints);
    }

    /**
     * Changes the stored records behind the log's back, as an attacker with database access would; for
     * tests of verification.
     *
     * @param change the change to the record list
     */
    public synchronized void tamper(UnaryOperator<List<AuditRecord>> change) {
        List<AuditRecord> next = change.apply(new ArrayList<>(records));
        records.clear();
        records.addAll(next);
    }

    /**
     * Changes the stored checkpoints behind the log's back; for tests.
     *
     * @param change the change
     */
    public synchronized void tamperCheckpoints(UnaryOperator<List<Checkpoint>> change) {
        List<Checkpoint> next = change.apply(new ArrayList<>(checkpoints));
        checkpoints.clear();
        checkpoints.addAll(next);
    }
}

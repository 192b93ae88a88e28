package io.dangan.archive.core.internal.audit;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/** Audit storage in memory (内存审计存储), for tests, tools and the demo. Thread-safe. */
public final class MemoryAuditStorage implements AuditStorage {
    private final List<AuditRecord> records = new ArrayList<>();
    private final Map<Long, AuditTreeNode> nodes = new HashMap<>();
    private final List<Checkpoint> checkpoints = new ArrayList<>();

    @Override
    public synchronized @Nullable AuditRecord last() {
        return records.isEmpty() ? null : records.get(records.size() - 1);
    }

    @Override
    public void append(List<Supplier<AuditChunk>> chunks) {
        List<AuditRecord> batch = new ArrayList<>();
        List<AuditTreeNode> newNodes = new ArrayList<>();
        for (Supplier<AuditChunk> s : chunks) {
            AuditChunk c = s.get();
            batch.addAll(c.records());
            newNodes.addAll(c.nodes());
        }
        synchronized (this) {
            long next = records.isEmpty() ? 1 : records.get(records.size() - 1).sequence() + 1;
            for (AuditRecord r : batch) {
                if (r.sequence() != next++) {
                    throw new ConflictException(ErrorCode.DUPLICATE, "audit " + r.sequence(),
                            "audit sequence %d is taken or out of order, expected %d".formatted(r.sequence(), next - 1));
                }
            }
            for (AuditTreeNode n : newNodes) {
                if (nodes.containsKey(n.key())) {
                    throw new ConflictException(ErrorCode.DUPLICATE, "audit subtree " + n.level() + "/" + n.index(),
                            "audit subtree at level %d, index %d is already stored".formatted(n.level(), n.index()));
                }
            }
            records.addAll(batch);
            newNodes.forEach(n -> nodes.put(n.key(), n));
        }
    }

    @Override
    public synchronized long size() {
        return records.size();
    }

    @Override
    public synchronized Optional<AuditRecord> get(long sequence) {
        int at = position(sequence);
        return at < 0 ? Optional.empty() : Optional.of(records.get(at));
    }

    /** The list position of a sequence: direct while the list is intact, a scan after tampering. */
    private int position(long sequence) {
        if (sequence >= 1 && sequence <= records.size() && records.get((int) sequence - 1).sequence() == sequence) {
            return (int) sequence - 1;
        }
        for (int i = 0; i < records.size(); i++) {
            if (records.get(i).sequence() == sequence) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public synchronized SortedMap<Long, String> hashes(long fromSequence, long toSequence) {
        SortedMap<Long, String> out = new TreeMap<>();
        boolean intact = !records.isEmpty() && records.get(0).sequence() == 1
                && records.get(records.size() - 1).sequence() == records.size();
        if (intact) {
            for (long s = Math.max(1, fromSequence); s <= Math.min(toSequence, records.size()); s++) {
                AuditRecord r = records.get((int) s - 1);
                out.putIfAbsent(r.sequence(), r.hash());
            }
            return out;
        }
        for (AuditRecord r : records) {
            if (r.sequence() >= fromSequence && r.sequence() <= toSequence) {
                out.putIfAbsent(r.sequence(), r.hash());
            }
        }
        return out;
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
    public synchronized List<AuditTreeNode> nodes(Collection<Long> keys) {
        List<AuditTreeNode> out = new ArrayList<>();
        for (long k : keys) {
            AuditTreeNode n = nodes.get(k);
            if (n != null) {
                out.add(n);
            }
        }
        return out;
    }

    @Override
    public synchronized Map<Long, AuditTreeNode> nodes() {
        return Map.copyOf(nodes);
    }

    @Override
    public synchronized void addMissingNodes(List<AuditTreeNode> add) {
        add.forEach(n -> nodes.putIfAbsent(n.key(), n));
    }

    @Override
    public synchronized void saveCheckpoint(Checkpoint checkpoint) {
        if (checkpoints.stream().anyMatch(c -> c.treeSize() == checkpoint.treeSize())) {
            throw new ConflictException(ErrorCode.DUPLICATE, "audit checkpoint " + checkpoint.treeSize(),
                    "an audit checkpoint at size %d is already stored".formatted(checkpoint.treeSize()));
        }
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
     * Changes the stored subtrees behind the log's back; for tests.
     *
     * @param change the change to the subtrees by key
     */
    public synchronized void tamperNodes(UnaryOperator<Map<Long, AuditTreeNode>> change) {
        Map<Long, AuditTreeNode> next = change.apply(new HashMap<>(nodes));
        nodes.clear();
        nodes.putAll(next);
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

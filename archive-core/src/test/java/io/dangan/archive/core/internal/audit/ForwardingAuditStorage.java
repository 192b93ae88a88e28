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

/** Storage that forwards to another; tests override what should misbehave. */
class ForwardingAuditStorage implements AuditStorage {
    final AuditStorage inner;

    ForwardingAuditStorage(AuditStorage inner) {
        this.inner = inner;
    }

    @Override
    public @Nullable AuditRecord last() {
        return inner.last();
    }

    @Override
    public void append(List<Supplier<AuditChunk>> chunks) {
        inner.append(chunks);
    }

    @Override
    public long size() {
        return inner.size();
    }

    @Override
    public Optional<AuditRecord> get(long sequence) {
        return inner.get(sequence);
    }

    @Override
    public SortedMap<Long, String> hashes(long fromSequence, long toSequence) {
        return inner.hashes(fromSequence, toSequence);
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        return inner.query(query);
    }

    @Override
    public void forEach(Consumer<AuditRecord> visitor) {
        inner.forEach(visitor);
    }

    @Override
    public List<AuditTreeNode> nodes(Collection<Long> keys) {
        return inner.nodes(keys);
    }

    @Override
    public Map<Long, AuditTreeNode> nodes() {
        return inner.nodes();
    }

    @Override
    public void addMissingNodes(List<AuditTreeNode> nodes) {
        inner.addMissingNodes(nodes);
    }

    @Override
    public void saveCheckpoint(Checkpoint checkpoint) {
        inner.saveCheckpoint(checkpoint);
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return inner.checkpoints();
    }
}

package io.dangan.archive.core.internal.audit;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.audit.AuditFinding;
import io.dangan.archive.audit.AuditIssue;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.core.internal.json.AuditJson;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The audit log (审计日志): appends events as hash-chained records in one gap-free order, signs a Merkle
 * checkpoint every {@code checkpointInterval} records (and on demand), proves inclusion and consistency, and
 * verifies everything.
 *
 * <p>Concurrent appenders are combined: each queues its events, and whichever thread holds the write lock
 * writes everything queued as one storage batch (one transaction), so many threads share one commit. When
 * another process appended first (a taken sequence), the head is reloaded and the batch rebuilt, up to
 * {@value #MAX_ATTEMPTS} times, so processes sharing one database still get one gap-free order.
 */
public final class HashChainAuditLog implements AuditLog {
    private final AuditStorage storage;
    private final DigestAlgorithm algorithm;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final long checkpointInterval;
    /** How often a batch is rebuilt when another process took its sequences first. */
    private static final int MAX_ATTEMPTS = 50;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    private long headSequence;
    private String headHash;
    private long lastCheckpointSize;

    /** Events of one caller waiting to be written. */
    private static final class Pending {
        final List<? extends DomainEvent> events;
        List<AuditRecord> written = List.of();
        boolean done;
        RuntimeException failure;

        Pending(List<? extends DomainEvent> events) {
            this.events = events;
        }
    }

    /**
     * @param storage where records and checkpoints live
     * @param algorithm the chain and tree digest (SM3 by default)
     * @param signer signs checkpoints with the archive's key
     * @param clock the archive's clock, for checkpoint times
     * @param checkpointInterval make a checkpoint after this many new records (0: only on demand)
     */
    public HashChainAuditLog(AuditStorage storage, DigestAlgorithm algorithm, CheckpointSigner signer, Clock clock,
            long checkpointInterval) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (checkpointInterval < 0) {
            throw new IllegalArgumentException("checkpointInterval " + checkpointInterval + " is negative");
        }
        this.checkpointInterval = checkpointInterval;
        reloadHead();
        List<Checkpoint> cps = storage.checkpoints();
        lastCheckpointSize = cps.isEmpty() ? 0 : cps.get(cps.size() - 1).treeSize();
    }

    private void reloadHead() {
        AuditRecord last = storage.last();
        headSequence = last == null ? 0 : last.sequence();
        headHash = last == null ? AuditCodec.GENESIS : last.hash();
    }

    @Override
    public AuditRecord append(DomainEvent event) {
        return appendAll(List.of(Objects.requireNonNull(event, "event"))).get(0);
    }

    @Override
    public List<AuditRecord> appendAll(List<? extends DomainEvent> events) {
        if (events.isEmpty()) {
            return List.of();
        }
        Pending mine = new Pending(List.copyOf(events));
        synchronized (queue) {
            queue.add(mine);
        }
        writeLock.lock();
        try {
            if (!mine.done) {
                List<Pending> batch;
                synchronized (queue) {
                    batch = new ArrayList<>(queue);
                    queue.clear();
                }
                write(batch);
            }
        } finally {
            writeLock.unlock();
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
        return mine.written;
    }

    /** Writes the pending batches under the write lock. */
    private void write(List<Pending> batch) {
        RuntimeException failure = null;
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            long seq = headSequence;
            String prev = headHash;
            List<AuditRecord> all = new ArrayList<>();
            List<List<AuditRecord>> per = new ArrayList<>(batch.size());
            try {
                for (Pending p : batch) {
                    List<AuditRecord> mine = new ArrayList<>(p.events.size());
                    for (DomainEvent e : p.events) {
                        AuditRecord r = AuditCodec.record(algorithm, ++seq, prev, e);
                        prev = r.hash();
                        mine.add(r);
                    }
                    per.add(mine);
                    all.addAll(mine);
                }
                storage.append(all);
                headSequence = seq;
                headHash = prev;
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).written = List.copyOf(per.get(i));
                    batch.get(i).done = true;
                }
                failure = null;
                break;
            } catch (ConflictException e) {
                failure = e;
                reloadHead();
                backOff(attempt);
            } catch (RuntimeException e) {
                failure = e;
                reloadHead();
                break;
            }
        }
        if (failure != null) {
            ArchiveException f = new ArchiveException(ErrorCode.AUDIT_APPEND_FAILED, "audit log",
                    "appending %d audit events failed: %s".formatted(batch.stream().mapToInt(p -> p.events.size()).sum(),
                            failure.getMessage()), failure);
            for (Pending p : batch) {
                p.failure = f;
                p.done = true;
            }
            return;
        }
        if (checkpointInterval > 0 && headSequence - lastCheckpointSize >= checkpointInterval) {
            checkpointLocked();
        }
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(Math.min(20, 1 + attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public long size() {
        return storage.size();
    }

    @Override
    public Optional<AuditRecord> get(long sequence) {
        return storage.get(sequence);
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        return storage.query(query);
    }

    @Override
    public Checkpoint checkpoint() {
        writeLock.lock();
        try {
            return checkpointLocked();
        } finally {
            writeLock.unlock();
        }
    }

    private Checkpoint checkpointLocked() {
        List<AuditRecord> records = all();
        if (records.isEmpty()) {
            throw new ConflictException(ErrorCode.AUDIT_RANGE, "audit log", "the audit log is empty: nothing to checkpoint");
        }
        MerkleTree tree = MerkleTree.fromLeafData(algorithm, AuditCodec.leaves(records));
        AuditRecord last = records.get(records.size() - 1);
        Checkpoint unsigned = new Checkpoint(records.size(), tree.root().hex(), last.hash(), clock.instant(),
                algorithm.standardName(), signer.algorithm(), signer.keyId(), "");
        byte[] sig = signer.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        Checkpoint c = new Checkpoint(unsigned.treeSize(), unsigned.rootHash(), unsigned.chainHead(),
                unsigned.createdAt(), unsigned.hashAlgorithm(), unsigned.signatureAlgorithm(), unsigned.keyId(),
                Base64.getEncoder().encodeToString(sig));
        storage.saveCheckpoint(c);
        lastCheckpointSize = c.treeSize();
        return c;
    }

    @Override
    public List<Checkpoint> checkpoints() {
        return storage.checkpoints();
    }

    private List<AuditRecord> all() {
        List<AuditRecord> out = new ArrayList<>();
        storage.forEach(out::add);
        return out;
    }

    private MerkleTree tree(long size) {
        List<AuditRecord> records = all();
        if (size < 1 || size > records.size()) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "treeSize",
                    "tree size %d is outside 1-%d".formatted(size, records.size()));
        }
        return MerkleTree.fromLeafData(algorithm, AuditCodec.leaves(records.subList(0, (int) size)));
    }

    @Override
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        if (sequence < 1 || sequence > treeSize) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "sequence",
                    "sequence %d is outside 1-%d".formatted(sequence, treeSize));
        }
        MerkleTree tree = tree(treeSize);
        io.dangan.archive.crypto.InclusionProof p = tree.inclusionProof(sequence - 1, treeSize);
        String leaf = get(sequence).map(AuditRecord::hash).orElseThrow();
        return new InclusionProof(sequence, treeSize, leaf, p.path().stream().map(Digest::hex).toList(),
                tree.root().hex());
    }

    @Override
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        if (firstSize < 1 || firstSize > secondSize) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "firstSize",
                    "sizes %d, %d are not 1 <= first <= second".formatted(firstSize, secondSize));
        }
        MerkleTree tree = tree(secondSize);
        io.dangan.archive.crypto.ConsistencyProof p = tree.consistencyProof(firstSize, secondSize);
        return new ConsistencyProof(firstSize, secondSize, tree.root(firstSize).hex(), tree.root(secondSize).hex(),
                p.path().stream().map(Digest::hex).toList());
    }

    private boolean signatureValid(Checkpoint c) {
        try {
            return c.keyId().equals(signer.keyId()) && signer.verify(c.signedText().getBytes(StandardCharsets.UTF_8),
                    Base64.getDecoder().decode(c.signature()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private Digest digest(String hex) {
        return Digest.of(algorithm, AuditCodec.hexBytes(hex));
    }

    @Override
    public boolean verifyInclusion(InclusionProof proof, Checkpoint checkpoint) {
        try {
            if (!signatureValid(checkpoint) || proof.treeSize() != checkpoint.treeSize()
                    || !proof.rootHash().equals(checkpoint.rootHash())) {
                return false;
            }
            io.dangan.archive.crypto.InclusionProof p = new io.dangan.archive.crypto.InclusionProof(algorithm,
                    proof.sequence() - 1, proof.treeSize(), proof.path().stream().map(this::digest).toList());
            return p.verify(MerkleTree.leafHash(algorithm, AuditCodec.hexBytes(proof.leafHash())),
                    digest(checkpoint.rootHash()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public boolean verifyConsistency(ConsistencyProof proof, Checkpoint first, Checkpoint second) {
        try {
            if (!signatureValid(first) || !signatureValid(second) || proof.firstSize() != first.treeSize()
                    || proof.secondSize() != second.treeSize()) {
                return false;
            }
            io.dangan.archive.crypto.ConsistencyProof p = new io.dangan.archive.crypto.ConsistencyProof(algorithm,
                    proof.firstSize(), proof.secondSize(), proof.path().stream().map(this::digest).toList());
            return p.verify(digest(first.rootHash()), digest(second.rootHash()));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public AuditVerification verify() {
        List<AuditRecord> recs = all();
        List<AuditIssue> issues = new ArrayList<>(AuditVerifier.records(algorithm, recs));
        List<Checkpoint> cps = storage.checkpoints();
        MerkleTree tree = recs.isEmpty() ? null : MerkleTree.fromLeafData(algorithm, AuditCodec.leaves(recs));
        Checkpoint previous = null;
        for (Checkpoint c : cps) {
            if (!signatureValid(c)) {
                issues.add(new AuditIssue(AuditFinding.CHECKPOINT_FORGED, c.treeSize(),
                        "checkpoint at size %d: signature does not verify with key %s".formatted(c.treeSize(), signer.keyId())));
                continue;
            }
            if (tree == null || c.treeSize() > tree.size()) {
                issues.add(new AuditIssue(AuditFinding.CHECKPOINT_MISMATCH, c.treeSize(),
                        "checkpoint covers %d records, the log holds %d".formatted(c.treeSize(), recs.size())));
                continue;
            }
            String root = tree.root(c.treeSize()).hex();
            String head = recs.get((int) c.treeSize() - 1).hash();
            if (!root.equals(c.rootHash()) || !head.equals(c.chainHead())) {
                long from = previous == null ? 1 : previous.treeSize() + 1;
                issues.add(new AuditIssue(AuditFinding.CHECKPOINT_MISMATCH, c.treeSize(),
                        "checkpoint at size %d: records %d-%d differ from what was signed (tree head %s, signed %s)"
                                .formatted(c.treeSize(), from, c.treeSize(), root, c.rootHash())));
            }
            if (previous != null) {
                io.dangan.archive.crypto.ConsistencyProof p = tree.consistencyProof(previous.treeSize(), c.treeSize());
                if (!p.verify(digest(previous.rootHash()), digest(c.rootHash()))) {
                    issues.add(new AuditIssue(AuditFinding.CHECKPOINT_INCONSISTENT, c.treeSize(),
                            "checkpoint at size %d does not extend the checkpoint at size %d"
                                    .formatted(c.treeSize(), previous.treeSize())));
                }
            }
            previous = c;
        }
        issues.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return new AuditVerification(recs.size(), cps.size(), issues);
    }

    @Override
    public void exportJsonLines(Writer out) throws IOException {
        try {
            storage.forEach(r -> {
                try {
                    out.write(AuditJson.line(r));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.flush();
    }
}

package io.dangan.archive.core.internal.audit;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The audit log (审计日志): appends events as hash-chained records in one gap-free order, signs a Merkle
 * checkpoint every {@code checkpointInterval} records (and on demand), proves inclusion and consistency, and
 * verifies everything.
 *
 * <p><b>Appending.</b> Each caller encodes its events canonically on its own thread, outside the write lock
 * ({@link AuditCodec#prepare}); only the chaining (sequence, previous hash, one digest per record) and the
 * write are serialized. Concurrent appenders are combined (group commit): each queues its events, and
 * whichever thread holds the write lock writes everything queued as one storage batch (one transaction), so
 * many threads share one commit, and each is released once the batch is durable. Within a batch, chaining
 * overlaps writing ({@link ChainPipeline}): a helper on the given executor chains the next chunk while the
 * database stores the previous one. When another process appended first (a taken sequence), the head is
 * reloaded and the batch rebuilt, up to {@value #MAX_ATTEMPTS} times, so processes sharing one database still
 * get one gap-free order.
 *
 * <p><b>Tree.</b> The log keeps the right edge of its RFC 6962 tree in memory ({@link MerkleFrontier}) and
 * stores every complete subtree of 2^{@value AuditTree#STORED_LEVEL} records and more with the records that
 * complete it. A checkpoint then costs O(log n) hashes and no reads, and an inclusion or consistency proof
 * reads O(log n) stored subtrees and at most a few blocks of 256 record hashes ({@link TreeReader}).
 * Verification still reads everything and rebuilds the tree independently.
 */
public final class HashChainAuditLog implements AuditLog {
    private final AuditStorage storage;
    private final DigestAlgorithm algorithm;
    private final CheckpointSigner signer;
    private final Clock clock;
    private final long checkpointInterval;
    private final Executor helper;
    /** How often a batch is rebuilt when another process took its sequences first. */
    private static final int MAX_ATTEMPTS = 50;
    /** Record hashes read per query when the stored subtrees are rebuilt. */
    private static final int REBUILD_PAGE = 65_536;
    private static final HexFormat HEX = HexFormat.of();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ArrayDeque<Pending> queue = new ArrayDeque<>();
    // guarded by writeLock
    private long headSequence;
    private String headHash = AuditCodec.GENESIS;
    /** The tree's right edge at the head; null when the records it needs are missing (a damaged log). */
    private @Nullable MerkleFrontier frontier;
    private @Nullable IntegrityException damage;
    private long lastCheckpointSize;
    /** Records known to be stored (the head after the last write or reload): proofs up to it need no count. */
    private volatile long knownSize;

    /** Events of one caller waiting to be written. */
    private static final class Pending {
        final List<AuditCodec.Prepared> events;
        List<AuditRecord> written = List.of();
        boolean done;
        @Nullable RuntimeException failure;

        Pending(List<AuditCodec.Prepared> events) {
            this.events = events;
        }
    }

    /**
     * Creates the log with the common fork-join pool as the chaining helper.
     *
     * @param storage where records and checkpoints live
     * @param algorithm the chain and tree digest (SM3 by default)
     * @param signer signs checkpoints with the archive's key
     * @param clock the archive's clock, for checkpoint times
     * @param checkpointInterval make a checkpoint after this many new records (0: only on demand)
     * @throws io.dangan.archive.ArchiveException when the storage cannot be read
     */
    public HashChainAuditLog(AuditStorage storage, DigestAlgorithm algorithm, CheckpointSigner signer, Clock clock,
            long checkpointInterval) {
        this(storage, algorithm, signer, clock, checkpointInterval, ForkJoinPool.commonPool());
    }

    /**
     * Creates the log; reads the head and the tree's right edge from storage (rebuilding the stored subtrees
     * once when the records were written without them).
     *
     * @param storage where records and checkpoints live
     * @param algorithm the chain and tree digest (SM3 by default)
     * @param signer signs checkpoints with the archive's key
     * @param clock the archive's clock, for checkpoint times
     * @param checkpointInterval make a checkpoint after this many new records (0: only on demand)
     * @param helper runs the chaining helper of large batches, one short task per batch; a rejecting or
     *     direct executor only loses the overlap of chaining and writing
     * @throws io.dangan.archive.ArchiveException when the storage cannot be read
     */
    public HashChainAuditLog(AuditStorage storage, DigestAlgorithm algorithm, CheckpointSigner signer, Clock clock,
            long checkpointInterval, Executor helper) {
        this.storage = Objects.requireNonNull(storage, "storage");
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        this.signer = Objects.requireNonNull(signer, "signer");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.helper = Objects.requireNonNull(helper, "helper");
        if (checkpointInterval < 0) {
            throw new IllegalArgumentException("checkpointInterval " + checkpointInterval + " is negative");
        }
        this.checkpointInterval = checkpointInterval;
        reloadHead();
        List<Checkpoint> cps = storage.checkpoints();
        lastCheckpointSize = cps.isEmpty() ? 0 : cps.get(cps.size() - 1).treeSize();
    }

    /** Reads the head record and rebuilds the frontier from the stored subtrees and the last partial block. */
    private void reloadHead() {
        AuditRecord last = storage.last();
        headSequence = last == null ? 0 : last.sequence();
        headHash = last == null ? AuditCodec.GENESIS : last.hash();
        knownSize = Math.max(knownSize, headSequence);
        try {
            frontier = loadFrontier(headSequence);
            damage = null;
        } catch (IntegrityException e) {
            frontier = null;
            damage = e;
        }
    }

    private MerkleFrontier loadFrontier(long n) {
        if (n == 0) {
            return MerkleFrontier.empty(algorithm);
        }
        long blocks = n & -(1L << AuditTree.STORED_LEVEL);
        Map<Long, AuditTreeNode> found = storedEdge(blocks);
        if (found.size() < MerkleFrontier.levels(blocks).size()) {
            rebuildNodes(n);
            found = storedEdge(blocks);
            if (found.size() < MerkleFrontier.levels(blocks).size()) {
                throw new IntegrityException(ErrorCode.AUDIT_DAMAGED, "audit log",
                        "the stored subtrees of the audit log's first %d records cannot be rebuilt; verify the log"
                                .formatted(blocks));
            }
        }
        Map<Long, AuditTreeNode> edge = found;
        MerkleFrontier f = MerkleFrontier.of(algorithm, blocks,
                k -> AuditCodec.hexBytes(edge.get(AuditTreeNode.key(k, (blocks >>> k) - 1)).hash()));
        if (n > blocks) {
            SortedMap<Long, String> tail = storage.hashes(blocks + 1, n);
            for (long s = blocks + 1; s <= n; s++) {
                String h = tail.get(s);
                if (h == null) {
                    throw missing(s);
                }
                f.append(AuditCodec.leafHash(algorithm, AuditCodec.hexBytes(h)), null);
            }
        }
        return f;
    }

    private Map<Long, AuditTreeNode> storedEdge(long blocks) {
        List<Long> keys = new ArrayList<>();
        for (int k : MerkleFrontier.levels(blocks)) {
            keys.add(AuditTreeNode.key(k, (blocks >>> k) - 1));
        }
        Map<Long, AuditTreeNode> found = new HashMap<>();
        if (!keys.isEmpty()) {
            storage.nodes(keys).forEach(node -> found.put(node.key(), node));
        }
        return found;
    }

    /** Computes the stored subtrees of the first n records from their hashes and stores those missing. */
    private void rebuildNodes(long n) {
        MerkleFrontier f = MerkleFrontier.empty(algorithm);
        List<AuditTreeNode> nodes = new ArrayList<>();
        for (long from = 1; from <= n; from += REBUILD_PAGE) {
            long to = Math.min(n, from + REBUILD_PAGE - 1);
            SortedMap<Long, String> page = storage.hashes(from, to);
            for (long s = from; s <= to; s++) {
                String h = page.get(s);
                if (h == null) {
                    throw missing(s);
                }
                f.append(AuditCodec.leafHash(algorithm, AuditCodec.hexBytes(h)), nodes::add);
            }
        }
        storage.addMissingNodes(nodes);
    }

    private static IntegrityException missing(long sequence) {
        return new IntegrityException(ErrorCode.AUDIT_DAMAGED, "audit " + sequence,
                "audit record %d is missing from storage; verify the log".formatted(sequence));
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
        List<AuditCodec.Prepared> prepared = new ArrayList<>(events.size());
        for (DomainEvent e : events) {
            prepared.add(AuditCodec.prepare(Objects.requireNonNull(e, "event")));
        }
        Pending mine = new Pending(prepared);
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

    /** Writes the pending batches under the write lock; every pending ends done, written or failed. */
    private void write(List<Pending> batch) {
        List<AuditCodec.Prepared> all = new ArrayList<>();
        batch.forEach(p -> all.addAll(p.events));
        RuntimeException failure = null;
        try {
            for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
                ChainPipeline pipeline = new ChainPipeline(algorithm, all, headSequence, headHash, frontier);
                try {
                    pipeline.start(helper);
                    storage.append(pipeline.chunks());
                    List<AuditRecord> records = pipeline.records();
                    headSequence = records.get(records.size() - 1).sequence();
                    headHash = records.get(records.size() - 1).hash();
                    frontier = pipeline.frontier();
                    knownSize = Math.max(knownSize, headSequence);
                    int at = 0;
                    for (Pending p : batch) {
                        p.written = List.copyOf(records.subList(at, at + p.events.size()));
                        at += p.events.size();
                        p.done = true;
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
                } finally {
                    pipeline.cancel();
                }
            }
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
            if (failure != e) {
                failure.addSuppressed(e);
            }
        }
        if (failure != null) {
            ArchiveException f = new ArchiveException(ErrorCode.AUDIT_APPEND_FAILED, "audit log",
                    "appending %d audit events failed: %s".formatted(all.size(), failure.getMessage()), failure);
            for (Pending p : batch) {
                p.failure = f;
                p.done = true;
            }
            return;
        }
        if (checkpointInterval > 0 && headSequence - lastCheckpointSize >= checkpointInterval) {
            try {
                checkpointLocked(false);
            } catch (RuntimeException e) {
                // the records are stored; the periodic checkpoint is tried again after the next append, and an
                // on-demand checkpoint() reports the cause
            }
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
            return checkpointLocked(true);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Signs the tree at the head: O(log n) hashes from the frontier, no reads of records.
     *
     * @param refresh read the stored head first (another process may have appended)
     */
    private Checkpoint checkpointLocked(boolean refresh) {
        if (refresh) {
            AuditRecord last = storage.last();
            boolean current = last == null ? headSequence == 0
                    : last.sequence() == headSequence && last.hash().equals(headHash);
            if (!current || frontier == null) {
                reloadHead();
            }
        }
        if (headSequence == 0) {
            throw new ConflictException(ErrorCode.AUDIT_RANGE, "audit log", "the audit log is empty: nothing to checkpoint");
        }
        MerkleFrontier f = frontier;
        if (f == null || f.size() != headSequence) {
            throw damage != null ? damage : new IntegrityException(ErrorCode.AUDIT_DAMAGED, "audit log",
                    "the audit log's tree does not reach its head record %d; verify the log".formatted(headSequence));
        }
        Checkpoint unsigned = new Checkpoint(headSequence, HEX.formatHex(f.root()), headHash, clock.instant(),
                algorithm.standardName(), signer.algorithm(), signer.keyId(), "");
        byte[] sig = signer.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        Checkpoint c = new Checkpoint(unsigned.treeSize(), unsigned.rootHash(), unsigned.chainHead(),
                unsigned.createdAt(), unsigned.hashAlgorithm(), unsigned.signatureAlgorithm(), unsigned.keyId(),
                Base64.getEncoder().encodeToString(sig));
        try {
            storage.saveCheckpoint(c);
        } catch (ConflictException e) {
            // another process sharing the storage signed this size first: its checkpoint stands
            Checkpoint stored = storage.checkpoints().stream().filter(x -> x.treeSize() == c.treeSize()).findFirst()
                    .orElseThrow(() -> e);
            lastCheckpointSize = stored.treeSize();
            return stored;
        }
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

    /** The highest stored sequence: the largest tree a proof may be asked in. */
    private long storedSize() {
        AuditRecord last = storage.last();
        return last == null ? 0 : last.sequence();
    }

    private void checkTreeSize(long treeSize) {
        if (treeSize >= 1 && treeSize <= knownSize) {
            return;
        }
        long size = storedSize();
        if (treeSize < 1 || treeSize > size) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "treeSize",
                    "tree size %d is outside 1-%d".formatted(treeSize, size));
        }
    }

    private record Consistency(List<byte[]> path, byte[] firstRoot, byte[] secondRoot) {
    }

    @Override
    public InclusionProof inclusionProof(long sequence, long treeSize) {
        if (sequence < 1 || sequence > treeSize) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "sequence",
                    "sequence %d is outside 1-%d".formatted(sequence, treeSize));
        }
        checkTreeSize(treeSize);
        record Leaf(List<byte[]> path, String hash) {
        }
        Leaf p = TreeReader.read(storage, algorithm,
                s -> new Leaf(AuditTree.inclusionPath(s, sequence - 1, treeSize), s.recordHash(sequence - 1)));
        List<byte[]> path = p.path();
        String leaf = p.hash();
        byte[] root = AuditTree.rootFromPath(algorithm, sequence - 1, treeSize,
                AuditCodec.leafHash(algorithm, AuditCodec.hexBytes(leaf)), path);
        return new InclusionProof(sequence, treeSize, leaf, path.stream().map(HEX::formatHex).toList(),
                HEX.formatHex(root));
    }

    @Override
    public ConsistencyProof consistencyProof(long firstSize, long secondSize) {
        if (firstSize < 1 || firstSize > secondSize) {
            throw new InvalidInputException(ErrorCode.AUDIT_RANGE, "firstSize",
                    "sizes %d, %d are not 1 <= first <= second".formatted(firstSize, secondSize));
        }
        checkTreeSize(secondSize);
        Consistency p = TreeReader.read(storage, algorithm, s -> new Consistency(
                AuditTree.consistencyPath(s, firstSize, secondSize), AuditTree.root(s, firstSize),
                AuditTree.root(s, secondSize)));
        return new ConsistencyProof(firstSize, secondSize, HEX.formatHex(p.firstRoot()), HEX.formatHex(p.secondRoot()),
                p.path().stream().map(HEX::formatHex).toList());
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
        if (issues.isEmpty()) {
            issues.addAll(nodeIssues(recs));
        }
        issues.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return new AuditVerification(recs.size(), cps.size(), issues);
    }

    /**
     * Compares the stored subtrees with those of the records (checked only when the records themselves are
     * intact: a changed record changes its subtrees too, and the record finding says more).
     */
    private List<AuditIssue> nodeIssues(List<AuditRecord> recs) {
        Map<Long, AuditTreeNode> expected = new HashMap<>();
        MerkleFrontier f = MerkleFrontier.empty(algorithm);
        for (AuditRecord r : recs) {
            f.append(AuditCodec.leafHash(algorithm, AuditCodec.hexBytes(r.hash())), n -> expected.put(n.key(), n));
        }
        Map<Long, AuditTreeNode> stored = storage.nodes();
        List<AuditIssue> out = new ArrayList<>();
        for (AuditTreeNode e : expected.values()) {
            AuditTreeNode s = stored.get(e.key());
            if (s == null) {
                out.add(new AuditIssue(AuditFinding.TREE_NODE_MISMATCH, e.lastSequence(),
                        "the subtree of records %d-%d (level %d) is not stored".formatted(e.firstSequence(),
                                e.lastSequence(), e.level())));
            } else if (!s.hash().equals(e.hash())) {
                out.add(new AuditIssue(AuditFinding.TREE_NODE_MISMATCH, e.lastSequence(),
                        "the subtree of records %d-%d (level %d) is stored as %s, the records give %s".formatted(
                                e.firstSequence(), e.lastSequence(), e.level(), s.hash(), e.hash())));
            }
        }
        for (AuditTreeNode s : stored.values()) {
            if (!expected.containsKey(s.key())) {
                out.add(new AuditIssue(AuditFinding.TREE_NODE_MISMATCH, s.lastSequence(),
                        "a subtree of records %d-%d (level %d) is stored, but the log holds %d records".formatted(
                                s.firstSequence(), s.lastSequence(), s.level(), recs.size())));
            }
        }
        return out;
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

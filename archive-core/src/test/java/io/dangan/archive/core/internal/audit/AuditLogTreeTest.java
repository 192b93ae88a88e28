package io.dangan.archive.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.audit.AuditFinding;
import io.dangan.archive.audit.AuditIssue;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.testkit.ManualClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The log's tree kept as a frontier and stored subtrees, its chaining pipeline, and what happens when the
 * stored subtrees or records are damaged; the memory storage.
 */
class AuditLogTreeTest {
    private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
    private static final CheckpointSigner SIGNER = TestSigners.ed25519();
    private final MemoryAuditStorage storage = new MemoryAuditStorage();

    private static HashChainAuditLog open(AuditStorage s) {
        return new HashChainAuditLog(s, DigestAlgorithm.SM3, SIGNER, ManualClock.at(T0), 0);
    }

    private static List<TestEvent> events(int from, int count) {
        return IntStream.range(from, from + count).mapToObj(i -> TestEvent.number(i, T0)).toList();
    }

    /** The tree the old implementation built: every stored record hash as leaf data. */
    private MerkleTree wholeTree() {
        List<AuditRecord> recs = new ArrayList<>();
        storage.forEach(recs::add);
        return MerkleTree.fromLeafData(DigestAlgorithm.SM3, AuditCodec.leaves(recs));
    }

    private static List<String> hex(List<Digest> path) {
        return path.stream().map(Digest::hex).toList();
    }

    @Test
    void proofsAcrossManyBlocksEqualThoseOfTheWholeTreeAndVerify() {
        HashChainAuditLog log = open(storage);
        int next = 1;
        for (int size : new int[] {1, 300, 77, 1, 640, 500}) {
            log.appendAll(events(next, size));
            next += size;
        }
        MerkleTree tree = wholeTree();
        Checkpoint head = log.checkpoint();
        assertThat(head.treeSize()).isEqualTo(1519);
        assertThat(head.rootHash()).isEqualTo(tree.root().hex());
        for (long treeSize : new long[] {1, 255, 256, 257, 1024, 1519}) {
            for (long seq : new long[] {1, treeSize / 2 + 1, treeSize}) {
                InclusionProof p = log.inclusionProof(seq, treeSize);
                assertThat(p.path()).isEqualTo(hex(tree.inclusionProof(seq - 1, treeSize).path()));
                assertThat(p.rootHash()).isEqualTo(tree.root(treeSize).hex());
                assertThat(p.leafHash()).isEqualTo(log.get(seq).orElseThrow().hash());
            }
            ConsistencyProof c = log.consistencyProof(treeSize, 1519);
            assertThat(c.path()).isEqualTo(hex(tree.consistencyProof(treeSize, 1519).path()));
            assertThat(c.firstRoot()).isEqualTo(tree.root(treeSize).hex());
        }
        assertThat(log.verifyInclusion(log.inclusionProof(700, 1519), head)).isTrue();
        assertThat(storage.nodes()).hasSize(5 + 2 + 1);
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void aReopenedLogContinuesTheTreeFromTheStoredSubtreesAndTheLastBlock() {
        open(storage).appendAll(events(1, 700));
        HashChainAuditLog reopened = open(storage);
        assertThat(reopened.checkpoint().rootHash()).isEqualTo(wholeTree().root().hex());
        reopened.appendAll(events(701, 300));
        Checkpoint c = open(storage).checkpoint();
        assertThat(c.treeSize()).isEqualTo(1000);
        assertThat(c.rootHash()).isEqualTo(wholeTree().root().hex());
        assertThat(reopened.verify().intact()).isTrue();
        assertThat(reopened.verify().checkpoints()).isEqualTo(2);
    }

    @Test
    void aLogWrittenWithoutStoredSubtreesRebuildsThemWhenOpened() {
        open(storage).appendAll(events(1, 1000));
        Map<Long, AuditTreeNode> before = storage.nodes();
        assertThat(before).hasSize(3 + 1);
        storage.tamperNodes(nodes -> Map.of());
        HashChainAuditLog reopened = open(storage);
        assertThat(storage.nodes()).isEqualTo(before);
        assertThat(reopened.checkpoint().rootHash()).isEqualTo(wholeTree().root().hex());
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void verificationNamesAChangedAndAMissingStoredSubtreeAndProofsOverThemFail() {
        HashChainAuditLog log = open(storage);
        log.appendAll(events(1, 800));
        Checkpoint signed = log.checkpoint();
        storage.tamperNodes(nodes -> {
            AuditTreeNode third = nodes.get(AuditTreeNode.key(8, 2));
            nodes.put(third.key(), new AuditTreeNode(8, 2, "00".repeat(32)));
            nodes.remove(AuditTreeNode.key(9, 0));
            return nodes;
        });
        assertThat(log.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence).containsExactly(
                org.assertj.core.groups.Tuple.tuple(AuditFinding.TREE_NODE_MISMATCH, 512L),
                org.assertj.core.groups.Tuple.tuple(AuditFinding.TREE_NODE_MISMATCH, 768L));
        assertThat(log.verify().issues().get(1).detail()).contains("records 513-768", "stored as 0000");
        assertThat(log.verifyInclusion(log.inclusionProof(100, 800), signed)).isFalse();
        // the missing subtree is computed from its children, the changed one is not on this path: it verifies
        assertThat(log.verifyInclusion(log.inclusionProof(600, 800), signed)).isTrue();
    }

    @Test
    void aCheckpointOfASizeAlreadyStoredIsTheStoredOne() {
        open(storage).appendAll(events(1, 10));
        Checkpoint first = open(storage).checkpoint();
        ManualClock later = ManualClock.at(T0.plusSeconds(60));
        Checkpoint again = new HashChainAuditLog(storage, DigestAlgorithm.SM3, SIGNER, later, 0).checkpoint();
        assertThat(again).isEqualTo(first);
        assertThat(storage.checkpoints()).containsExactly(first);
    }

    @Test
    void aStoredSubtreeBeyondTheRecordsIsNamed() {
        HashChainAuditLog log = open(storage);
        log.appendAll(events(1, 300));
        storage.tamperNodes(nodes -> {
            nodes.put(AuditTreeNode.key(8, 5), new AuditTreeNode(8, 5, "11".repeat(32)));
            return nodes;
        });
        assertThat(log.verify().issues()).singleElement().satisfies(i -> {
            assertThat(i.finding()).isEqualTo(AuditFinding.TREE_NODE_MISMATCH);
            assertThat(i.sequence()).isEqualTo(1536);
            assertThat(i.detail()).contains("the log holds 300 records");
        });
    }

    @Test
    void aDeletedRecordMakesProofsAndCheckpointsOverItDamagedWhileVerificationNamesIt() {
        open(storage).appendAll(events(1, 300));
        storage.tamper(rs -> {
            rs.remove(289);
            return rs;
        });
        HashChainAuditLog reopened = open(storage);
        assertThatThrownBy(() -> reopened.inclusionProof(5, 299)).isInstanceOf(ArchiveException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.AUDIT_DAMAGED))
                .hasMessageContaining("record 290 is missing");
        assertThatThrownBy(reopened::checkpoint).isInstanceOf(ArchiveException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.AUDIT_DAMAGED));
        assertThat(reopened.inclusionProof(5, 256).path()).hasSize(8);
        assertThat(reopened.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_DELETED, 290L));
        assertThat(reopened.append(TestEvent.number(301, T0)).sequence()).isEqualTo(301);
    }

    @Test
    void chainingAheadOnAHelperGivesTheRecordsOfChainingInline() throws Exception {
        List<TestEvent> batch = events(1, 1000);
        MemoryAuditStorage inline = new MemoryAuditStorage();
        new HashChainAuditLog(inline, DigestAlgorithm.SM3, SIGNER, ManualClock.at(T0), 0, Runnable::run).appendAll(batch);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        MemoryAuditStorage ahead = new MemoryAuditStorage();
        try {
            new HashChainAuditLog(ahead, DigestAlgorithm.SM3, SIGNER, ManualClock.at(T0), 0, pool).appendAll(batch);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        MemoryAuditStorage refused = new MemoryAuditStorage();
        new HashChainAuditLog(refused, DigestAlgorithm.SM3, SIGNER, ManualClock.at(T0), 0, task -> {
            throw new RejectedExecutionException("busy");
        }).appendAll(batch);
        List<AuditRecord> expected = inline.query(AuditQuery.all());
        assertThat(expected).hasSize(1000);
        assertThat(ahead.query(AuditQuery.all())).isEqualTo(expected);
        assertThat(refused.query(AuditQuery.all())).isEqualTo(expected);
        assertThat(ahead.nodes()).isEqualTo(inline.nodes()).hasSize(4);
    }

    @Test
    void aBatchFailingAfterItsFirstChunksStoresNothingAndTheChainGoesOn() {
        boolean[] fail = {true};
        AuditStorage flaky = new ForwardingAuditStorage(storage) {
            @Override
            public void append(List<Supplier<AuditChunk>> chunks) {
                if (fail[0]) {
                    chunks.get(0).get();
                    chunks.get(1).get();
                    throw new IllegalStateException("connection lost");
                }
                super.append(chunks);
            }
        };
        HashChainAuditLog log = open(flaky);
        assertThatThrownBy(() -> log.appendAll(events(1, 600))).isInstanceOf(ArchiveException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.AUDIT_APPEND_FAILED))
                .hasMessageContaining("connection lost");
        assertThat(storage.size()).isZero();
        assertThat(storage.nodes()).isEmpty();
        fail[0] = false;
        assertThat(log.appendAll(events(1, 600))).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 600).boxed().toList());
        assertThat(log.checkpoint().rootHash()).isEqualTo(wholeTree().root().hex());
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void concurrentBatchesAndCheckpointsKeepOneGapFreeOrderAndAConsistentTree() throws Exception {
        HashChainAuditLog log = open(storage);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            int thread = t;
            fs.add(pool.submit(() -> {
                for (int b = 0; b < 20; b++) {
                    log.appendAll(events(thread * 10_000 + b * 100, 37));
                }
            }));
        }
        fs.add(pool.submit(() -> {
            for (int i = 0; i < 30; i++) {
                if (log.size() > 0) {
                    log.checkpoint();
                }
                Thread.sleep(2);
            }
            return null;
        }));
        try {
            for (Future<?> f : fs) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(log.query(AuditQuery.all())).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 4440).boxed().toList());
        Checkpoint last = log.checkpoint();
        assertThat(last.rootHash()).isEqualTo(wholeTree().root().hex());
        assertThat(log.verify().intact()).isTrue();
        assertThat(log.verify().checkpoints()).isGreaterThan(1);
    }
}

package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.audit.AuditFinding;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.core.internal.audit.AuditChunk;
import io.dangan.archive.core.internal.audit.AuditCodec;
import io.dangan.archive.core.internal.audit.CheckpointSigner;
import io.dangan.archive.core.internal.audit.HashChainAuditLog;
import io.dangan.archive.core.internal.json.AuditJson;
import io.dangan.archive.core.internal.persistence.JpaAuditStorage;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.testkit.ManualClock;
import jakarta.persistence.EntityManagerFactory;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The audit log through Jakarta Persistence on a real database: H2 and PostgreSQL subclasses. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class JpaAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-06-01T02:00:00.123456789Z");
    private TestDatabase db;
    private EntityManagerFactory emf;
    private final CheckpointSigner signer = ed25519();

    abstract TestDatabase database();

    @BeforeAll
    void open() throws Exception {
        db = database();
        db.migrate();
        emf = db.entityManagerFactory();
    }

    @AfterAll
    void close() throws Exception {
        emf.close();
        db.close();
    }

    @BeforeEach
    void empty() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM dangan_audit_event");
            st.execute("DELETE FROM dangan_audit_checkpoint");
            st.execute("DELETE FROM dangan_audit_node");
        }
    }

    private HashChainAuditLog log() {
        return new HashChainAuditLog(new JpaAuditStorage(emf), DigestAlgorithm.SM3, signer, ManualClock.at(T0), 0);
    }

    record Event(Instant occurredAt, String actor, String dossier, String action) implements DomainEvent {
        @Override
        public String type() {
            return "access.permit";
        }

        @Override
        public String subjectRef() {
            return "dossier:" + dossier;
        }

        @Override
        public SortedMap<String, String> details() {
            SortedMap<String, String> d = new TreeMap<>();
            d.put("dossier", dossier);
            d.put("action", action);
            d.put("outcome", "PERMIT");
            d.put("reasons", "PERMIT_APPROVAL");
            d.put("requestHash", "cd".repeat(32));
            d.put("note", "查阅 \"任免\"\n第二行");
            return d;
        }
    }

    private static Event event(int i) {
        return new Event(T0.plusNanos(i * 1_000_001L), "user-" + (i % 4), "D-" + (i % 3), i % 2 == 0 ? "view" : "copy");
    }

    @Test
    void roundTripsRecordsExactlyAndVerifies() {
        HashChainAuditLog log = log();
        List<AuditRecord> written = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            written.add(log.append(event(i)));
        }
        HashChainAuditLog reopened = log();
        assertThat(reopened.query(AuditQuery.all())).containsExactlyElementsOf(written);
        assertThat(reopened.size()).isEqualTo(20);
        assertThat(reopened.append(event(21)).sequence()).isEqualTo(21);
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void aBatchWhoseChainingFailsMidwayStoresNothingAndTheStorageWritesOnAfterwards() {
        HashChainAuditLog log = log();
        AuditRecord first = log.append(event(1));
        JpaAuditStorage storage = new JpaAuditStorage(emf);
        AuditRecord second = AuditCodec.record(DigestAlgorithm.SM3, 2, first.hash(), event(2));
        List<Supplier<AuditChunk>> chunks = List.of(
                () -> new AuditChunk(List.of(second), List.of(AuditJson.details(second.details())), List.of()),
                () -> {
                    throw new IllegalStateException("chaining failed");
                });
        assertThatThrownBy(() -> storage.append(chunks)).hasMessageContaining("chaining failed");
        assertThat(storage.size()).isEqualTo(1);
        HashChainAuditLog reopened = log();
        assertThat(reopened.append(event(2))).isEqualTo(second);
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void queriesUseTheIndexedColumns() {
        HashChainAuditLog log = log();
        List<AuditRecord> all = log.appendAll(LongStream.rangeClosed(1, 30).mapToObj(i -> event((int) i)).toList());
        assertThat(log.query(AuditQuery.all().dossier("D-1"))).hasSize(10);
        assertThat(log.query(AuditQuery.all().actor("user-2").action("view"))).extracting(AuditRecord::sequence)
                .containsExactly(2L, 6L, 10L, 14L, 18L, 22L, 26L, 30L);
        assertThat(log.query(AuditQuery.all().between(all.get(4).occurredAt(), all.get(7).occurredAt())))
                .extracting(AuditRecord::sequence).containsExactly(5L, 6L, 7L);
    }

    @Test
    void checkpointsPersistAndProve() {
        HashChainAuditLog log = log();
        log.appendAll(LongStream.rangeClosed(1, 9).mapToObj(i -> event((int) i)).toList());
        Checkpoint first = log.checkpoint();
        log.appendAll(LongStream.rangeClosed(10, 25).mapToObj(i -> event((int) i)).toList());
        Checkpoint second = log.checkpoint();
        HashChainAuditLog reopened = log();
        assertThat(reopened.checkpoints()).containsExactly(first, second);
        assertThat(reopened.verifyInclusion(reopened.inclusionProof(4, 9), first)).isTrue();
        assertThat(reopened.verifyConsistency(reopened.consistencyProof(9, 25), first, second)).isTrue();
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void namesRowsChangedOrDeletedInTheDatabase() throws Exception {
        HashChainAuditLog log = log();
        log.appendAll(LongStream.rangeClosed(1, 12).mapToObj(i -> event((int) i)).toList());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("UPDATE dangan_audit_event SET actor = 'someone-else' WHERE sequence_no = 4");
            st.execute("DELETE FROM dangan_audit_event WHERE sequence_no = 9");
        }
        AuditVerification v = log.verify();
        assertThat(v.issues()).extracting(i -> i.finding() + "@" + i.sequence())
                .containsExactly(AuditFinding.EVENT_ALTERED + "@4", AuditFinding.EVENT_DELETED + "@9");
    }

    @Test
    void concurrentAppendersThroughTwoLogInstancesGetOneGapFreeOrder() throws Exception {
        onSixThreadsOverTwoLogs(120, (target, thread) -> {
            for (int i = 0; i < 40; i++) {
                target.append(event(thread * 100 + i));
            }
        });
        HashChainAuditLog reader = log();
        assertThat(reader.query(AuditQuery.all())).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, reader.size()).boxed().toList());
        assertThat(reader.size()).isEqualTo(240);
        assertThat(reader.verify().intact()).isTrue();
    }

    /**
     * Runs {@code work} on six threads, the even ones through one log instance and the odd ones through another
     * over the same database, and waits for all of them.
     */
    private void onSixThreadsOverTwoLogs(int timeoutSeconds, BiConsumer<HashChainAuditLog, Integer> work)
            throws Exception {
        HashChainAuditLog a = log();
        HashChainAuditLog b = log();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 6; t++) {
            HashChainAuditLog target = t % 2 == 0 ? a : b;
            int thread = t;
            fs.add(pool.submit(() -> work.accept(target, thread)));
        }
        try {
            for (Future<?> f : fs) {
                f.get(timeoutSeconds, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private MerkleTree wholeTree(HashChainAuditLog log) {
        List<byte[]> leaves = new ArrayList<>();
        for (AuditRecord r : log.query(AuditQuery.all())) {
            leaves.add(HexFormat.of().parseHex(r.hash()));
        }
        return MerkleTree.fromLeafData(DigestAlgorithm.SM3, leaves);
    }

    @Test
    void concurrentBatchesThroughTwoLogInstancesKeepOneGapFreeOrderAndTheStoredSubtrees() throws Exception {
        onSixThreadsOverTwoLogs(300, (target, thread) -> {
            for (int batch = 0; batch < 15; batch++) {
                int first = thread * 10_000 + batch * 100;
                target.appendAll(IntStream.range(first, first + 41).mapToObj(JpaAuditLogTest::event).toList());
                if (batch % 5 == 4) {
                    target.checkpoint();
                }
            }
        });
        HashChainAuditLog reader = log();
        assertThat(reader.query(AuditQuery.all())).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 3690).boxed().toList());
        // complete subtrees of 256, 512, 1024 and 2048 records within 3,690
        assertThat(count("SELECT COUNT(*) FROM dangan_audit_node")).isEqualTo(14 + 7 + 3 + 1);
        Checkpoint head = reader.checkpoint();
        MerkleTree tree = wholeTree(reader);
        assertThat(head.rootHash()).isEqualTo(tree.root().hex());
        assertThat(reader.verifyInclusion(reader.inclusionProof(1234, 3690), head)).isTrue();
        Checkpoint earlier = reader.checkpoints().get(0);
        assertThat(reader.verifyConsistency(reader.consistencyProof(earlier.treeSize(), 3690), earlier, head)).isTrue();
        AuditVerification v = reader.verify();
        assertThat(v.issues()).isEmpty();
        assertThat(v.checkpoints()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void rebuildsMissingSubtreeRowsWhenOpened() throws Exception {
        HashChainAuditLog log = log();
        log.appendAll(IntStream.rangeClosed(1, 600).mapToObj(JpaAuditLogTest::event).toList());
        Checkpoint before = log.checkpoint();
        assertThat(count("SELECT COUNT(*) FROM dangan_audit_node")).isEqualTo(3);
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM dangan_audit_node");
        }
        HashChainAuditLog reopened = log();
        assertThat(count("SELECT COUNT(*) FROM dangan_audit_node")).isEqualTo(3);
        assertThat(reopened.verifyInclusion(reopened.inclusionProof(300, 600), before)).isTrue();
        assertThat(reopened.verify().intact()).isTrue();
    }

    @Test
    void namesAChangedSubtreeRow() throws Exception {
        HashChainAuditLog log = log();
        log.appendAll(IntStream.rangeClosed(1, 600).mapToObj(JpaAuditLogTest::event).toList());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("UPDATE dangan_audit_node SET node_hash = '" + "0".repeat(64)
                    + "' WHERE tree_level = 8 AND node_index = 1");
        }
        assertThat(log.verify().issues()).extracting(i -> i.finding() + "@" + i.sequence())
                .containsExactly(AuditFinding.TREE_NODE_MISMATCH + "@512");
    }

    static CheckpointSigner ed25519() {
        try {
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new CheckpointSigner() {
                @Override
                public String algorithm() {
                    return "Ed25519";
                }

                @Override
                public String keyId() {
                    return "test-key";
                }

                @Override
                public byte[] sign(byte[] message) {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initSign(kp.getPrivate());
                        s.update(message);
                        return s.sign();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public boolean verify(byte[] message, byte[] signature) {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initVerify(kp.getPublic());
                        s.update(message);
                        return s.verify(signature);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

class H2JpaAuditLogTest extends JpaAuditLogTest {
    @Override
    TestDatabase database() {
        return TestDatabase.h2();
    }
}

class PostgresJpaAuditLogTest extends JpaAuditLogTest {
    @Override
    TestDatabase database() {
        return TestDatabase.postgres();
    }
}

package io.dangan.archive.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.audit.AuditFinding;
import io.dangan.archive.audit.AuditIssue;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.AuditVerification;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.core.Access;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.access.AccessWorld;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class HashChainAuditLogTest {
    private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
    private static final CheckpointSigner SIGNER = TestSigners.ed25519();

    private final MemoryAuditStorage storage = new MemoryAuditStorage();
    private final ManualClock clock = ManualClock.at(T0);
    private final HashChainAuditLog log = new HashChainAuditLog(storage, DigestAlgorithm.SM3, SIGNER, clock, 0);

    private static HashChainAuditLog filled(MemoryAuditStorage s, int n) {
        HashChainAuditLog l = new HashChainAuditLog(s, DigestAlgorithm.SM3, SIGNER, ManualClock.at(T0), 0);
        for (int i = 1; i <= n; i++) {
            l.append(TestEvent.number(i, T0));
        }
        return l;
    }

    private static AuditRecord renumbered(AuditRecord r, long seq) {
        return new AuditRecord(seq, r.occurredAt(), r.type(), r.actor(), r.resource(), r.dossier(), r.action(), r.outcome(),
                r.reasons(), r.requestHash(), r.details(), r.previousHash(), r.hash());
    }

    private static AuditRecord withActor(AuditRecord r, String actor) {
        return new AuditRecord(r.sequence(), r.occurredAt(), r.type(), actor, r.resource(), r.dossier(), r.action(),
                r.outcome(), r.reasons(), r.requestHash(), r.details(), r.previousHash(), r.hash());
    }

    @Test
    void appendsChainedRecordsInOneGapFreeOrder() {
        HashChainAuditLog l = filled(storage, 5);
        List<AuditRecord> all = l.query(AuditQuery.all());
        assertThat(all).extracting(AuditRecord::sequence).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(all.get(0).previousHash()).isEqualTo(AuditCodec.GENESIS);
        for (int i = 1; i < all.size(); i++) {
            assertThat(all.get(i).previousHash()).isEqualTo(all.get(i - 1).hash());
        }
        assertThat(all.get(0).hash()).matches("[0-9a-f]{64}");
        assertThat(l.verify().intact()).isTrue();
    }

    @Test
    void namesAnAlteredRecord() {
        filled(storage, 10);
        storage.tamper(rs -> {
            rs.set(3, withActor(rs.get(3), "someone-else"));
            return rs;
        });
        AuditVerification v = log.verify();
        assertThat(v.issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_ALTERED, 4L));
    }

    @Test
    void namesAnAlteredRecordWhoseHashWasRewritten() {
        filled(storage, 10);
        storage.tamper(rs -> {
            AuditRecord forged = withActor(rs.get(6), "someone-else");
            rs.set(6, AuditCodec.withHash(forged, AuditCodec.hash(DigestAlgorithm.SM3, forged, forged.sequence())));
            return rs;
        });
        assertThat(log.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_ALTERED, 7L));
    }

    @Test
    void namesADeletedRecord() {
        filled(storage, 10);
        storage.tamper(rs -> {
            rs.remove(4);
            return rs;
        });
        assertThat(log.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_DELETED, 5L));
    }

    @Test
    void namesADeletedRecordWhenLaterOnesWereRenumbered() {
        filled(storage, 10);
        storage.tamper(rs -> {
            rs.remove(4);
            for (int i = 4; i < rs.size(); i++) {
                rs.set(i, renumbered(rs.get(i), i + 1));
            }
            return rs;
        });
        assertThat(log.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_DELETED, 5L));
    }

    @Test
    void namesAnInsertedRecord() {
        filled(storage, 10);
        storage.tamper(rs -> {
            AuditRecord prev = rs.get(5);
            AuditRecord forged = AuditCodec.record(DigestAlgorithm.SM3, 7, prev.hash(),
                    new TestEvent(T0, "dossier.viewed", "intruder", "dossier:D-1", "D-1", "view"));
            rs.add(6, forged);
            for (int i = 7; i < rs.size(); i++) {
                rs.set(i, renumbered(rs.get(i), i + 1));
            }
            return rs;
        });
        assertThat(log.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_INSERTED, 7L));
    }

    @Test
    void namesReorderedRecords() {
        filled(storage, 10);
        storage.tamper(rs -> {
            Collections.swap(rs, 2, 3);
            rs.set(2, renumbered(rs.get(2), 3));
            rs.set(3, renumbered(rs.get(3), 4));
            return rs;
        });
        AuditVerification v = log.verify();
        assertThat(v.issues()).isNotEmpty().allSatisfy(i -> assertThat(i.finding()).isEqualTo(AuditFinding.EVENT_REORDERED));
        assertThat(v.issues()).extracting(AuditIssue::sequence).contains(3L, 4L);
    }

    @Property(tries = 30)
    void everySingleAlterationIsNamedAtItsSequence(@ForAll @IntRange(min = 1, max = 20) int target) {
        MemoryAuditStorage s = new MemoryAuditStorage();
        HashChainAuditLog l = filled(s, 20);
        s.tamper(rs -> {
            rs.set(target - 1, withActor(rs.get(target - 1), "forger"));
            return rs;
        });
        assertThat(l.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_ALTERED, (long) target));
    }

    @Property(tries = 30)
    void everySingleDeletionIsNamedAtItsSequence(@ForAll @IntRange(min = 1, max = 19) int target) {
        MemoryAuditStorage s = new MemoryAuditStorage();
        HashChainAuditLog l = filled(s, 20);
        s.tamper(rs -> {
            rs.remove(target - 1);
            return rs;
        });
        assertThat(l.verify().issues()).extracting(AuditIssue::finding, AuditIssue::sequence)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AuditFinding.EVENT_DELETED, (long) target));
    }

    @Test
    void signedCheckpointsProveInclusionAndConsistency() {
        HashChainAuditLog l = filled(storage, 7);
        Checkpoint first = l.checkpoint();
        for (int i = 8; i <= 20; i++) {
            l.append(TestEvent.number(i, T0));
        }
        Checkpoint second = l.checkpoint();
        assertThat(l.checkpoints()).containsExactly(first, second);
        for (long seq = 1; seq <= 7; seq++) {
            InclusionProof p = l.inclusionProof(seq, first.treeSize());
            assertThat(l.verifyInclusion(p, first)).isTrue();
        }
        InclusionProof p13 = l.inclusionProof(13, 20);
        assertThat(l.verifyInclusion(p13, second)).isTrue();
        assertThat(l.verifyInclusion(p13, first)).isFalse();
        ConsistencyProof c = l.consistencyProof(7, 20);
        assertThat(l.verifyConsistency(c, first, second)).isTrue();
        InclusionProof wrongLeaf = new InclusionProof(p13.sequence(), p13.treeSize(), l.get(12).orElseThrow().hash(),
                p13.path(), p13.rootHash());
        assertThat(l.verifyInclusion(wrongLeaf, second)).isFalse();
        assertThat(l.verify().intact()).isTrue();
        assertThat(l.verify().checkpoints()).isEqualTo(2);
    }

    @Test
    void checkpointsSignedWithTheArchivesSm2KeyVerify() {
        io.dangan.archive.crypto.Signer sm2 = io.dangan.archive.crypto.SigningKey
                .generate(io.dangan.archive.crypto.SignatureAlgorithm.SM2, new java.security.SecureRandom()).signer();
        HashChainAuditLog l = new HashChainAuditLog(storage, DigestAlgorithm.SM3, CheckpointSigner.of(sm2), clock, 0);
        for (int i = 1; i <= 5; i++) {
            l.append(TestEvent.number(i, T0));
        }
        Checkpoint c = l.checkpoint();
        assertThat(c.signatureAlgorithm()).isEqualTo("SM2");
        assertThat(c.keyId()).isEqualTo(sm2.keyId());
        assertThat(l.verifyInclusion(l.inclusionProof(3, 5), c)).isTrue();
        assertThat(l.verify().intact()).isTrue();
        HashChainAuditLog otherKey = new HashChainAuditLog(storage, DigestAlgorithm.SM3, SIGNER, clock, 0);
        assertThat(otherKey.verify().has(AuditFinding.CHECKPOINT_FORGED)).isTrue();
    }

    @Test
    void namesAForgedCheckpoint() {
        HashChainAuditLog l = filled(storage, 5);
        Checkpoint real = l.checkpoint();
        Checkpoint forged = new Checkpoint(real.treeSize(), "00".repeat(32), real.chainHead(), real.createdAt(),
                real.hashAlgorithm(), real.signatureAlgorithm(), real.keyId(), real.signature());
        storage.tamperCheckpoints(cs -> List.of(forged));
        AuditVerification v = l.verify();
        assertThat(v.issues()).extracting(AuditIssue::finding).containsExactly(AuditFinding.CHECKPOINT_FORGED);
        assertThat(l.verifyInclusion(l.inclusionProof(2, 5), forged)).isFalse();
    }

    @Test
    void aRewrittenChainUnderASignedCheckpointIsCaught() {
        HashChainAuditLog l = filled(storage, 6);
        l.checkpoint();
        storage.tamper(rs -> {
            List<AuditRecord> out = new ArrayList<>();
            String prev = AuditCodec.GENESIS;
            for (AuditRecord r : rs) {
                AuditRecord x = r.sequence() == 3 ? withActor(r, "forger") : r;
                x = new AuditRecord(x.sequence(), x.occurredAt(), x.type(), x.actor(), x.resource(), x.dossier(),
                        x.action(), x.outcome(), x.reasons(), x.requestHash(), x.details(), prev, "");
                x = AuditCodec.withHash(x, AuditCodec.hash(DigestAlgorithm.SM3, x, x.sequence()));
                prev = x.hash();
                out.add(x);
            }
            return out;
        });
        AuditVerification v = l.verify();
        assertThat(v.issues()).extracting(AuditIssue::finding).containsExactly(AuditFinding.CHECKPOINT_MISMATCH);
    }

    @Test
    void checkpointsArePeriodic() {
        HashChainAuditLog l = new HashChainAuditLog(storage, DigestAlgorithm.SHA_256, SIGNER, clock, 4);
        for (int i = 1; i <= 10; i++) {
            l.append(TestEvent.number(i, T0));
        }
        assertThat(l.checkpoints()).extracting(Checkpoint::treeSize).containsExactly(4L, 8L);
        assertThat(l.verify().intact()).isTrue();
    }

    @Test
    void concurrentAppendersGetOneGapFreeOrder() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> fs = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            fs.add(pool.submit(() -> {
                for (int i = 0; i < 250; i++) {
                    log.append(TestEvent.number(thread * 1000 + i, T0));
                }
            }));
        }
        for (Future<?> f : fs) {
            f.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();
        assertThat(log.query(AuditQuery.all())).extracting(AuditRecord::sequence)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 2000).boxed().toList());
        assertThat(log.verify().intact()).isTrue();
    }

    @Test
    void queriesByDossierActorActionAndTime() {
        HashChainAuditLog l = filled(storage, 30);
        assertThat(l.query(AuditQuery.all().dossier("D-1"))).hasSize(6).allSatisfy(r -> assertThat(r.dossier()).isEqualTo("D-1"));
        assertThat(l.query(AuditQuery.all().actor("user-0").action("view")))
                .allSatisfy(r -> assertThat(r.actor()).isEqualTo("user-0")).extracting(AuditRecord::sequence)
                .containsExactly(6L, 12L, 18L, 24L, 30L);
        assertThat(l.query(AuditQuery.all().between(T0.plusSeconds(10), T0.plusSeconds(13))))
                .extracting(AuditRecord::sequence).containsExactly(10L, 11L, 12L);
    }

    @Test
    void exportsJsonLinesInSequenceOrder() throws Exception {
        HashChainAuditLog l = filled(storage, 3);
        StringWriter w = new StringWriter();
        l.exportJsonLines(w);
        String[] lines = w.toString().split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).startsWith("{\"sequence\":1,\"occurredAt\":\"2026-06-01T02:00:01Z\",\"type\":\"dossier.viewed\"")
                .contains("\"hash\":\"" + l.get(1).orElseThrow().hash() + "\"");
    }

    @Test
    void aGuardDenialIsAuditedWithReasonsAndRequestHash() {
        AccessWorld world = AccessWorld.standard(T0);
        var guard = Access.guard(Access.decisionPoint(world, AccessPolicy.baseline(), log), log);
        AccessRequest self = AccessRequest.of(AccessWorld.SELF_READER, Action.VIEW, Resource.dossier(AccessWorld.READERS_OWN),
                AccessContext.withApproval(T0, AccessWorld.VIEW_OWN, AccessWorld.PURPOSE));
        assertThatThrownBy(() -> guard.check(self)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.ACCESS_DENIED));
        AuditRecord r = log.get(1).orElseThrow();
        assertThat(r.type()).isEqualTo("access.deny");
        assertThat(r.actor()).isEqualTo("reader-zhou");
        assertThat(r.dossier()).isEqualTo(AccessWorld.READERS_OWN.value());
        assertThat(r.action()).isEqualTo("view");
        assertThat(r.outcome()).isEqualTo("DENY");
        assertThat(r.reasons()).startsWith("RECUSAL_SELF");
        assertThat(r.requestHash()).matches("[0-9a-f]{64}");
    }

    @Test
    void aFailingStorageMakesTheAppendFailAndKeepsTheChain() {
        AuditStorage failing = new ForwardingAuditStorage(storage) {
            @Override
            public void append(List<java.util.function.Supplier<AuditChunk>> chunks) {
                throw new IllegalStateException("disk full");
            }
        };
        HashChainAuditLog l = new HashChainAuditLog(failing, DigestAlgorithm.SM3, SIGNER, clock, 0);
        assertThatThrownBy(() -> l.append(TestEvent.number(1, T0))).isInstanceOf(ArchiveException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.AUDIT_APPEND_FAILED));
        assertThat(storage.size()).isZero();
    }
}

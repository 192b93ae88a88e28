package io.dangan.archive.core.internal.seal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.crypto.ConsistencyProof;
import io.dangan.archive.crypto.HashResult;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.crypto.KeyProviders;
import io.dangan.archive.crypto.LocalTimestampAuthority;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.seal.DossierSealed;
import io.dangan.archive.seal.Finding;
import io.dangan.archive.seal.FindingCode;
import io.dangan.archive.seal.LeafKind;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.Octets;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.seal.SealLeaf;
import io.dangan.archive.seal.SealStatement;
import io.dangan.archive.seal.SealsVerified;
import io.dangan.archive.seal.VerificationReport;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Dossier seals (档案封印)")
class SealServiceTest {
    static final SecureRandom RANDOM = new SecureRandom();
    static final SigningKey KEY = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);
    static final SigningKey OTHER = SigningKey.generate(SignatureAlgorithm.SM2, RANDOM);

    final ManualClock clock = ManualClock.at("2026-03-01T09:00:00+08:00");
    final TamperingStore store = new TamperingStore(new InMemoryArchiveStore());
    final RecordingEventSink events = new RecordingEventSink();
    final LocalTimestampAuthority tsa = LocalTimestampAuthority.create(clock, SignatureAlgorithm.SM2, RANDOM);
    final Map<Digest, byte[]> blobs = new ConcurrentHashMap<>();
    final Archive archive = Archives.builder().clock(clock).store(store).events(events)
            .keys(KeyProviders.of(Map.of("seal", KEY)), "seal")
            .timestamps(tsa, true, tsa.certificate())
            .contentStore(new MapContentStore(blobs))
            .build();
    final Fixtures fx = Fixtures.seeded(11);
    final Random random = new Random(5);
    final Unit unit = archive.dossiers().registerUnit(fx.unit(null));
    final Subject subject = archive.dossiers().registerSubject(fx.subject());
    final Dossier dossier = archive.dossiers().openDossier(DossierId.of("D1"), subject.id(), unit.id());
    final List<Material> filed = new ArrayList<>();

    SealServiceTest() {
        filed.add(fileNew("m1", "1", 1, "干部履历表"));
        filed.add(fileNew("m2", "1", 2, "干部履历表（续）"));
        filed.add(fileNew("m3", "4-1", 1, "大学本科毕业证书"));
        filed.add(fileNew("m4", "9-2", 1, "干部任免审批表"));
        filed.add(fileNew("m5", "9-2", 2, "任职通知"));
        clock.advance(Duration.ofDays(1));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------------

    Material fileNew(String id, String category, int sequence, String title) {
        byte[] bytes = new byte[1000 + random.nextInt(4000)];
        random.nextBytes(bytes);
        HashResult h;
        try {
            h = Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256).hash(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        blobs.put(h.digest(DigestAlgorithm.SM3), bytes);
        ContentRef scan = new ContentRef(title + ".pdf", "application/pdf", bytes.length, h.digests());
        LocalDate formed = LocalDate.of(2015, 3, 1).plusDays(random.nextInt(2000));
        Material m = archive.dossiers().recordMaterial(new Material(MaterialId.of("D1-" + id), dossier.id(),
                MaterialCategory.of(category), title, null, formed, "某某县委组织部", formed.plusDays(5), 1 + random.nextInt(6),
                List.of(scan), MaterialStatus.RECEIVED, 0, 0));
        return update(m.filedAt(MaterialCategory.of(category), sequence));
    }

    Material update(Material m) {
        return store.write(s -> s.materials().update(m));
    }

    Material current(String id) {
        return store.read(s -> s.materials().find(MaterialId.of("D1-" + id)).orElseThrow());
    }

    VerificationReport verify() {
        return archive.seals().verify(dossier.id());
    }

    static Set<FindingCode> codes(VerificationReport r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toSet());
    }

    static Seal replaceStatement(Seal seal, SealStatement st) {
        return new Seal(st, seal.signature(), seal.timestampToken(), seal.consistencyProof());
    }

    static <T> UnaryOperator<List<T>> at(int index, UnaryOperator<T> change) {
        return list -> {
            List<T> l = new ArrayList<>(list);
            l.set(index, change.apply(l.get(index)));
            return l;
        };
    }

    static byte[] flip(byte[] b, int bit) {
        byte[] c = b.clone();
        c[bit / 8] ^= (byte) (1 << (bit % 8));
        return c;
    }

    // ---- sealing ------------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("sealing")
    class Sealing {
        @Test
        void sealsTheFiledMaterialsSignedWithSm2AndStamped() {
            Seal seal = archive.seals().seal(dossier.id());

            SealStatement st = seal.statement();
            assertThat(st.version()).isEqualTo(1);
            assertThat(st.kind()).isEqualTo(SealKind.INITIAL);
            assertThat(st.treeSize()).isEqualTo(5);
            assertThat(st.digestAlgorithm()).isEqualTo(DigestAlgorithm.SM3);
            assertThat(st.signatureAlgorithm()).isEqualTo("SM2");
            assertThat(st.keyId()).isEqualTo(KEY.publicKey().keyId());
            assertThat(st.sealedAt()).isEqualTo(clock.instant());
            assertThat(seal.timestampToken()).isNotNull();
            assertThat(events.ofClass(DossierSealed.class)).singleElement()
                    .satisfies(e -> assertThat(e.details()).containsEntry("version", "1").containsEntry("treeSize", "5"));

            VerificationReport r = verify();
            assertThat(r.findings()).isEmpty();
            assertThat(r.passed()).isTrue();
            assertThat(r.materials()).isEqualTo(5);
            assertThat(r.contentFiles()).isEqualTo(5);
            assertThat(r.contentBytes()).isEqualTo(blobs.values().stream().mapToLong(b -> b.length).sum());
            assertThat(r.summary()).contains("检测通过");
            assertThat(events.ofClass(SealsVerified.class)).singleElement()
                    .satisfies(e -> assertThat(e.details()).containsEntry("passed", "true"));
        }

        @Test
        void sealingAgainWithoutNewMaterialsMakesNoNewVersion() {
            Seal first = archive.seals().seal(dossier.id());
            clock.advance(Duration.ofHours(1));
            assertThat(archive.seals().seal(dossier.id())).isEqualTo(first);
            assertThat(archive.seals().history(dossier.id())).hasSize(1);
        }

        @Test
        void receivedMaterialsAreNotSealedUntilFiled() {
            archive.seals().seal(dossier.id());
            Material received = archive.dossiers().recordMaterial(new Material(MaterialId.of("D1-r"), dossier.id(),
                    MaterialCategory.ofClass(3), "年度考核登记表", null, LocalDate.of(2025, 12, 1), "某某局",
                    null, 2, List.of(), MaterialStatus.RECEIVED, 0, 0));
            assertThat(archive.seals().seal(dossier.id()).statement().version()).isEqualTo(1);
            assertThat(verify().passed()).isTrue();
            update(received.filedAt(MaterialCategory.ofClass(3), 1));
            assertThat(verify().has(FindingCode.MATERIAL_UNSEALED)).isTrue();
        }

        @Test
        void appendingExtendsTheTreeWithAConsistencyProofFromThePreviousVersion() {
            Seal v1 = archive.seals().seal(dossier.id());
            fileNew("m6", "9-2", 3, "免职通知");
            clock.advance(Duration.ofDays(30));
            Seal v2 = archive.seals().seal(dossier.id());

            assertThat(v2.statement().version()).isEqualTo(2);
            assertThat(v2.statement().kind()).isEqualTo(SealKind.APPEND);
            assertThat(v2.statement().previousSize()).isEqualTo(5);
            assertThat(v2.statement().treeSize()).isEqualTo(6);
            assertThat(new ConsistencyProof(DigestAlgorithm.SM3, 5, 6, v2.consistencyProof())
                    .verify(v1.statement().root(), v2.statement().root())).isTrue();
            assertThat(verify().findings()).isEmpty();
        }

        @Test
        void aDossierWithoutSealIsReportedAsNotSealed() {
            assertThat(codes(verify())).containsExactly(FindingCode.DOSSIER_NOT_SEALED);
        }

        @Test
        void anUnknownDossierIsNotFound() {
            assertThatThrownBy(() -> archive.seals().seal(DossierId.of("nope")))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
        }
    }

    // ---- amendments ---------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("amendments are explicit, recorded versions")
    class Amendments {
        @Test
        void aSilentChangeOfASealedMaterialIsRefusedBySealing() {
            archive.seals().seal(dossier.id());
            Material m = current("m3");
            update(new Material(m.id(), m.dossier(), m.category(), "大学本科毕业证书（补办）", m.typeCode(), m.formedDate(),
                    m.sourceUnit(), m.receivedDate(), m.pages(), m.contents(), m.status(), m.sequence(), m.version()));

            assertThatThrownBy(() -> archive.seals().seal(dossier.id()))
                    .isInstanceOfSatisfying(ConflictException.class, e -> {
                        assertThat(e.code()).isEqualTo(ErrorCode.SEAL_AMENDMENT_REQUIRED);
                        assertThat(e.getMessage()).contains("D1-m3");
                    });
            assertThat(archive.seals().history(dossier.id())).hasSize(1);
        }

        @Test
        void anAmendmentAppendsACorrectedRevisionWithItsReason() {
            Seal v1 = archive.seals().seal(dossier.id());
            Material m = current("m3");
            update(new Material(m.id(), m.dossier(), m.category(), "大学本科毕业证书（补办）", m.typeCode(), m.formedDate(),
                    m.sourceUnit(), m.receivedDate(), m.pages(), m.contents(), m.status(), m.sequence(), m.version()));
            clock.advance(Duration.ofDays(2));

            Seal v2 = archive.seals().amend(dossier.id(), List.of(m.id()), "原证书遗失，依补办证书更正标题");

            assertThat(v2.statement().kind()).isEqualTo(SealKind.AMENDMENT);
            assertThat(v2.statement().reason()).isEqualTo("原证书遗失，依补办证书更正标题");
            assertThat(v2.statement().treeSize()).isEqualTo(6);
            assertThat(new ConsistencyProof(DigestAlgorithm.SM3, 5, 6, v2.consistencyProof())
                    .verify(v1.statement().root(), v2.statement().root())).isTrue();
            assertThat(events.ofType(DossierSealed.TYPE_AMENDED)).singleElement()
                    .satisfies(e -> assertThat(e.details()).containsEntry("reason", "原证书遗失，依补办证书更正标题"));
            assertThat(verify().findings()).isEmpty();
            MaterialProof proof = archive.seals().prove(m.id());
            assertThat(proof.leaf().kind()).isEqualTo(LeafKind.AMENDED);
            assertThat(proof.leaf().revision()).isEqualTo(2);
            assertThat(archive.seals().verifyProof(proof).findings()).isEmpty();
        }

        @Test
        void anAmendmentWithdrawsAMaterialThatLeftTheDossier() {
            archive.seals().seal(dossier.id());
            Material m = current("m5");
            update(m.withStatus(MaterialStatus.REJECTED));
            assertThat(codes(verify())).contains(FindingCode.METADATA_MISMATCH);

            archive.seals().amend(dossier.id(), List.of(m.id()), "误归档，退回形成单位");

            assertThat(verify().findings()).isEmpty();
            assertThatThrownBy(() -> archive.seals().prove(m.id()))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SEAL_NOT_FOUND));
        }

        @Test
        void anAmendmentOfAnUnchangedMaterialIsRefused() {
            archive.seals().seal(dossier.id());
            assertThatThrownBy(() -> archive.seals().amend(dossier.id(), List.of(MaterialId.of("D1-m1")), "无"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SEAL_AMENDMENT_INVALID));
        }

        @Test
        void anAmendmentMustNameEveryChangedMaterial() {
            archive.seals().seal(dossier.id());
            update(current("m1").withStatus(MaterialStatus.REJECTED));
            update(current("m2").withStatus(MaterialStatus.REJECTED));
            assertThatThrownBy(() -> archive.seals().amend(dossier.id(), List.of(MaterialId.of("D1-m1")), "退回"))
                    .isInstanceOfSatisfying(ConflictException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.SEAL_AMENDMENT_REQUIRED));
        }

        @Test
        void anAmendmentNeedsAReasonAndASealedDossier() {
            assertThatThrownBy(() -> archive.seals().amend(dossier.id(), List.of(MaterialId.of("D1-m1")), "x"))
                    .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SEAL_NOT_FOUND));
            archive.seals().seal(dossier.id());
            assertThatThrownBy(() -> archive.seals().amend(dossier.id(), List.of(MaterialId.of("D1-m1")), "  "))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.REQUIRED_VALUE_MISSING));
        }
    }

    // ---- planted tampering: content and metadata ------------------------------------------------------------------------

    @Nested
    @DisplayName("verification names tampered content and metadata")
    class ContentAndMetadata {
        @Test
        void aFlippedBitInAContentFileIsAContentDigestMismatch() {
            archive.seals().seal(dossier.id());
            Digest address = current("m4").contents().get(0).digest(DigestAlgorithm.SM3).orElseThrow();
            blobs.put(address, flip(blobs.get(address), 8 * 700 + 3));

            VerificationReport r = verify();

            assertThat(r.findings()).extracting(Finding::code).containsOnly(FindingCode.CONTENT_DIGEST_MISMATCH);
            assertThat(r.findings()).allSatisfy(f -> assertThat(f.location()).startsWith("material D1-m4/contents[1]"));
            assertThat(r.summary()).contains("真实性");
        }

        @Test
        void aMissingContentFileIsNamed() {
            archive.seals().seal(dossier.id());
            blobs.remove(current("m1").contents().get(0).digest(DigestAlgorithm.SM3).orElseThrow());
            assertThat(codes(verify())).containsExactly(FindingCode.CONTENT_MISSING);
        }

        @Test
        void aTruncatedContentFileHasTheWrongSizeAndDigest() {
            archive.seals().seal(dossier.id());
            Digest address = current("m2").contents().get(0).digest(DigestAlgorithm.SM3).orElseThrow();
            blobs.put(address, Arrays.copyOf(blobs.get(address), 100));
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.CONTENT_SIZE_MISMATCH,
                    FindingCode.CONTENT_DIGEST_MISMATCH);
        }

        @ParameterizedTest(name = "{0}")
        @ValueSource(strings = {"title", "typeCode", "formedDate", "sourceUnit", "receivedDate", "pages", "status",
            "contents[1].fileName", "contents[1].digests"})
        void aChangedMetadataFieldIsNamed(String field) {
            archive.seals().seal(dossier.id());
            Material m = current("m3");
            ContentRef c = m.contents().get(0);
            Material changed = switch (field) {
                case "title" -> with(m, "大学本科毕业证书（伪）", m.typeCode(), m.formedDate(), m.sourceUnit(), m.receivedDate(),
                        m.pages(), m.contents(), m.status());
                case "typeCode" -> with(m, m.title(), "DEGREE", m.formedDate(), m.sourceUnit(), m.receivedDate(),
                        m.pages(), m.contents(), m.status());
                case "formedDate" -> with(m, m.title(), m.typeCode(), m.formedDate().minusYears(1), m.sourceUnit(),
                        m.receivedDate(), m.pages(), m.contents(), m.status());
                case "sourceUnit" -> with(m, m.title(), m.typeCode(), m.formedDate(), "另一所大学", m.receivedDate(),
                        m.pages(), m.contents(), m.status());
                case "receivedDate" -> with(m, m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(),
                        m.receivedDate().plusDays(1), m.pages(), m.contents(), m.status());
                case "pages" -> with(m, m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(), m.receivedDate(),
                        m.pages() + 1, m.contents(), m.status());
                case "status" -> with(m, m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(), m.receivedDate(),
                        m.pages(), m.contents(), MaterialStatus.ACCEPTED);
                case "contents[1].fileName" -> with(m, m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(),
                        m.receivedDate(), m.pages(), List.of(new ContentRef("other.pdf", c.mediaType(), c.size(),
                                c.digests())), m.status());
                default -> with(m, m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(), m.receivedDate(), m.pages(),
                        List.of(new ContentRef(c.fileName(), c.mediaType(), c.size(), List.of(
                                new Digest(DigestAlgorithm.SM3, "00".repeat(32))))), m.status());
            };
            update(changed);

            VerificationReport r = verify();

            assertThat(r.findings()).filteredOn(f -> f.code() == FindingCode.METADATA_MISMATCH)
                    .extracting(Finding::location).contains("material D1-m3/" + field);
        }

        private Material with(Material m, String title, String typeCode, LocalDate formed, String source,
                LocalDate received, int pages, List<ContentRef> contents, MaterialStatus status) {
            return new Material(m.id(), m.dossier(), m.category(), title, typeCode, formed, source, received, pages,
                    contents, status, m.sequence(), m.version());
        }

        @Test
        void swappedSequencesAreAReorderingNotAnEdit() {
            archive.seals().seal(dossier.id());
            Material a = current("m4");
            Material b = current("m5");
            update(a.filedAt(a.category(), 2));
            update(b.filedAt(b.category(), 1));

            VerificationReport r = verify();

            assertThat(codes(r)).containsExactly(FindingCode.MATERIAL_REORDERED);
            assertThat(r.findings()).extracting(Finding::location)
                    .containsExactlyInAnyOrder("material D1-m4/sequence", "material D1-m5/sequence");
        }

        @Test
        void aDeletedMaterialIsMissingAndLeavesAGap() {
            archive.seals().seal(dossier.id());
            store.materials = l -> l.stream().filter(m -> !m.id().value().equals("D1-m1")).toList();
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.MATERIAL_MISSING, FindingCode.SEQUENCE_GAP);
        }

        @Test
        void aDuplicatedMaterialIsUnsealedAndDuplicatesASequence() {
            archive.seals().seal(dossier.id());
            Material m = current("m2");
            store.write(s -> s.materials().insert(new Material(MaterialId.of("D1-m2-copy"), m.dossier(), m.category(),
                    m.title(), m.typeCode(), m.formedDate(), m.sourceUnit(), m.receivedDate(), m.pages(), m.contents(),
                    m.status(), m.sequence(), 0)));
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.MATERIAL_UNSEALED,
                    FindingCode.SEQUENCE_DUPLICATE);
        }

        @Test
        void aNumberingGapIsNamedEvenWhenSealed() {
            fileNew("m6", "7", 1, "嘉奖令");
            fileNew("m7", "7", 3, "记功证书");
            archive.seals().seal(dossier.id());
            VerificationReport r = verify();
            assertThat(codes(r)).containsExactly(FindingCode.SEQUENCE_GAP);
            assertThat(r.findings().get(0).location()).isEqualTo("category 7");
            assertThat(r.findings().get(0).message()).isEqualTo("sequence 2 is missing (next filed is 3)");
        }
    }

    // ---- planted tampering: seals, leaves, proofs, signatures, timestamps ------------------------------------------------

    @Nested
    @DisplayName("verification names tampered seals and proofs")
    class SealsAndProofs {
        @Test
        void reorderedLeavesBreakTheRoot() {
            archive.seals().seal(dossier.id());
            store.leaves = l -> {
                List<SealLeaf> c = new ArrayList<>(l);
                SealLeaf a = c.get(1);
                SealLeaf b = c.get(2);
                c.set(1, new SealLeaf(b.dossier(), 1, b.material(), b.revision(), b.kind(), b.sealVersion(), b.encoded()));
                c.set(2, new SealLeaf(a.dossier(), 2, a.material(), a.revision(), a.kind(), a.sealVersion(), a.encoded()));
                return c;
            };
            assertThat(codes(verify())).containsExactly(FindingCode.SEAL_ROOT_MISMATCH);
        }

        @Test
        void aDuplicatedLeafIsNamed() {
            archive.seals().seal(dossier.id());
            store.leaves = l -> {
                List<SealLeaf> c = new ArrayList<>(l);
                SealLeaf a = c.get(0);
                c.add(new SealLeaf(a.dossier(), c.size(), a.material(), a.revision(), a.kind(), a.sealVersion(),
                        a.encoded()));
                return c;
            };
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.LEAF_DUPLICATE,
                    FindingCode.TREE_SIZE_MISMATCH);
        }

        @Test
        void aDeletedLeafLeavesTheTreeShortAndTheMaterialUnsealed() {
            archive.seals().seal(dossier.id());
            store.leaves = l -> l.subList(0, l.size() - 1);
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.TREE_SIZE_MISMATCH,
                    FindingCode.MATERIAL_UNSEALED);
        }

        @Test
        void aFlippedBitInALeafIsMalformedOrBreaksTheRoot() {
            archive.seals().seal(dossier.id());
            store.leaves = at(2, l -> new SealLeaf(l.dossier(), l.index(), l.material(), l.revision(), l.kind(),
                    l.sealVersion(), Octets.of(flip(l.encoded().value(), 8 * 40 + 1))));
            assertThat(codes(verify())).contains(FindingCode.SEAL_ROOT_MISMATCH);
        }

        @Test
        void anAlteredRootInTheStatementInvalidatesTheSignature() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> {
                SealStatement t = s.statement();
                return replaceStatement(s, new SealStatement(t.dossier(), t.version(), t.kind(), t.previousSize(),
                        t.treeSize(), Digest.of(DigestAlgorithm.SM3, flip(t.root().bytes(), 5)), t.signatureAlgorithm(),
                        t.keyId(), t.sealedAt(), t.reason()));
            });
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.SEAL_SIGNATURE_INVALID,
                    FindingCode.SEAL_ROOT_MISMATCH);
        }

        @Test
        void anAlteredSealTimeInvalidatesTheSignature() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> {
                SealStatement t = s.statement();
                return replaceStatement(s, new SealStatement(t.dossier(), t.version(), t.kind(), t.previousSize(),
                        t.treeSize(), t.root(), t.signatureAlgorithm(), t.keyId(), t.sealedAt().minusSeconds(86_400),
                        t.reason()));
            });
            assertThat(codes(verify())).containsExactly(FindingCode.SEAL_SIGNATURE_INVALID);
        }

        @Test
        void aSealReSignedWithAnotherKeyUnderTheSameKeyIdIsInvalid() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> new Seal(s.statement(),
                    Octets.of(OTHER.signer().sign(StatementCodec.encode(s.statement()))), s.timestampToken(),
                    s.consistencyProof()));
            assertThat(codes(verify())).contains(FindingCode.SEAL_SIGNATURE_INVALID);
        }

        @Test
        void aSealReSignedWithAnotherKeyNamingThatKeyIsUntrusted() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> {
                SealStatement t = s.statement();
                SealStatement forged = new SealStatement(t.dossier(), t.version(), t.kind(), t.previousSize(),
                        t.treeSize(), t.root(), t.signatureAlgorithm(), OTHER.publicKey().keyId(), t.sealedAt(),
                        t.reason());
                return new Seal(forged, Octets.of(OTHER.signer().sign(StatementCodec.encode(forged))), null, List.of());
            });
            assertThat(codes(verify())).containsExactlyInAnyOrder(FindingCode.SEAL_SIGNER_UNTRUSTED,
                    FindingCode.TIMESTAMP_MISSING);
        }

        @Test
        void aSignatureWithATrailingByteIsMalformedNotInvalid() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> {
                byte[] sig = s.signature().value();
                byte[] longer = Arrays.copyOf(sig, sig.length + 1);
                return new Seal(s.statement(), Octets.of(longer), s.timestampToken(), s.consistencyProof());
            });
            VerificationReport r = verify();
            assertThat(codes(r)).contains(FindingCode.SEAL_SIGNATURE_MALFORMED)
                    .doesNotContain(FindingCode.SEAL_SIGNATURE_INVALID);
        }

        @Test
        void aSignatureThatIsNotDerIsMalformed() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> new Seal(s.statement(), Octets.of(new byte[] {0x30, 0x03, 0x02, 0x01}),
                    s.timestampToken(), s.consistencyProof()));
            assertThat(codes(verify())).contains(FindingCode.SEAL_SIGNATURE_MALFORMED);
        }

        @Test
        void aTruncatedTimestampTokenIsMalformed() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> s.withTimestampToken(Octets.of(Arrays.copyOf(s.timestampToken().value(),
                    s.timestampToken().length() / 2))));
            assertThat(codes(verify())).containsExactly(FindingCode.TIMESTAMP_MALFORMED);
        }

        @Test
        void aTimestampTokenForgedByAnotherAuthorityIsInvalid() {
            Seal seal = archive.seals().seal(dossier.id());
            LocalTimestampAuthority forger = LocalTimestampAuthority.create(clock, SignatureAlgorithm.SM2, RANDOM);
            Octets forged = Octets.of(forger.stamp(StatementCodec.timestampImprint(seal.statement(), seal.signature()))
                    .encoded());
            store.seals = at(0, s -> s.withTimestampToken(forged));
            assertThat(codes(verify())).containsExactly(FindingCode.TIMESTAMP_INVALID);
        }

        @Test
        void aTimestampTokenOfAnotherSealDoesNotMatchItsImprint() {
            archive.seals().seal(dossier.id());
            fileNew("m6", "10", 1, "其他材料");
            Seal v2 = archive.seals().seal(dossier.id());
            store.seals = at(0, s -> s.withTimestampToken(v2.timestampToken()));
            assertThat(codes(verify())).containsExactly(FindingCode.TIMESTAMP_IMPRINT_MISMATCH);
        }

        @Test
        void aSealWithoutTimestampIsAFindingWhenTimestampsAreRequired() {
            archive.seals().seal(dossier.id());
            store.seals = at(0, s -> s.withTimestampToken(null));
            assertThat(codes(verify())).containsExactly(FindingCode.TIMESTAMP_MISSING);
        }

        @Test
        void aFlippedBitInAConsistencyProofIsNamed() {
            archive.seals().seal(dossier.id());
            fileNew("m6", "10", 1, "其他材料");
            archive.seals().seal(dossier.id());
            store.seals = at(1, s -> {
                List<Digest> path = new ArrayList<>(s.consistencyProof());
                path.set(0, Digest.of(DigestAlgorithm.SM3, flip(path.get(0).bytes(), 77)));
                return new Seal(s.statement(), s.signature(), s.timestampToken(), path);
            });
            assertThat(codes(verify())).containsExactly(FindingCode.CONSISTENCY_PROOF_INVALID);
        }

        @Test
        void aMissingSealVersionIsAGapInTheChain() {
            archive.seals().seal(dossier.id());
            fileNew("m6", "10", 1, "其他材料");
            archive.seals().seal(dossier.id());
            fileNew("m7", "10", 2, "其他材料（续）");
            archive.seals().seal(dossier.id());
            store.seals = l -> List.of(l.get(0), l.get(2));
            assertThat(codes(verify())).contains(FindingCode.SEAL_VERSION_GAP, FindingCode.SEAL_STATEMENT_INVALID);
        }

        @Test
        void aMaterialProofVerifiesAloneAndNamesEachForgery() {
            archive.seals().seal(dossier.id());
            fileNew("m6", "10", 1, "其他材料");
            archive.seals().seal(dossier.id());
            MaterialProof proof = archive.seals().prove(MaterialId.of("D1-m3"));
            assertThat(proof.leaf().index()).isEqualTo(2);
            assertThat(proof.seal().statement().version()).isEqualTo(2);

            // a third party: trusts only the key it was given out of band, knows the authority's certificate
            SealChecker third = new SealChecker(List.of(KEY.publicKey()), List.of(tsa.certificate()), true);
            assertThat(third.verifyProof(proof, clock.instant()).findings()).isEmpty();
            assertThat(io.dangan.archive.core.SealProofs.verify(proof, List.of(KEY.publicKey()),
                    List.of(tsa.certificate()), clock.instant()).passed()).isTrue();
            assertThat(io.dangan.archive.core.SealProofs.verify(proof, List.of(OTHER.publicKey()),
                    List.of(tsa.certificate()), clock.instant()).has(FindingCode.SEAL_SIGNER_UNTRUSTED)).isTrue();

            List<Digest> path = new ArrayList<>(proof.inclusionPath());
            path.set(1, Digest.of(DigestAlgorithm.SM3, flip(path.get(1).bytes(), 200)));
            MaterialProof badPath = new MaterialProof(proof.seal(), proof.leaf(), path, proof.signerPublicKey(), null);
            assertThat(codes(third.verifyProof(badPath, clock.instant())))
                    .containsExactly(FindingCode.INCLUSION_PROOF_INVALID);

            SealLeaf l = proof.leaf();
            MaterialProof badLeaf = new MaterialProof(proof.seal(), new SealLeaf(l.dossier(), l.index(), l.material(),
                    l.revision(), l.kind(), l.sealVersion(), Octets.of(flip(l.encoded().value(), 8 * 60))), proof.inclusionPath(), proof.signerPublicKey(),
                    null);
            assertThat(codes(third.verifyProof(badLeaf, clock.instant())))
                    .contains(FindingCode.INCLUSION_PROOF_INVALID);

            MaterialProof otherKey = new MaterialProof(proof.seal(), proof.leaf(), proof.inclusionPath(),
                    Octets.of(OTHER.publicKey().encoded()), null);
            assertThat(codes(third.verifyProof(otherKey, clock.instant())))
                    .containsExactly(FindingCode.SEAL_SIGNER_UNTRUSTED);
        }

        @Test
        void verifyAllChecksEverySealedDossierAndReportsProgress() {
            Subject other = archive.dossiers().registerSubject(fx.subject());
            Dossier d2 = archive.dossiers().openDossier(DossierId.of("D2"), other.id(), unit.id());
            archive.seals().seal(dossier.id());
            archive.seals().seal(d2.id());
            Digest address = current("m1").contents().get(0).digest(DigestAlgorithm.SM3).orElseThrow();
            blobs.put(address, flip(blobs.get(address), 9));
            List<long[]> progress = new CopyOnWriteArrayList<>();

            VerificationReport r = archive.seals().verifyAll((done, total) -> progress.add(new long[] {done, total}));

            assertThat(r.dossiers()).isEqualTo(2);
            assertThat(r.seals()).isEqualTo(2);
            assertThat(r.findings()).extracting(Finding::code).containsExactly(FindingCode.CONTENT_DIGEST_MISMATCH);
            assertThat(r.findingsFor(dossier.id())).hasSize(1);
            assertThat(progress).anySatisfy(p -> assertThat(p).containsExactly(2, 2));
        }
    }
}

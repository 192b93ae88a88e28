package io.dangan.archive.core.internal.access;

import static io.dangan.archive.core.internal.access.GuardedWorld.LOW_ARCHIVIST;
import static io.dangan.archive.core.internal.access.GuardedWorld.RELATIVE_ARCHIVIST;
import static io.dangan.archive.core.internal.access.GuardedWorld.SELF_ARCHIVIST;
import static io.dangan.archive.core.internal.access.GuardedWorld.T0;
import static io.dangan.archive.core.internal.access.GuardedWorld.materialOf;
import static io.dangan.archive.testkit.access.AccessWorld.APPROVER;
import static io.dangan.archive.testkit.access.AccessWorld.ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.AUDIT_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.BORROW_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.COMBINED_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.COUNTY;
import static io.dangan.archive.testkit.access.AccessWorld.FOREIGN;
import static io.dangan.archive.testkit.access.AccessWorld.FOREIGN_ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.PURPOSE;
import static io.dangan.archive.testkit.access.AccessWorld.READER;
import static io.dangan.archive.testkit.access.AccessWorld.READERS_OWN;
import static io.dangan.archive.testkit.access.AccessWorld.READER_2;
import static io.dangan.archive.testkit.access.AccessWorld.RELATIVES;
import static io.dangan.archive.testkit.access.AccessWorld.RELATIVE_READER;
import static io.dangan.archive.testkit.access.AccessWorld.SECURITY_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.SELF_READER;
import static io.dangan.archive.testkit.access.AccessWorld.SYSTEM_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_OWN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_RELATIVES;
import static io.dangan.archive.testkit.access.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalDraft;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.Archive;
import io.dangan.archive.core.Archives;
import io.dangan.archive.core.GuardedArchives;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.ReceivedMaterial;
import io.dangan.archive.filing.ReturnNotice;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealKind;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("The guarded archive (受控档案库): decided and audited first, then done")
class GuardedArchiveTest {
    final GuardedWorld w = new GuardedWorld();
    final GuardedArchive guarded = w.guarded;

    /**
     * Asserts that {@code call} is denied for {@code reason}, that exactly one event was audited for it (the deny, by
     * {@code who}, on {@code resource}) and hands back the decision's reasons.
     */
    List<ReasonCode> deniedAndAudited(ThrowingCallable call, PrincipalId who, String resource, ReasonCode reason) {
        long before = w.log.size();
        AccessDeniedException e = (AccessDeniedException) catchThrowable(call);
        assertThat(e.code()).isEqualTo(ErrorCode.ACCESS_DENIED);
        assertThatDecision(e.decision()).isDenied().hasReason(reason);
        assertThat(w.log.size()).as("one audit event per denial").isEqualTo(before + 1);
        AuditRecord r = w.lastRecord();
        assertThat(r.type()).isEqualTo("access.deny");
        assertThat(r.actor()).isEqualTo(who.value());
        assertThat(r.resource()).isEqualTo(resource);
        assertThat(r.outcome()).isEqualTo("DENY");
        assertThat(r.reasons()).contains(reason.name());
        assertThat(r.requestHash()).isEqualTo(e.decision().requestHash());
        return e.decision().reasons();
    }

    static Throwable catchThrowable(ThrowingCallable call) {
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(t).isInstanceOf(AccessDeniedException.class);
        return t;
    }

    static String materialRef(DossierId dossier, String classNumber) {
        return "material:" + dossier + "/" + materialOf(dossier, classNumber);
    }

    /** The types of the audit records after {@code size}, in order. */
    List<String> typesAfter(long size) {
        return w.log.query(AuditQuery.all()).stream().filter(r -> r.sequence() > size).map(AuditRecord::type).toList();
    }

    // ---- content -------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("reading a material's content")
    class Content {
        final MaterialId plain = materialOf(PLAIN, "1");

        @Test
        void aPermittedViewStreamsTheVerifiedBytesWithItsObligations() throws IOException {
            long before = w.log.size();
            byte[] read;
            try (GuardedArchive.ContentReading in = guarded.openContent(READER, plain, "干部履历表.pdf", Action.VIEW,
                    VIEW_PLAIN, PURPOSE)) {
                assertThat(w.contents.opened).hasValue(1);
                assertThat(in.material().id()).isEqualTo(plain);
                assertThat(in.file().fileName()).isEqualTo("干部履历表.pdf");
                assertThatDecision(in.decision()).isPermitted().hasReasons(ReasonCode.PERMIT_APPROVAL)
                        .obliges(ObligationKind.AUDIT, ObligationKind.WATERMARK, ObligationKind.SUPERVISED);
                read = in.readAllBytes();
            }
            assertThat(read).isEqualTo(w.bytesOf(plain));
            assertThat(typesAfter(before)).containsExactly("access.permit");
            AuditRecord r = w.lastRecord();
            assertThat(r.actor()).isEqualTo(READER.value());
            assertThat(r.action()).isEqualTo("view");
            assertThat(r.resource()).isEqualTo(materialRef(PLAIN, "1"));
            assertThat(r.details()).containsEntry("approval", VIEW_PLAIN.value()).containsEntry("purpose", PURPOSE);
        }

        @Test
        void aCopyIsDecidedAsACopyAndMustBeRegistered() throws IOException {
            try (GuardedArchive.ContentReading in = guarded.openContent(READER_2, plain, "干部履历表.pdf", Action.COPY,
                    VIEW_PLAIN, PURPOSE)) {
                assertThatDecision(in.decision()).isPermitted()
                        .obliges(ObligationKind.AUDIT, ObligationKind.WATERMARK, ObligationKind.SUPERVISED,
                                ObligationKind.REGISTER);
                assertThat(in.transferTo(new ByteArrayOutputStream())).isEqualTo(w.bytesOf(plain).length);
            }
            assertThat(w.lastRecord().action()).isEqualTo("copy");
        }

        @Test
        void readsPassStraightThroughToTheContentStoreWithoutBufferingTheFile() throws IOException {
            try (GuardedArchive.ContentReading in = guarded.openContent(READER, plain, "干部履历表.pdf", Action.VIEW,
                    VIEW_PLAIN, PURPOSE)) {
                assertThat(w.contents.delivered).as("nothing read before the caller reads").hasValue(0);
                byte[] first = new byte[100];
                assertThat(in.readNBytes(first, 0, 100)).isEqualTo(100);
                assertThat(w.contents.delivered).as("only what the caller read").hasValue(100);
            }
        }

        @Test
        void alteredContentIsCaughtAtTheEndOfAPermittedRead() {
            MaterialId m = plain;
            w.contents.delegate.tamper(w.material(m).contents().get(0).digest(
                    io.dangan.archive.model.DigestAlgorithm.SM3).orElseThrow(), b -> {
                        b[7] ^= 1;
                        return b;
                    });
            assertThatThrownBy(() -> {
                try (InputStream in = guarded.openContent(READER, m, "干部履历表.pdf", Action.VIEW, VIEW_PLAIN, PURPOSE)) {
                    in.readAllBytes();
                }
            }).isInstanceOf(IntegrityException.class)
                    .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.CONTENT_CORRUPT));
        }

        static Stream<Arguments> denials() {
            return Stream.of(
                    Arguments.of("self (本人)", SELF_READER, READERS_OWN, "1", VIEW_OWN, Action.VIEW, Duration.ZERO,
                            ReasonCode.RECUSAL_SELF),
                    Arguments.of("relative (亲属)", RELATIVE_READER, RELATIVES, "1", VIEW_RELATIVES, Action.VIEW,
                            Duration.ZERO, ReasonCode.RECUSAL_RELATIVE),
                    Arguments.of("co-reader of the subject", READER, READERS_OWN, "1", VIEW_OWN, Action.VIEW,
                            Duration.ZERO, ReasonCode.RECUSAL_READER),
                    Arguments.of("no approval", READER, PLAIN, "1", null, Action.VIEW, Duration.ZERO,
                            ReasonCode.APPROVAL_MISSING),
                    Arguments.of("approval of another dossier", READER, FOREIGN, "1", VIEW_PLAIN, Action.VIEW,
                            Duration.ZERO, ReasonCode.APPROVAL_OTHER_DOSSIER),
                    Arguments.of("expired window", READER, PLAIN, "1", VIEW_PLAIN, Action.VIEW, Duration.ofDays(8),
                            ReasonCode.APPROVAL_EXPIRED),
                    Arguments.of("not yet valid", READER, PLAIN, "1", VIEW_PLAIN, Action.VIEW, Duration.ofHours(-2),
                            ReasonCode.APPROVAL_NOT_YET_VALID),
                    Arguments.of("audit administrator reading a dossier", AUDIT_ADMIN, PLAIN, "1", VIEW_PLAIN,
                            Action.VIEW, Duration.ZERO, ReasonCode.ADMIN_NO_DOSSIER_ACCESS),
                    Arguments.of("sensitive class not named", READER, PLAIN, "8", VIEW_PLAIN, Action.VIEW,
                            Duration.ZERO, ReasonCode.SENSITIVE_CLASS_NOT_NAMED),
                    Arguments.of("label above the clearance", READER, PLAIN, "8", VIEW_PLAIN, Action.VIEW,
                            Duration.ZERO, ReasonCode.CLEARANCE_INSUFFICIENT),
                    Arguments.of("copy under a borrow approval", READER, PLAIN, "1", BORROW_PLAIN, Action.COPY,
                            Duration.ZERO, ReasonCode.APPROVAL_ACTION_NOT_NAMED),
                    Arguments.of("the archivist without approval", ARCHIVIST, PLAIN, "1", null, Action.EXCERPT,
                            Duration.ZERO, ReasonCode.APPROVAL_MISSING));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("denials")
        void aDeniedReadOpensNothingAndIsAudited(String name, PrincipalId who, DossierId dossier, String classNumber,
                @Nullable ApprovalId approval, Action use, Duration later, ReasonCode reason) {
            w.clock.set(w.clock.instant().plus(later));
            MaterialId m = materialOf(dossier, classNumber);
            String file = w.material(m).contents().get(0).fileName();
            deniedAndAudited(() -> guarded.openContent(who, m, file, use, approval, approval == null ? null : PURPOSE),
                    who, materialRef(dossier, classNumber), reason);
            assertThat(w.contents.opened).as("the content store was never asked").hasValue(0);
            assertThat(w.contents.delivered).hasValue(0);
        }

        @Test
        void anUnknownMaterialIsDeniedAndAuditedLikeAnyDenialAndNothingIsOpened() {
            List<ReasonCode> reasons = deniedAndAudited(() -> guarded.openContent(READER, MaterialId.of("no-such"),
                    "x.pdf", Action.VIEW, VIEW_PLAIN, PURPOSE), READER, "material:?/no-such",
                    ReasonCode.UNKNOWN_MATERIAL);
            assertThat(reasons).containsExactly(ReasonCode.UNKNOWN_MATERIAL);
            assertThat(w.contents.opened).hasValue(0);
        }

        @Test
        void filingWorkOnAnUnknownMaterialIsDeniedAndAuditedEvenForTheArchivistWithAuthority() {
            MaterialId unknown = MaterialId.of("no-such");
            deniedAndAudited(() -> guarded.review(ARCHIVIST, unknown, ReviewInput.noObjections(ARCHIVIST.value())),
                    ARCHIVIST, "material:?/no-such", ReasonCode.UNKNOWN_MATERIAL);
            deniedAndAudited(() -> guarded.fileAccepted(ARCHIVIST, unknown), ARCHIVIST, "material:?/no-such",
                    ReasonCode.UNKNOWN_MATERIAL);
            deniedAndAudited(() -> guarded.returnToSource(ARCHIVIST, unknown), ARCHIVIST, "material:?/no-such",
                    ReasonCode.UNKNOWN_MATERIAL);
        }

        @Test
        void anUnknownFileOfAPermittedMaterialIsNotFoundAndNothingIsOpened() {
            assertThatThrownBy(() -> guarded.openContent(READER, plain, "other.pdf", Action.VIEW, VIEW_PLAIN, PURPOSE))
                    .isInstanceOf(NotFoundException.class).hasMessageContaining("other.pdf");
            assertThat(w.contents.opened).hasValue(0);
        }

        @Test
        void borrowingIsNotAContentRead() {
            long before = w.log.size();
            assertThatThrownBy(() -> guarded.openContent(READER, plain, "干部履历表.pdf", Action.BORROW, BORROW_PLAIN,
                    PURPOSE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("borrow");
            assertThat(w.log.size()).isEqualTo(before);
        }
    }

    // ---- dossier view --------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("viewing a dossier")
    class View {
        @Test
        void aPermittedViewWithholdsTheSensitiveMaterialAndIsAuditedOnce() {
            long before = w.log.size();
            GuardedDossiers.Reading r = guarded.view(READER, PLAIN, VIEW_PLAIN, PURPOSE);
            assertThat(r.view().materials()).extracting(Material::id).containsExactly(materialOf(PLAIN, "1"));
            assertThat(r.withheld()).isEqualTo(1);
            assertThatDecision(r.decision()).isPermitted().obliges(ObligationKind.AUDIT, ObligationKind.WATERMARK,
                    ObligationKind.SUPERVISED);
            assertThat(typesAfter(before)).containsExactly("access.permit");
        }

        @Test
        void theAuditAdministratorSeesNoDossier() {
            deniedAndAudited(() -> guarded.view(AUDIT_ADMIN, PLAIN, VIEW_PLAIN, PURPOSE), AUDIT_ADMIN, "dossier:" + PLAIN,
                    ReasonCode.ADMIN_NO_DOSSIER_ACCESS);
        }

        @Test
        void nobodyViewsARelativesDossier() {
            deniedAndAudited(() -> guarded.view(RELATIVE_READER, RELATIVES, VIEW_RELATIVES, PURPOSE), RELATIVE_READER,
                    "dossier:" + RELATIVES, ReasonCode.RECUSAL_RELATIVE);
        }
    }

    // ---- filing --------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("the filing workflow")
    class FilingSteps {
        int counter;

        HandOverRequest delivery(DossierId dossier, PrincipalId actor, String... ids) {
            List<ReceivedMaterial> ms = Stream.of(ids).map(id -> new ReceivedMaterial(MaterialId.of(id), "年度考核登记表 " + id,
                    "ANNUAL_APPRAISAL", null, LocalDate.of(2026, 5, 10), 2, List.of(), Formalities.completeOriginal(),
                    null)).toList();
            return new HandOverRequest(HandOverId.of("H-" + dossier + "-" + (++counter)), dossier, "某县教育局", "李干事",
                    LocalDate.of(2026, 5, 20), ms, actor.value());
        }

        Optional<Material> stored(String id) {
            return w.store.read(s -> s.materials().find(MaterialId.of(id)));
        }

        long materials() {
            return w.store.<Long>read(s -> s.materials().count());
        }

        @Test
        void theArchivistRegistersReviewsAndFilesEachStepDecidedFirst() {
            long before = w.log.size();
            HandOver h = guarded.register(ARCHIVIST, delivery(PLAIN, ARCHIVIST, "N1"));
            assertThat(h.materials()).containsExactly(MaterialId.of("N1"));
            assertThat(guarded.review(ARCHIVIST, MaterialId.of("N1"), ReviewInput.noObjections(ARCHIVIST.value()))
                    .passed()).isTrue();
            Material filed = guarded.fileAccepted(ARCHIVIST, MaterialId.of("N1"));
            assertThat(filed.status()).isEqualTo(MaterialStatus.FILED);
            List<String> types = typesAfter(before);
            assertThat(types).startsWith("access.permit", io.dangan.archive.filing.MaterialsReceived.TYPE);
            assertThat(types.stream().filter("access.permit"::equals)).hasSize(3);
            List<AuditRecord> permits = w.log.query(AuditQuery.all().action("file")).stream()
                    .filter(r -> r.sequence() > before).toList();
            assertThat(permits).extracting(AuditRecord::resource).containsExactly("dossier:" + PLAIN,
                    "material:" + PLAIN + "/N1", "material:" + PLAIN + "/N1");
            assertThat(permits).allSatisfy(r -> assertThat(r.actor()).isEqualTo(ARCHIVIST.value()));
        }

        @Test
        void aFailedMaterialIsReturnedByTheArchivistOnly() {
            guarded.register(ARCHIVIST, delivery(PLAIN, ARCHIVIST, "N2"));
            assertThat(guarded.review(ARCHIVIST, MaterialId.of("N2"), ReviewInput.noObjections(ARCHIVIST.value())
                    .object(ReviewCheck.LEGIBLE, "字迹不清")).passed()).isFalse();
            deniedAndAudited(() -> guarded.returnToSource(READER, MaterialId.of("N2")), READER,
                    "material:" + PLAIN + "/N2", ReasonCode.DEFAULT_DENY);
            assertThat(stored("N2").orElseThrow().status()).isEqualTo(MaterialStatus.RECEIVED);
            ReturnNotice n = guarded.returnToSource(ARCHIVIST, MaterialId.of("N2"));
            assertThat(n.returnedBy()).isEqualTo(ARCHIVIST.value());
            assertThat(stored("N2").orElseThrow().status()).isEqualTo(MaterialStatus.REJECTED);
        }

        static Stream<Arguments> registrationDenials() {
            return Stream.of(
                    Arguments.of("a reader", READER, PLAIN, ReasonCode.DEFAULT_DENY),
                    Arguments.of("an archivist of another county", FOREIGN_ARCHIVIST, PLAIN, ReasonCode.DEFAULT_DENY),
                    Arguments.of("an archivist filing into their own dossier", SELF_ARCHIVIST, READERS_OWN,
                            ReasonCode.RECUSAL_SELF),
                    Arguments.of("an archivist filing into a sibling's dossier", RELATIVE_ARCHIVIST, RELATIVES,
                            ReasonCode.RECUSAL_RELATIVE),
                    Arguments.of("the audit administrator", AUDIT_ADMIN, PLAIN, ReasonCode.ADMIN_NO_DOSSIER_ACCESS));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("registrationDenials")
        void aDeniedRegistrationStoresNothing(String name, PrincipalId who, DossierId dossier, ReasonCode reason) {
            long count = materials();
            deniedAndAudited(() -> guarded.register(who, delivery(dossier, who, "X1")), who, "dossier:" + dossier, reason);
            assertThat(materials()).isEqualTo(count);
            assertThat(stored("X1")).isEmpty();
            assertThat(w.store.<Optional<HandOver>>read(s -> s.handOvers().findByMaterial(MaterialId.of("X1")))).isEmpty();
        }

        @Test
        void aDeniedReviewOrFilingChangesNothing() {
            guarded.register(ARCHIVIST, delivery(PLAIN, ARCHIVIST, "N3"));
            deniedAndAudited(() -> guarded.review(FOREIGN_ARCHIVIST, MaterialId.of("N3"),
                    ReviewInput.noObjections(FOREIGN_ARCHIVIST.value())), FOREIGN_ARCHIVIST, "material:" + PLAIN + "/N3",
                    ReasonCode.DEFAULT_DENY);
            assertThat(w.store.<Optional<io.dangan.archive.filing.ReviewRecord>>read(s -> s.reviews().latest(MaterialId.of("N3"))))
                    .isEmpty();
            guarded.review(ARCHIVIST, MaterialId.of("N3"), ReviewInput.noObjections(ARCHIVIST.value()));
            Material accepted = stored("N3").orElseThrow();
            deniedAndAudited(() -> guarded.fileAccepted(AUDIT_ADMIN, MaterialId.of("N3")), AUDIT_ADMIN,
                    "material:" + PLAIN + "/N3", ReasonCode.ADMIN_NO_DOSSIER_ACCESS);
            assertThat(stored("N3")).contains(accepted);
        }

        @Test
        void filingASecretMaterialNeedsTheClearance() {
            MaterialId secret = materialOf(PLAIN, "8");
            Material before = w.material(secret);
            deniedAndAudited(() -> guarded.fileAccepted(LOW_ARCHIVIST, secret), LOW_ARCHIVIST, materialRef(PLAIN, "8"),
                    ReasonCode.CLEARANCE_INSUFFICIENT);
            assertThat(w.material(secret)).isEqualTo(before);
        }

        @Test
        void recordsNameThePrincipalAsActorOrAreRefusedBeforeAnyDecision() {
            long before = w.log.size();
            long count = materials();
            assertThatThrownBy(() -> guarded.register(ARCHIVIST, delivery(PLAIN, PrincipalId.of("archivist-wang"), "Y1")))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.ACCESS_ACTOR_MISMATCH));
            assertThatThrownBy(() -> guarded.review(ARCHIVIST, materialOf(PLAIN, "1"), ReviewInput.noObjections("someone")))
                    .isInstanceOf(InvalidInputException.class).hasMessageContaining("someone");
            assertThat(materials()).isEqualTo(count);
            assertThat(w.log.size()).isEqualTo(before);
        }

        @Test
        void recordingAMaterialIsFilingWork() {
            Material m = new Material(MaterialId.of("R1"), PLAIN, MaterialCategory.of("9-2"), "干部任免审批表", null,
                    LocalDate.of(2026, 4, 1), "某县委组织部", null, 2, List.of(), MaterialStatus.RECEIVED, 0, 0);
            deniedAndAudited(() -> guarded.file(READER_2, m), READER_2, "dossier:" + PLAIN, ReasonCode.DEFAULT_DENY);
            assertThat(stored("R1")).isEmpty();
            assertThat(guarded.file(ARCHIVIST, m).id()).isEqualTo(m.id());
        }
    }

    // ---- seals ---------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("sealing and amending")
    class Sealing {
        @Test
        void theArchivistSealsAsFilingWorkAndADenialMakesNoSeal() {
            deniedAndAudited(() -> guarded.seal(READER, PLAIN), READER, "dossier:" + PLAIN, ReasonCode.DEFAULT_DENY);
            deniedAndAudited(() -> guarded.seal(SELF_ARCHIVIST, READERS_OWN), SELF_ARCHIVIST, "dossier:" + READERS_OWN,
                    ReasonCode.RECUSAL_SELF);
            assertThat(w.archive.seals().history(PLAIN)).isEmpty();
            assertThat(w.archive.seals().history(READERS_OWN)).isEmpty();
            long before = w.log.size();
            Seal s = guarded.seal(ARCHIVIST, PLAIN);
            assertThat(s.statement().treeSize()).isEqualTo(2);
            assertThat(typesAfter(before)).containsExactly("access.permit", "dossier.sealed");
            assertThat(w.log.get(before + 1).orElseThrow().action()).isEqualTo("file");
        }

        @Test
        void anAmendmentIsDecidedAsAmend() {
            guarded.seal(ARCHIVIST, PLAIN);
            MaterialId m = materialOf(PLAIN, "1");
            Material changed = w.material(m);
            w.store.write(s -> s.materials().update(new Material(changed.id(), changed.dossier(), changed.category(),
                    "干部履历表（更正）", changed.typeCode(), changed.formedDate(), changed.sourceUnit(),
                    changed.receivedDate(), changed.pages(), changed.contents(), changed.status(), changed.sequence(),
                    changed.version())));
            deniedAndAudited(() -> guarded.amend(FOREIGN_ARCHIVIST, PLAIN, List.of(m), "题名更正"), FOREIGN_ARCHIVIST,
                    "dossier:" + PLAIN, ReasonCode.DEFAULT_DENY);
            assertThat(w.archive.seals().history(PLAIN)).hasSize(1);
            Seal amended = guarded.amend(ARCHIVIST, PLAIN, List.of(m), "题名更正");
            assertThat(amended.statement().kind()).isEqualTo(SealKind.AMENDMENT);
            assertThat(w.log.query(AuditQuery.all().action("amend"))).extracting(AuditRecord::outcome)
                    .containsExactly("DENY", "PERMIT");
        }
    }

    // ---- audit log -----------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("reading the audit log")
    class AuditReads {
        @Test
        void theAuditAdministratorReadsTheLogAndTheReadIsInIt() {
            guarded.view(READER, PLAIN, VIEW_PLAIN, PURPOSE);
            List<AuditRecord> records = guarded.queryAudit(AUDIT_ADMIN, AuditQuery.all());
            assertThat(records).hasSize((int) w.log.size());
            AuditRecord last = records.get(records.size() - 1);
            assertThat(last.type()).isEqualTo("access.permit");
            assertThat(last.actor()).isEqualTo(AUDIT_ADMIN.value());
            assertThat(last.action()).isEqualTo("read-audit");
            assertThat(last.resource()).isEqualTo("audit-log");
            assertThat(last.reasons()).containsExactly(ReasonCode.PERMIT_AUDIT_ADMIN.name());
        }

        @Test
        void theAuditAdministratorExportsAndProves() throws IOException {
            Checkpoint first = w.log.checkpoint();
            guarded.view(READER, PLAIN, VIEW_PLAIN, PURPOSE);
            Checkpoint second = w.log.checkpoint();
            StringWriter out = new StringWriter();
            guarded.exportAudit(AUDIT_ADMIN, out);
            assertThat(out.toString().lines()).hasSize((int) w.log.size());
            InclusionProof p = guarded.auditInclusionProof(AUDIT_ADMIN, 1, second.treeSize());
            assertThat(w.log.verifyInclusion(p, second)).isTrue();
            ConsistencyProof c = guarded.auditConsistencyProof(AUDIT_ADMIN, first.treeSize(), second.treeSize());
            assertThat(w.log.verifyConsistency(c, first, second)).isTrue();
            assertThat(w.log.query(AuditQuery.all().actor(AUDIT_ADMIN.value()))).extracting(AuditRecord::type)
                    .containsOnly("access.permit").hasSize(3);
        }

        static Stream<Arguments> denials() {
            return Stream.of(
                    Arguments.of(SECURITY_ADMIN, ReasonCode.DEFAULT_DENY),
                    Arguments.of(SYSTEM_ADMIN, ReasonCode.DEFAULT_DENY),
                    Arguments.of(COMBINED_ADMIN, ReasonCode.ADMIN_ROLES_COMBINED),
                    Arguments.of(ARCHIVIST, ReasonCode.DEFAULT_DENY),
                    Arguments.of(READER, ReasonCode.DEFAULT_DENY));
        }

        @ParameterizedTest(name = "{0} is refused")
        @MethodSource("denials")
        void nobodyButTheAuditAdministratorReadsTheLog(PrincipalId who, ReasonCode reason) {
            deniedAndAudited(() -> guarded.queryAudit(who, AuditQuery.all()), who, "audit-log", reason);
            StringWriter out = new StringWriter();
            deniedAndAudited(() -> guarded.exportAudit(who, out), who, "audit-log", reason);
            assertThat(out.toString()).as("nothing exported").isEmpty();
            Checkpoint c = w.log.checkpoint();
            deniedAndAudited(() -> guarded.auditInclusionProof(who, 1, c.treeSize()), who, "audit-log", reason);
            deniedAndAudited(() -> guarded.auditConsistencyProof(who, 1, c.treeSize()), who, "audit-log", reason);
        }
    }

    // ---- approvals and policy enforce themselves -----------------------------------------------------------------

    @Nested
    @DisplayName("approvals and policy changes, enforced by their own services")
    class ApprovalsAndPolicy {
        final ApprovalService approvals = Access.approvals(w.directory, w.directory, w.control, w.log, w.clock);

        Approval requested() {
            return approvals.request(new ApprovalDraft(PLAIN, READER, Set.of(READER_2), EnumSet.of(Action.VIEW), Set.of(),
                    PURPOSE, COUNTY, T0, T0.plus(Duration.ofDays(3)), null));
        }

        @Test
        void aRecusedApproverChangesNothingAndIsAudited() {
            w.directory.principal(new io.dangan.archive.access.Principal(PrincipalId.of("approver-jiang-son"),
                    io.dangan.archive.model.SubjectId.of("p-jiang-son"), Set.of(COUNTY),
                    Set.of(io.dangan.archive.access.Role.APPROVER), Classification.SECRET));
            w.directory.kinship(new io.dangan.archive.access.Kinship(io.dangan.archive.model.SubjectId.of("p-jiang"),
                    io.dangan.archive.model.SubjectId.of("p-jiang-son"), RelationKind.CHILD));
            Approval a = requested();
            deniedAndAudited(() -> approvals.approve(a.id(), PrincipalId.of("approver-jiang-son")),
                    PrincipalId.of("approver-jiang-son"), "dossier:" + PLAIN, ReasonCode.RECUSAL_RELATIVE);
            deniedAndAudited(() -> approvals.approve(a.id(), FOREIGN_ARCHIVIST), FOREIGN_ARCHIVIST, "dossier:" + PLAIN,
                    ReasonCode.ROLE_MISSING);
            assertThat(approvals.find(a.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.REQUESTED);
            assertThat(approvals.approve(a.id(), APPROVER).status()).isEqualTo(ApprovalStatus.APPROVED);
        }

        @Test
        void aRevocationByACombinedAdministratorIsRefusedAndAudited() {
            Approval a = approvals.approve(requested().id(), APPROVER);
            deniedAndAudited(() -> approvals.revoke(a.id(), COMBINED_ADMIN, "越权撤销"), COMBINED_ADMIN,
                    "dossier:" + PLAIN, ReasonCode.ADMIN_ROLES_COMBINED);
            assertThat(approvals.find(a.id()).orElseThrow().status()).isEqualTo(ApprovalStatus.APPROVED);
            assertThat(approvals.revoke(a.id(), SECURITY_ADMIN, "任免程序终止").status()).isEqualTo(ApprovalStatus.REVOKED);
        }

        @Test
        void onlyTheSecurityAdministratorChangesThePolicy() {
            AccessPolicy next = AccessPolicy.baseline().withRecusalRelations("county-2", RelationKind.all());
            deniedAndAudited(() -> w.control.changePolicy(AUDIT_ADMIN, next, w.clock.instant()), AUDIT_ADMIN, "policy",
                    ReasonCode.DEFAULT_DENY);
            assertThat(w.control.policy().version()).isEqualTo("baseline-1");
            long before = w.log.size();
            w.control.changePolicy(SECURITY_ADMIN, next, w.clock.instant());
            assertThat(typesAfter(before)).containsExactly("access.permit", "policy.changed");
        }
    }

    // ---- wiring --------------------------------------------------------------------------------------------------

    @Nested
    @DisplayName("wiring")
    class Wiring {
        @Test
        void theJavadocExampleOfGuardedArchivesWorks() throws IOException {
            MemoryAccessDirectory directory = w.directory;
            AuditLog auditLog = w.log;
            Archive archive = w.archive;
            PrincipalId reader = READER;
            MaterialId material = materialOf(PLAIN, "1");
            ApprovalId approval = VIEW_PLAIN;
            ByteArrayOutputStream response = new ByteArrayOutputStream();

            // --- GuardedArchives example ---
            AccessControl control = Access.decisionPoint(directory, AccessPolicy.baseline(), auditLog);
            GuardedArchive guarded = GuardedArchives.builder(archive, control, Access.guard(control, auditLog))
                    .labels(m -> m.category().classNumber() == 8 ? Classification.SECRET : Classification.INTERNAL)
                    .auditLog(auditLog)
                    .build();
            try (GuardedArchive.ContentReading scan = guarded.openContent(reader, material, "干部履历表.pdf", Action.VIEW,
                    approval, "appointment")) {
                scan.transferTo(response);          // watermark as scan.decision().obligations() say
            }
            // --- end of example ---

            assertThat(response.toByteArray()).isEqualTo(w.bytesOf(material));
            assertThat(w.lastRecord().type()).isEqualTo("access.permit");
        }

        @Test
        void whenTheDecisionCannotBeAuditedNothingRuns() {
            AccessGuard unaudited = Access.guard(w.control, event -> {
                throw new ArchiveException(ErrorCode.AUDIT_APPEND_FAILED, "audit log unavailable");
            });
            GuardedArchive g = GuardedArchives.builder(w.archive, w.control, unaudited).labels(GuardedWorld::label)
                    .auditLog(w.log).build();
            MaterialId plain = materialOf(PLAIN, "1");
            long records = w.log.size();
            long materials = w.store.<Long>read(s -> s.materials().count());
            assertThatThrownBy(() -> g.openContent(READER, plain, "干部履历表.pdf", Action.VIEW, VIEW_PLAIN, PURPOSE))
                    .isInstanceOf(ArchiveException.class)
                    .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.AUDIT_APPEND_FAILED));
            assertThat(w.contents.opened).hasValue(0);
            assertThatThrownBy(() -> g.file(ARCHIVIST, new Material(MaterialId.of("U1"), PLAIN, MaterialCategory.of("9-2"),
                    "干部任免审批表", null, LocalDate.of(2026, 4, 1), "某县委组织部", null, 2, List.of(),
                    MaterialStatus.RECEIVED, 0, 0))).isInstanceOf(ArchiveException.class);
            assertThatThrownBy(() -> g.seal(ARCHIVIST, PLAIN)).isInstanceOf(ArchiveException.class);
            assertThatThrownBy(() -> g.queryAudit(AUDIT_ADMIN, AuditQuery.all())).isInstanceOf(ArchiveException.class);
            assertThat(w.store.<Long>read(s -> s.materials().count())).isEqualTo(materials);
            assertThat(w.archive.seals().history(PLAIN)).isEmpty();
            assertThat(w.log.size()).isEqualTo(records);
        }

        @Test
        void labelsAreRequired() {
            assertThatThrownBy(() -> GuardedArchives.builder(w.archive, w.control, w.guard).build())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("labels");
        }

        @Test
        void missingPartsAreWiringErrorsRaisedBeforeAnyDecision() {
            Archive bare = Archives.builder().clock(w.clock).store(new InMemoryArchiveStore()).events(w.log).build();
            GuardedArchive g = GuardedArchives.builder(bare, w.control, w.guard).labels(GuardedWorld::label).build();
            long before = w.log.size();
            assertThatThrownBy(() -> g.openContent(READER, materialOf(PLAIN, "1"), "a.pdf", Action.VIEW, VIEW_PLAIN,
                    PURPOSE)).isInstanceOf(IllegalStateException.class).hasMessageContaining("content store");
            assertThatThrownBy(() -> g.seal(ARCHIVIST, PLAIN)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("signing key");
            assertThatThrownBy(() -> g.queryAudit(AUDIT_ADMIN, AuditQuery.all())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("audit log");
            assertThat(w.log.size()).isEqualTo(before);
        }
    }
}

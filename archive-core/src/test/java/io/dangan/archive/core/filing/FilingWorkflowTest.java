package io.dangan.archive.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.core.Filing;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CatalogueRegenerated;
import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.MaterialFiled;
import io.dangan.archive.filing.MaterialReturned;
import io.dangan.archive.filing.MaterialReviewed;
import io.dangan.archive.filing.MaterialsReceived;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.MissingMaterialRegistered;
import io.dangan.archive.filing.ReceivedMaterial;
import io.dangan.archive.filing.ReturnNotice;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
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
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FilingWorkflowTest {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    static final DossierId DOSSIER = DossierId.of("D-zhang");

    ManualClock clock;
    InMemoryArchiveStore store;
    RecordingEventSink events;
    Filing filing;
    Subject zhang;
    int counter;

    @BeforeEach
    void setUp() {
        clock = ManualClock.at("2024-06-30T02:00:00Z");
        store = new InMemoryArchiveStore();
        events = new RecordingEventSink();
        filing = Filing.of(clock, store, events, FilingStandards.shipped());
        zhang = CompletenessAuditTest.zhang();
        store.write(s -> {
            s.units().insert(new Unit(UnitId.of("U-org"), "某县委组织部", null, null));
            s.subjects().insert(zhang);
            return s.dossiers().insert(Dossier.open(DOSSIER, zhang.id(), UnitId.of("U-org")));
        });
    }

    ReceivedMaterial material(String id, String type, @Nullable String category, LocalDate formed,
            Formalities formalities, @Nullable FactSheet facts) {
        byte[] digest = new byte[32];
        digest[0] = (byte) ++counter;
        digest[1] = (byte) id.hashCode();
        ContentRef scan = new ContentRef(id + ".pdf", "application/pdf", 1000, List.of(Digest.of(DigestAlgorithm.SM3, digest)));
        return new ReceivedMaterial(MaterialId.of(id), "材料" + id, type, category == null ? null : MaterialCategory.of(category),
                formed, 2, List.of(scan), formalities, facts);
    }

    ReceivedMaterial material(String id, String type, LocalDate formed) {
        return material(id, type, null, formed, Formalities.completeOriginal(), null);
    }

    HandOver register(String handOver, LocalDate received, ReceivedMaterial... materials) {
        return filing.service().register(new HandOverRequest(HandOverId.of(handOver), DOSSIER, "某县人力资源和社会保障局",
                "李干事", received, List.of(materials), "archivist-wang"));
    }

    Material fileThrough(ReceivedMaterial m, LocalDate received) {
        register("H-" + m.id(), received, m);
        assertThat(filing.service().review(m.id(), ReviewInput.noObjections("reviewer-zhao")).passed()).isTrue();
        return filing.service().file(m.id(), "archivist-wang");
    }

    Material stored(String id) {
        return store.read((StoreSession s) -> s.materials().find(MaterialId.of(id)).orElseThrow());
    }

    @Nested
    @DisplayName("registering received materials")
    class Register {
        @Test
        void storesMaterialsAsReceivedWithTheirHandOverAndFacts() {
            FactSheet facts = FactSheet.EMPTY.withName("张建国").withBirthDate(zhang.birthDate());
            HandOver h = register("H1", TODAY.minusDays(3),
                    material("M1", "RESUME", null, LocalDate.of(2024, 6, 1), Formalities.completeOriginal(), facts),
                    material("M2", "ANNUAL_APPRAISAL", LocalDate.of(2024, 1, 10)));
            assertThat(h.materials()).containsExactly(MaterialId.of("M1"), MaterialId.of("M2"));
            Material m1 = stored("M1");
            assertThat(m1.status()).isEqualTo(MaterialStatus.RECEIVED);
            assertThat(m1.category()).isEqualTo(MaterialCategory.ofClass(1));
            assertThat(m1.sourceUnit()).isEqualTo("某县人力资源和社会保障局");
            assertThat(m1.receivedDate()).isEqualTo(TODAY.minusDays(3));
            assertThat(store.read((StoreSession s) -> s.declaredFacts().find(MaterialId.of("M1"))).orElseThrow().facts()).isEqualTo(facts);
            assertThat(store.read((StoreSession s) -> s.handOvers().findByMaterial(MaterialId.of("M2"))).orElseThrow().id())
                    .isEqualTo(HandOverId.of("H1"));
            MaterialsReceived e = events.ofClass(MaterialsReceived.class).get(0);
            assertThat(e.count()).isEqualTo(2);
            assertThat(e.details()).containsEntry("count", "2").containsEntry("dossier", "D-zhang");
        }

        void rejected(ErrorCode code, String locationPart, ReceivedMaterial... ms) {
            long before = store.read((StoreSession s) -> s.materials().count());
            int eventsBefore = events.events().size();
            assertThatThrownBy(() -> register("H-bad", TODAY, ms))
                    .isInstanceOf(ArchiveException.class)
                    .satisfies(e -> {
                        assertThat(((ArchiveException) e).code()).isEqualTo(code);
                        assertThat(((ArchiveException) e).location()).contains(locationPart);
                    });
            assertThat(store.read((StoreSession s) -> s.materials().count())).as("nothing filed").isEqualTo(before);
            assertThat(store.read((StoreSession s) -> s.handOvers().find(HandOverId.of("H-bad")))).isEmpty();
            assertThat(events.events()).hasSize(eventsBefore);
        }

        @Test
        void rejectsAnUnknownMaterialType() {
            rejected(ErrorCode.MATERIAL_TYPE_UNKNOWN, "material X2", material("X1", "RESUME", TODAY),
                    material("X2", "HOROSCOPE", TODAY));
        }

        @Test
        void rejectsACategoryTheStandardDoesNotFileInto() {
            rejected(ErrorCode.CATEGORY_UNKNOWN, "(material X1)/category",
                    material("X1", "TITLE_EVALUATION", "4", TODAY, Formalities.completeOriginal(), null));
            rejected(ErrorCode.CATEGORY_UNKNOWN, "(material X1)/category",
                    material("X1", "TITLE_EVALUATION", "4-9", TODAY, Formalities.completeOriginal(), null));
        }

        @Test
        void rejectsAMaterialFormedBeforeTheSubjectsBirth() {
            rejected(ErrorCode.MATERIAL_FORMED_BEFORE_BIRTH, "(material X1)/formedDate",
                    material("X1", "RESUME", LocalDate.of(1970, 1, 1)));
        }

        @Test
        void rejectsAMaterialFormedInTheFuture() {
            rejected(ErrorCode.MATERIAL_FORMED_IN_FUTURE, "(material X1)/formedDate", material("X1", "RESUME", TODAY.plusDays(1)));
        }

        @Test
        void rejectsAMaterialFiledTwiceByIdByContentOrByTypeTitleAndDate() {
            ReceivedMaterial first = material("M1", "RESUME", LocalDate.of(2024, 5, 1));
            register("H1", TODAY, first);
            rejected(ErrorCode.MATERIAL_FILED_TWICE, "material M1", first);
            ReceivedMaterial sameContent = new ReceivedMaterial(MaterialId.of("M9"), "另一份", "AUTOBIOGRAPHY", null,
                    LocalDate.of(2024, 5, 2), 1, first.contents(), Formalities.completeOriginal(), null);
            rejected(ErrorCode.MATERIAL_FILED_TWICE, "material M9", sameContent);
            ReceivedMaterial sameSignature = new ReceivedMaterial(MaterialId.of("M8"), first.title(), "RESUME", null,
                    first.formedDate(), 1, List.of(), Formalities.completeOriginal(), null);
            rejected(ErrorCode.MATERIAL_FILED_TWICE, "material M8", sameSignature);
            assertThatThrownBy(() -> register("H2", TODAY, material("M5", "AWARD", TODAY), sameSignature))
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Nested
    @DisplayName("acceptance review: the seven checks")
    class Review {
        ReviewRecord review(ReceivedMaterial m, ReviewInput input) {
            register("H-" + m.id(), TODAY, m);
            return filing.service().review(m.id(), input);
        }

        CheckResult result(ReviewRecord r, ReviewCheck check) {
            return r.results().get(check.ordinal());
        }

        @Test
        void aSoundMaterialPassesEveryCheckAndIsAccepted() {
            ReviewRecord r = review(material("M1", "RESUME", LocalDate.of(2024, 6, 10)), ReviewInput.noObjections("reviewer-zhao"));
            assertThat(r.passed()).isTrue();
            assertThat(r.results()).extracting(CheckResult::check).containsExactly(ReviewCheck.values());
            assertThat(r.late()).isFalse();
            assertThat(stored("M1").status()).isEqualTo(MaterialStatus.ACCEPTED);
            assertThat(events.ofClass(MaterialReviewed.class).get(0).passed()).isTrue();
        }

        @Test
        void aMaterialArrivingMoreThanAMonthAfterFormationIsFlaggedLateButMayPass() {
            ReviewRecord r = review(material("M1", "RESUME", LocalDate.of(2024, 3, 1)), ReviewInput.noObjections("r"));
            assertThat(r.late()).isTrue();
            assertThat(r.daysAfterFormation()).isEqualTo(121);
            assertThat(r.passed()).isTrue();
            assertThat(events.ofClass(MaterialReviewed.class).get(0).details()).containsEntry("late", "true");
        }

        @Test
        void reviewerObjectionsFailTheEyeChecks() {
            ReviewInput input = ReviewInput.noObjections("r").object(ReviewCheck.FINISHED, "任免手续尚未办结")
                    .object(ReviewCheck.COMPLETE, "缺第3页").object(ReviewCheck.LEGIBLE, "复写字迹模糊");
            ReviewRecord r = review(material("M1", "APPOINTMENT_APPROVAL", TODAY), input);
            assertThat(r.failedChecks()).containsExactlyInAnyOrder(ReviewCheck.FINISHED, ReviewCheck.COMPLETE,
                    ReviewCheck.LEGIBLE);
            assertThat(result(r, ReviewCheck.COMPLETE).reason()).contains("缺第3页");
            assertThat(stored("M1").status()).isEqualTo(MaterialStatus.RECEIVED);
        }

        @Test
        void aDifferentNameFailsSubjectClear() {
            ReviewRecord r = review(material("M1", "RESUME", null, TODAY, Formalities.completeOriginal(),
                    FactSheet.EMPTY.withName("张建同")), ReviewInput.noObjections("r"));
            assertThat(r.failedChecks()).containsExactly(ReviewCheck.SUBJECT_CLEAR);
            assertThat(result(r, ReviewCheck.SUBJECT_CLEAR).reason()).contains("张建同", "张建国");
        }

        @Test
        void aBirthDateDifferingFromTheRecordFailsTrueUnlessTheMaterialIsACorrection() {
            FactSheet facts = FactSheet.EMPTY.withBirthDate(LocalDate.of(1974, 9, 15));
            ReviewRecord r = review(material("M1", "RESUME", null, TODAY, Formalities.completeOriginal(), facts),
                    ReviewInput.noObjections("r"));
            assertThat(r.failedChecks()).containsExactly(ReviewCheck.TRUE);
            assertThat(result(r, ReviewCheck.TRUE).reason()).contains("出生日期", "1974-09-15", "加盖公章的说明");
            ReviewRecord correction = review(material("M2", "AGE_DETERMINATION", null, TODAY, Formalities.completeOriginal(),
                    facts), ReviewInput.noObjections("r"));
            assertThat(correction.passed()).isTrue();
        }

        @Test
        void aTypeFiledUnderAnotherCategoryFailsProperlyFilled() {
            ReviewRecord r = review(material("M1", "APPOINTMENT_APPROVAL", "1", TODAY, Formalities.completeOriginal(), null),
                    ReviewInput.noObjections("r"));
            assertThat(r.failedChecks()).containsExactly(ReviewCheck.PROPERLY_FILLED);
            assertThat(result(r, ReviewCheck.PROPERLY_FILLED).reason()).contains("9-2");
        }

        @Test
        void missingSealsSignaturesOrCopyMarksFailFormalities() {
            ReviewRecord unsealed = review(material("M1", "RESUME", null, TODAY, new Formalities(true, false, true, null, null),
                    null), ReviewInput.noObjections("r"));
            assertThat(unsealed.failedChecks()).containsExactly(ReviewCheck.FORMALITIES);
            assertThat(result(unsealed, ReviewCheck.FORMALITIES).reason()).contains("公章");
            ReviewRecord bareCopy = review(material("M2", "AWARD", null, TODAY, new Formalities(false, true, true, null, null),
                    null), ReviewInput.noObjections("r"));
            assertThat(result(bareCopy, ReviewCheck.FORMALITIES).reason()).contains("复印件");
            ReviewRecord certified = review(material("M3", "AWARD", null, TODAY.minusDays(5),
                    Formalities.certifiedCopy(TODAY, "某县档案馆"), null), ReviewInput.noObjections("r"));
            assertThat(certified.passed()).isTrue();
        }

        @Test
        void aFailedMaterialIsReturnedToItsUnitWithTheReasons() {
            review(material("M1", "RESUME", null, TODAY, new Formalities(true, true, false, null, null), null),
                    ReviewInput.noObjections("r").object(ReviewCheck.LEGIBLE, "字迹不清"));
            ReturnNotice notice = filing.service().returnToSource(MaterialId.of("M1"), "archivist-wang");
            assertThat(notice.reasons()).extracting(CheckResult::check)
                    .containsExactly(ReviewCheck.LEGIBLE, ReviewCheck.FORMALITIES);
            assertThat(notice.sourceUnit()).isEqualTo("某县人力资源和社会保障局");
            assertThat(notice.toText()).contains("材料退回通知", "文字清楚", "字迹不清");
            assertThat(stored("M1").status()).isEqualTo(MaterialStatus.REJECTED);
            assertThat(events.ofClass(MaterialReturned.class).get(0).reasons()).isEqualTo("LEGIBLE,FORMALITIES");
            assertThatThrownBy(() -> filing.service().review(MaterialId.of("M1"), ReviewInput.noObjections("r")))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.MATERIAL_STATE));
        }

        @Test
        void aPassedMaterialCannotBeReturnedNorAFailedOneFiled() {
            review(material("M1", "RESUME", TODAY), ReviewInput.noObjections("r"));
            assertThatThrownBy(() -> filing.service().returnToSource(MaterialId.of("M1"), "a"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.MATERIAL_STATE));
            review(material("M2", "AWARD", TODAY), ReviewInput.noObjections("r").object(ReviewCheck.TRUE, "与事实不符"));
            assertThatThrownBy(() -> filing.service().file(MaterialId.of("M2"), "a"))
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.MATERIAL_STATE));
        }
    }

    @Nested
    @DisplayName("filing and the catalogue")
    class Catalogue_ {
        @Test
        void classOneIsOrderedByFormationDateAndRenumberedWhenAnOlderMaterialArrives() {
            Material newer = fileThrough(material("M-2020", "RESUME", LocalDate.of(2020, 5, 1)), TODAY);
            assertThat(newer.sequence()).isEqualTo(1);
            assertThat(newer.status()).isEqualTo(MaterialStatus.FILED);
            Material older = fileThrough(material("M-2010", "RESUME", LocalDate.of(2010, 5, 1)), TODAY);
            assertThat(older.sequence()).isEqualTo(1);
            assertThat(stored("M-2020").sequence()).isEqualTo(2);
            CatalogueRegenerated last = events.ofClass(CatalogueRegenerated.class).get(1);
            assertThat(last.renumbered()).isEqualTo(2);
            assertThat(last.entries()).isEqualTo(2);
            assertThat(events.ofClass(MaterialFiled.class)).hasSize(2);
        }

        @Test
        void classTenKeepsFilingOrder() {
            fileThrough(material("O-new", "OTHER", LocalDate.of(2023, 1, 1)), TODAY);
            Material old = fileThrough(material("O-old", "OTHER", LocalDate.of(2001, 1, 1)), TODAY);
            assertThat(old.sequence()).isEqualTo(2);
        }

        @Test
        void classSixOrdersByTypeThenDate() {
            fileThrough(material("P-league", "LEAGUE_APPLICATION", LocalDate.of(1990, 5, 4)), TODAY);
            fileThrough(material("P-party", "PARTY_APPLICATION", LocalDate.of(2001, 6, 20)), TODAY);
            assertThat(stored("P-party").sequence()).isEqualTo(1);
            assertThat(stored("P-league").sequence()).isEqualTo(2);
        }

        @Test
        void theCatalogueFollowsTheSchemeOrderWithPageNumbersPerCategory() {
            fileThrough(material("A", "APPOINTMENT_APPROVAL", LocalDate.of(2015, 3, 1)), TODAY);
            fileThrough(material("R1", "RESUME", LocalDate.of(2012, 3, 1)), TODAY);
            fileThrough(material("R2", "RESUME", LocalDate.of(2018, 3, 1)), TODAY);
            Catalogue c = filing.service().catalogue(DOSSIER);
            assertThat(c.standard()).isEqualTo("cadre-2018");
            assertThat(c.entries()).extracting(e -> e.material().value()).containsExactly("R1", "R2", "A");
            assertThat(c.entries()).extracting(e -> e.firstPage() + "-" + e.lastPage()).containsExactly("1-2", "3-4", "1-2");
            assertThat(c.toText()).contains("档案目录", "9-2");
        }
    }

    @Nested
    @DisplayName("the missing-materials register")
    class Register_ {
        @Test
        void registersMissingTypesWithChaseDatesAndResolvesThemWhenFiled() {
            List<MissingMaterialEntry> open = filing.audits().registerMissing(DOSSIER, TODAY, "archivist-wang");
            assertThat(open).extracting(MissingMaterialEntry::typeCode).contains("RESUME", "PARTY_APPLICATION");
            assertThat(open).allSatisfy(e -> assertThat(e.chaseBy()).isEqualTo(TODAY.plusMonths(1)));
            MissingMaterialRegistered first = events.ofClass(MissingMaterialRegistered.class).get(0);
            assertThat(first.registered()).isEqualTo(open.size());
            fileThrough(material("R1", "RESUME", LocalDate.of(2024, 6, 1)), TODAY);
            clock.advance(java.time.Duration.ofDays(3));
            List<MissingMaterialEntry> after = filing.audits().registerMissing(DOSSIER, TODAY.plusDays(3), "archivist-wang");
            assertThat(after).extracting(MissingMaterialEntry::typeCode).doesNotContain("RESUME").contains("PARTY_APPLICATION");
            assertThat(after).allSatisfy(e -> assertThat(e.registeredOn()).isEqualTo(TODAY));
            assertThat(store.read((StoreSession s) -> s.missingMaterials().findByDossier(DOSSIER))).filteredOn(e -> !e.open())
                    .extracting(MissingMaterialEntry::typeCode, MissingMaterialEntry::resolvedOn)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("RESUME", TODAY.plusDays(3)));
            assertThat(events.ofClass(MissingMaterialRegistered.class).get(1).resolved()).isEqualTo(1);
            assertThat(filing.audits().auditCompleteness(DOSSIER, TODAY.plusDays(3)).missing())
                    .allSatisfy(e -> assertThat(e.registeredOn()).isEqualTo(TODAY));
            LocalDate overdue = TODAY.plusMonths(2);
            clock.advance(java.time.Duration.ofDays(61));
            List<MissingMaterialEntry> chased = filing.audits().registerMissing(DOSSIER, overdue, "archivist-wang");
            assertThat(chased).isNotEmpty().allSatisfy(e -> {
                assertThat(e.registeredOn()).isEqualTo(TODAY);
                assertThat(e.chaseBy()).isEqualTo(overdue.plusMonths(1));
            });
            assertThat(events.ofClass(MissingMaterialRegistered.class).get(2).chasedAgain()).isEqualTo(chased.size());
        }
    }

    @Test
    void eventsCarryStableTypesAndDetails() {
        fileThrough(material("R1", "RESUME", LocalDate.of(2024, 6, 1)), TODAY);
        assertThat(events.events()).extracting(e -> e.type()).containsExactly("filing.materials.received",
                "filing.material.reviewed", "filing.material.filed", "filing.catalogue.regenerated");
        assertThat(events.ofClass(MaterialFiled.class).get(0).details())
                .isEqualTo(Map.of("category", "1", "dossier", "D-zhang", "sequence", "1"));
        assertThat(events.events()).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(clock.instant()));
    }
}

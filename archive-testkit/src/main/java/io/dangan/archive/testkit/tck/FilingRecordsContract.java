package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.filing.CheckResult;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverItem;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.filing.WorkHistoryEntry;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.StoreSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store contract for filing records (归档记录): hand-over records, review records, the missing-materials
 * register and declared facts. {@link ArchiveStoreContract} runs it as one of its nested groups, so every
 * store implementation passes it with no extra code.
 */
public abstract class FilingRecordsContract {
    static final DossierId DOSSIER = DossierId.of("D-filing");
    static final MaterialId M1 = MaterialId.of("M-filing-1");
    static final MaterialId M2 = MaterialId.of("M-filing-2");

    /** @return the (empty) store under test */
    protected abstract ArchiveStore store();

    @BeforeEach
    void seed() {
        String body = "11010519800101001";
        CitizenId cid = new CitizenId(body + CitizenId.checkCharacter(body));
        Subject subject = new Subject(SubjectId.of("S-filing"), cid, "王建国", Gender.MALE, cid.birthDate(), "汉族",
                LocalDate.of(2002, 7, 1), null, EducationLevel.BACHELOR, TitleLevel.NONE, PostLevel.CLERK, 0);
        store().write((StoreSession s) -> {
            s.units().insert(new Unit(UnitId.of("U-filing"), "某县委组织部", null, null));
            s.subjects().insert(subject);
            s.dossiers().insert(Dossier.open(DOSSIER, subject.id(), UnitId.of("U-filing")));
            for (MaterialId id : List.of(M1, M2)) {
                s.materials().insert(new Material(id, DOSSIER, MaterialCategory.ofClass(1), "干部履历表 " + id, "RESUME",
                        LocalDate.of(2020, 1, 1), "某县人社局", LocalDate.of(2020, 1, 5), 2, List.of(),
                        MaterialStatus.RECEIVED, 0, 0));
            }
            return null;
        });
    }

    static HandOver handOver(String id, Instant at) {
        return new HandOver(HandOverId.of(id), DOSSIER, "某县人社局", "李干事", LocalDate.of(2020, 1, 5),
                List.of(new HandOverItem(M1, Formalities.completeOriginal()),
                        new HandOverItem(M2, new Formalities(false, true, true, LocalDate.of(2020, 1, 3), "某县档案馆"))),
                "archivist", at);
    }

    static ReviewRecord review(MaterialId m, boolean passed, Instant at) {
        List<CheckResult> results = new ArrayList<>();
        for (ReviewCheck c : ReviewCheck.values()) {
            results.add(passed || c != ReviewCheck.LEGIBLE ? CheckResult.pass(c) : CheckResult.fail(c, "字迹不清，需重新复印"));
        }
        return new ReviewRecord(m, DOSSIER, "reviewer", at, results, !passed, 40);
    }

    @Test
    void aHandOverRecordRoundTripsWithItsItemsInOrder() {
        HandOver h = handOver("H-1", Instant.parse("2020-01-05T08:30:15.123456789Z"));
        store().write((StoreSession s) -> s.handOvers().insert(h));
        assertThat(store().read((StoreSession s) -> s.handOvers().find(HandOverId.of("H-1")))).contains(h);
        assertThat(store().read((StoreSession s) -> s.handOvers().findByMaterial(M2))).contains(h);
        assertThat(store().read((StoreSession s) -> s.handOvers().findByMaterial(MaterialId.of("nope")))).isEmpty();
    }

    @Test
    void handOversOfADossierComeInRegistrationOrder() {
        HandOver late = new HandOver(HandOverId.of("A-late"), DOSSIER, "某县人社局", "李干事", LocalDate.of(2020, 1, 5),
                List.of(), "archivist", Instant.parse("2020-02-01T00:00:00Z"));
        HandOver early = handOver("Z-early", Instant.parse("2020-01-01T00:00:00Z"));
        store().write((StoreSession s) -> s.handOvers().insert(late));
        store().write((StoreSession s) -> s.handOvers().insert(early));
        assertThat(store().read((StoreSession s) -> s.handOvers().findByDossier(DOSSIER)))
                .extracting(HandOver::id).containsExactly(HandOverId.of("Z-early"), HandOverId.of("A-late"));
    }

    @Test
    void aDuplicateHandOverIdIsAConflictAndAnUnknownDossierNotFound() {
        HandOver h = handOver("H-1", Instant.parse("2020-01-05T00:00:00Z"));
        store().write((StoreSession s) -> s.handOvers().insert(h));
        assertThatThrownBy(() -> store().write((StoreSession s) -> s.handOvers().insert(h)))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        HandOver elsewhere = new HandOver(HandOverId.of("H-2"), DossierId.of("D-none"), "某单位", "某人",
                LocalDate.of(2020, 1, 5), List.of(), "archivist", Instant.parse("2020-01-05T00:00:00Z"));
        assertThatThrownBy(() -> store().write((StoreSession s) -> s.handOvers().insert(elsewhere)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void reviewsAppendInOrderAndTheLatestIsTheLastAppended() {
        ReviewRecord failed = review(M1, false, Instant.parse("2020-01-06T00:00:00Z"));
        ReviewRecord passed = review(M1, true, Instant.parse("2020-01-09T00:00:00Z"));
        store().write((StoreSession s) -> s.reviews().append(failed));
        store().write((StoreSession s) -> s.reviews().append(passed));
        assertThat(store().read((StoreSession s) -> s.reviews().findByMaterial(M1))).containsExactly(failed, passed);
        assertThat(store().read((StoreSession s) -> s.reviews().latest(M1))).contains(passed);
        assertThat(store().read((StoreSession s) -> s.reviews().latest(M2))).isEmpty();
        assertThatThrownBy(() -> store().write((StoreSession s) -> s.reviews().append(
                review(MaterialId.of("none"), true, Instant.EPOCH)))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void theRegisterKeepsOneEntryPerDossierAndTypeReplacedByPut() {
        MissingMaterialEntry open = new MissingMaterialEntry(DOSSIER, "RESUME", "干部履历表", "resume",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), null);
        MissingMaterialEntry other = new MissingMaterialEntry(DOSSIER, "PARTY_APPLICATION", "入党志愿书", "party-application",
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), null);
        store().write((StoreSession s) -> {
            s.missingMaterials().put(open);
            return s.missingMaterials().put(other);
        });
        store().write((StoreSession s) -> s.missingMaterials().put(open.resolve(LocalDate.of(2024, 3, 1))));
        assertThat(store().read((StoreSession s) -> s.missingMaterials().findByDossier(DOSSIER)))
                .containsExactly(other, open.resolve(LocalDate.of(2024, 3, 1)));
    }

    @Test
    void declaredFactsRoundTripWithEducationAndWorkHistory() {
        FactSheet sheet = FactSheet.EMPTY.withName("王建国").withBirthDate(LocalDate.of(1980, 1, 1))
                .withWorkStartDate(LocalDate.of(2002, 7, 1)).withCadreStatus("干部")
                .withEducation(List.of(new EducationEntry(EducationLevel.BACHELOR, "某某大学", LocalDate.of(2002, 6, 30)),
                        new EducationEntry(EducationLevel.SENIOR_SECONDARY, "某县第一中学", null)))
                .withWorkHistory(List.of(new WorkHistoryEntry(LocalDate.of(2002, 7, 1), LocalDate.of(2010, 1, 1),
                        "某县财政局", "科员"), new WorkHistoryEntry(LocalDate.of(2010, 1, 1), null, "某县审计局", "副局长")));
        DeclaredFacts facts = new DeclaredFacts(M1, DOSSIER, sheet);
        DeclaredFacts bare = new DeclaredFacts(M2, DOSSIER, FactSheet.EMPTY);
        store().write((StoreSession s) -> {
            s.declaredFacts().put(facts);
            return s.declaredFacts().put(bare);
        });
        assertThat(store().read((StoreSession s) -> s.declaredFacts().find(M1))).contains(facts);
        assertThat(store().read((StoreSession s) -> s.declaredFacts().findByDossier(DOSSIER))).containsExactly(facts, bare);
        DeclaredFacts changed = new DeclaredFacts(M2, DOSSIER, FactSheet.EMPTY.withPartyJoinDate(LocalDate.of(2005, 7, 1)));
        store().write((StoreSession s) -> s.declaredFacts().put(changed));
        assertThat(store().read((StoreSession s) -> s.declaredFacts().find(M2))).contains(changed);
    }

    @Test
    void filingRecordsWrittenInAFailedTransactionAreNotKept() {
        assertThatThrownBy(() -> store().write((StoreSession s) -> {
            s.handOvers().insert(handOver("H-1", Instant.EPOCH));
            s.reviews().append(review(M1, true, Instant.EPOCH));
            s.declaredFacts().put(new DeclaredFacts(M1, DOSSIER, FactSheet.EMPTY.withName("王建国")));
            s.missingMaterials().put(new MissingMaterialEntry(DOSSIER, "RESUME", "干部履历表", "resume",
                    LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), null));
            throw new IllegalStateException("abort");
        })).hasMessage("abort");
        store().read((StoreSession s) -> {
            assertThat(s.handOvers().find(HandOverId.of("H-1"))).isEmpty();
            assertThat(s.reviews().findByMaterial(M1)).isEmpty();
            assertThat(s.declaredFacts().find(M1)).isEmpty();
            assertThat(s.missingMaterials().findByDossier(DOSSIER)).isEmpty();
            return null;
        });
    }
}

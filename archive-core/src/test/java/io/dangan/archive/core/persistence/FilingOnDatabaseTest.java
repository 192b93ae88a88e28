package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Filing;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.filing.Catalogue;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.ConflictKind;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.FactKind;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.FindingCode;
import io.dangan.archive.filing.Formalities;
import io.dangan.archive.filing.HandOverId;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.ReceivedMaterial;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.filing.ReviewCheck;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
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
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filing workflow and audits over the JPA store, on H2 and on the real PostgreSQL. */
class FilingOnDatabaseTest {
    static final DossierId DOSSIER = DossierId.of("D-db");
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    void registerReviewFileAuditAndSpecialAudit(String kind) throws Exception {
        try (TestDatabase db = kind.equals("postgresql") ? TestDatabase.postgres() : TestDatabase.h2()) {
            db.migrate();
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                ArchiveStore store = JpaStores.store(emf);
                Filing filing = Filing.of(ManualClock.at("2024-06-30T02:00:00Z"), store, new RecordingEventSink(),
                        FilingStandards.shipped());
                String body = "11010519740315123";
                CitizenId cid = new CitizenId(body + CitizenId.checkCharacter(body));
                Subject s = new Subject(SubjectId.of("S-db"), cid, "张建国", Gender.MALE, cid.birthDate(), "汉族",
                        LocalDate.of(1996, 7, 1), LocalDate.of(2001, 6, 20), EducationLevel.BACHELOR, TitleLevel.NONE,
                        PostLevel.CLERK, 0);
                store.write((StoreSession x) -> {
                    x.units().insert(new Unit(UnitId.of("U-db"), "某县委组织部", null, null));
                    x.subjects().insert(s);
                    return x.dossiers().insert(Dossier.open(DOSSIER, s.id(), UnitId.of("U-db")));
                });
                List<ReceivedMaterial> ms = new ArrayList<>();
                ms.add(new ReceivedMaterial(MaterialId.of("R-2020"), "干部履历表（2020年）", "RESUME", null,
                        LocalDate.of(2020, 5, 1), 4, List.of(), Formalities.completeOriginal(),
                        FactSheet.EMPTY.withName("张建国").withBirthDate(s.birthDate()).withWorkStartDate(s.workStartDate())));
                ms.add(new ReceivedMaterial(MaterialId.of("R-2010"), "干部履历表（2010年）", "RESUME", null,
                        LocalDate.of(2010, 5, 1), 4, List.of(), Formalities.completeOriginal(),
                        FactSheet.EMPTY.withBirthDate(s.birthDate().plusYears(1))));
                ms.add(new ReceivedMaterial(MaterialId.of("P"), "入党志愿书", "PARTY_APPLICATION", null,
                        LocalDate.of(2001, 3, 1), 8, List.of(), Formalities.completeOriginal(),
                        FactSheet.EMPTY.withPartyJoinDate(s.partyJoinDate())));
                filing.service().register(new HandOverRequest(HandOverId.of("H-db"), DOSSIER, "某县人社局", "李干事",
                        TODAY, ms, "archivist"));
                for (ReceivedMaterial m : ms) {
                    var review = filing.service().review(m.id(), ReviewInput.noObjections("reviewer"));
                    if (m.id().value().equals("R-2010")) {
                        assertThat(review.failedChecks()).containsExactly(ReviewCheck.TRUE);
                        review = filing.service().review(m.id(), ReviewInput.noObjections("reviewer"));
                        continue;
                    }
                    assertThat(review.passed()).isTrue();
                    filing.service().file(m.id(), "archivist");
                }
                assertThat(store.read((StoreSession x) -> x.reviews().findByMaterial(MaterialId.of("R-2010")))).hasSize(2);
                filing.service().returnToSource(MaterialId.of("R-2010"), "archivist");
                assertThat(store.read((StoreSession x) -> x.materials().find(MaterialId.of("R-2010"))).orElseThrow()
                        .status()).isEqualTo(MaterialStatus.REJECTED);

                Catalogue c = filing.service().catalogue(DOSSIER);
                assertThat(c.entries()).extracting(e -> e.material().value() + "@" + e.category() + "#" + e.sequence())
                        .containsExactly("R-2020@1#1", "P@6#1");

                List<MissingMaterialEntry> open = filing.audits().registerMissing(DOSSIER, TODAY, "archivist");
                assertThat(open).extracting(MissingMaterialEntry::typeCode).contains("REGULARISATION_GRADING");
                CompletenessReport report = filing.audits().auditCompleteness(DOSSIER, TODAY);
                assertThat(report.findings(FindingCode.MISSING_REQUIRED)).hasSize(open.size());
                assertThat(report.findings(FindingCode.LATE)).hasSize(2);

                List<CompletenessReport> each = new ArrayList<>();
                RepositoryAuditSummary summary = filing.audits().auditRepository(TODAY, each::add);
                assertThat(summary.dossiers()).isEqualTo(1);
                assertThat(summary.materials()).isEqualTo(2);
                assertThat(each).containsExactly(report);

                DeterminationForm form = filing.audits().specialAudit(DOSSIER, TODAY);
                assertThat(form.fact(FactKind.PARTY_JOIN_DATE).orElseThrow().value()).isEqualTo("2001-06-20");
                assertThat(form.conflicts(ConflictKind.AUTHORITY_MISSING)).extracting(f -> f.fact())
                        .containsExactly(FactKind.WORK_START_DATE);
            }
        }
    }
}

package io.dangan.archive.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.dossier.DossierOpened;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.dossier.MaterialRecorded;
import io.dangan.archive.dossier.SubjectRegistered;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DossierServiceTest {
    private final ManualClock clock = ManualClock.at("2026-03-01T09:00:00+08:00");
    private final InMemoryArchiveStore store = new InMemoryArchiveStore();
    private final RecordingEventSink events = new RecordingEventSink();
    private final Archive archive = Archives.builder().clock(clock).store(store).events(events).build();
    private final Fixtures fx = Fixtures.seeded(7);

    private final Unit unit = archive.dossiers().registerUnit(fx.unit(null));
    private final Subject subject = archive.dossiers().registerSubject(fx.subject());
    private final Dossier dossier = archive.dossiers().openDossier(DossierId.of("D1"), subject.id(), unit.id());

    @Test
    void registersADossierWithItsMaterialsAndReadsThemBackInCatalogueOrder() {
        Material appraisal = archive.dossiers().recordMaterial(
                fx.material(dossier, MaterialCategory.ofClass(3), "年度考核登记表", LocalDate.of(2020, 12, 20)));
        Material resume = archive.dossiers().recordMaterial(
                fx.material(dossier, MaterialCategory.ofClass(1), "干部履历表", LocalDate.of(2019, 4, 2)));

        DossierView view = archive.dossiers().view(dossier.id()).orElseThrow();

        assertThat(view.subject()).isEqualTo(subject);
        assertThat(view.materials()).containsExactly(resume, appraisal);
        assertThat(view.pages()).isEqualTo(resume.pages() + appraisal.pages());
        assertThat(events.ofClass(SubjectRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("citizenId", subject.citizenId().masked()));
        assertThat(events.ofClass(DossierOpened.class)).singleElement()
                .satisfies(e -> assertThat(e.subjectRef()).isEqualTo("D1"));
        assertThat(events.ofClass(MaterialRecorded.class)).extracting(MaterialRecorded::material)
                .containsExactly(appraisal.id(), resume.id());
        assertThat(events.events()).allSatisfy(e -> assertThat(e.occurredAt()).isEqualTo(clock.instant()));
    }

    @Test
    void rejectsAMaterialFormedBeforeTheSubjectWasBornAndWritesNothing() {
        Material early = fx.material(dossier, MaterialCategory.ofClass(1), "干部履历表", subject.birthDate().minusDays(1));
        int before = events.events().size();

        assertThatThrownBy(() -> archive.dossiers().recordMaterial(early))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATE_ORDER);
                    assertThat(e.location()).isEqualTo("material " + early.id() + "/formedDate");
                });
        assertThat(materialCount()).isZero();
        assertThat(events.events()).hasSize(before);
    }

    @Test
    void rejectsAMaterialFormedInTheFuture() {
        Material future = fx.material(dossier, MaterialCategory.ofClass(3), "年度考核登记表", LocalDate.of(2026, 3, 2));
        assertThatThrownBy(() -> archive.dossiers().recordMaterial(future))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DATE_IN_FUTURE));
        assertThat(materialCount()).isZero();
    }

    @Test
    void rejectsAMaterialForAnUnknownDossier() {
        Dossier ghost = Dossier.open(DossierId.of("nope"), subject.id(), unit.id());
        assertThatThrownBy(() -> archive.dossiers().recordMaterial(
                fx.material(ghost, MaterialCategory.ofClass(1), "干部履历表", LocalDate.of(2019, 4, 2))))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void aSecondDossierOrADuplicateCitizenIdIsAConflict() {
        assertThatThrownBy(() -> archive.dossiers().openDossier(DossierId.of("D2"), subject.id(), unit.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        Subject twin = fx.subject();
        Subject sameId = new Subject(twin.id(), subject.citizenId(), twin.name(), subject.gender(), subject.birthDate(),
                twin.ethnicity(), null, null, twin.education(), twin.titleLevel(), twin.postLevel(), 0);
        assertThatThrownBy(() -> archive.dossiers().registerSubject(sameId))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE));
        assertThat(subjectCount()).isEqualTo(1);
    }

    @Test
    void rejectsASubjectWhoseRecordedDatesLieInTheFuture() {
        Subject s = fx.subject();
        Subject joinsTomorrow = new Subject(s.id(), s.citizenId(), s.name(), s.gender(), s.birthDate(), s.ethnicity(),
                s.workStartDate(), LocalDate.of(2026, 3, 2), s.education(), s.titleLevel(), s.postLevel(), 0);
        assertThatThrownBy(() -> archive.dossiers().registerSubject(joinsTomorrow))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DATE_IN_FUTURE);
                    assertThat(e.location()).endsWith("/partyJoinDate");
                });
    }

    @Test
    void aUnitUnderAnUnknownParentIsRejected() {
        assertThatThrownBy(() -> archive.dossiers().registerUnit(fx.unit(UnitId.of("missing-parent"))))
                .isInstanceOf(NotFoundException.class);
    }

    private long materialCount() {
        return store.<Long>read(s -> s.materials().count());
    }

    private long subjectCount() {
        return store.<Long>read(s -> s.subjects().count());
    }

    @Test
    void theBuilderNeedsAStore() {
        assertThatThrownBy(() -> Archives.builder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("store");
    }
}

package io.dangan.archive.core.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.core.Filing;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.core.json.FilingJson;
import io.dangan.archive.filing.MigrationLine;
import io.dangan.archive.filing.MigrationOutcome;
import io.dangan.archive.filing.MigrationReport;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Unit;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A dossier arranged under the 2009 scheme, evaluated against the 2018 one. */
class MigrationReportTest {
    final InMemoryArchiveStore store = new InMemoryArchiveStore();
    final Filing filing = Filing.of(ManualClock.at("2024-06-30T02:00:00Z"), store, new RecordingEventSink(),
            FilingStandards.shipped());
    final DossierId dossier = DossierId.of("D-2009");
    int seq;

    void material(String id, String category, @Nullable String type) {
        store.write((StoreSession s) -> s.materials().insert(new Material(MaterialId.of(id), dossier,
                MaterialCategory.of(category), "材料" + id, type, LocalDate.of(2012, 1, 1), "某单位", LocalDate.of(2012, 1, 5), 1,
                List.of(), MaterialStatus.FILED, ++seq, 0)));
    }

    @Test
    void proposesNewCodesAndListsAmbiguousCasesWithoutRefiling() {
        store.write((StoreSession s) -> {
            s.units().insert(new Unit(UnitId.of("U1"), "某县委组织部", null, null));
            s.subjects().insert(CompletenessAuditTest.zhang());
            return s.dossiers().insert(Dossier.open(dossier, CompletenessAuditTest.zhang().id(), UnitId.of("U1")));
        });
        material("a", "1", "RESUME");
        material("b", "4-3", "TITLE_EVALUATION");
        material("c", "4-2", "QUALIFICATION");
        material("d", "4-2", "TITLE_EVALUATION");
        material("e", "4-5", "TRAINING_RECORD");
        material("f", "9-2", "APPOINTMENT_APPROVAL");
        List<Material> before = store.read((StoreSession s) -> s.materials().findByDossier(dossier));

        MigrationReport r = filing.audits().migrationReport(dossier, "cadre-2009", "cadre-2018");

        assertThat(r.lines()).extracting(l -> l.material().value() + ":" + l.outcome())
                .containsExactly("a:UNCHANGED", "c:AMBIGUOUS", "d:UNCHANGED", "b:RECODED", "e:RECODED", "f:UNCHANGED");
        MigrationLine ambiguous = r.needingDecision().get(0);
        assertThat(ambiguous.candidates()).containsExactly(MaterialCategory.of("4-2"), MaterialCategory.of("4-4"));
        assertThat(ambiguous.to()).isNull();
        assertThat(r.lines().stream().filter(l -> l.material().value().equals("b")).findFirst().orElseThrow().to())
                .isEqualTo(MaterialCategory.of("4-2"));
        assertThat(r.lines().stream().filter(l -> l.material().value().equals("e")).findFirst().orElseThrow().to())
                .isEqualTo(MaterialCategory.of("4-4"));
        assertThat(r.toText()).contains("需人工确定 1 份", "4-2 → ？");
        assertThat(FilingJson.toJson(r)).contains("\"outcome\": \"AMBIGUOUS\"");
        assertThat(store.read((StoreSession s) -> s.materials().findByDossier(dossier))).as("nothing re-filed")
                .isEqualTo(before);
        assertThat(r.lines()).noneMatch(l -> l.outcome() == MigrationOutcome.UNMAPPED);
    }

    @Test
    void aMissingMappingIsNamed() {
        assertThatThrownBy(() -> filing.audits().migrationReport(dossier, "cadre-2018", "cadre-2009"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STANDARD_NOT_IN_FORCE));
    }
}

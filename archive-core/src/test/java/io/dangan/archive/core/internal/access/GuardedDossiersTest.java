package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.Role;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.core.internal.dossier.DefaultDossierService;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuardedDossiersTest {
    private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
    private final ManualClock clock = ManualClock.at(T0);
    private final RecordingEventSink sink = new RecordingEventSink();
    private final InMemoryArchiveStore store = new InMemoryArchiveStore();
    private final DefaultDossierService service = new DefaultDossierService(clock, store, sink);
    private final MemoryAccessDirectory dir = new MemoryAccessDirectory();
    private final Fixtures f = Fixtures.seeded(7);
    private final Unit county = service.registerUnit(f.unit(null));
    private final Subject cadre = service.registerSubject(f.subject());
    private final Dossier dossier = service.openDossier(f.dossier(cadre, county).id(), cadre.id(), county.id());
    private final PrincipalId reader = PrincipalId.of("reader-1");
    private final PrincipalId reader2 = PrincipalId.of("reader-2");
    private final PrincipalId archivist = PrincipalId.of("archivist-1");
    private final PrincipalId self = PrincipalId.of("the-cadre");
    private final GuardedDossiers guarded;

    GuardedDossiersTest() {
        service.recordMaterial(f.material(dossier, MaterialCategory.of("1"), "干部履历表", LocalDate.of(2010, 3, 1)));
        service.recordMaterial(f.material(dossier, MaterialCategory.of("8"), "处分决定", LocalDate.of(2015, 5, 1)));
        service.recordMaterial(f.material(dossier, MaterialCategory.of("4-1"), "学历证明", LocalDate.of(2008, 7, 1)));
        dir.dossier(new DossierFacts(dossier.id(), cadre.id(), county.id()));
        dir.principal(new Principal(reader, io.dangan.archive.model.SubjectId.of("p-r1"), Set.of(county.id()),
                Set.of(Role.READER), Classification.INTERNAL));
        dir.principal(new Principal(reader2, io.dangan.archive.model.SubjectId.of("p-r2"), Set.of(county.id()),
                Set.of(Role.READER), Classification.INTERNAL));
        dir.principal(new Principal(archivist, io.dangan.archive.model.SubjectId.of("p-a"), Set.of(county.id()),
                Set.of(Role.ARCHIVIST), Classification.SECRET));
        dir.principal(new Principal(self, cadre.id(), Set.of(county.id()), Set.of(Role.READER), Classification.SECRET));
        dir.approval(new Approval(ApprovalId.of("A1"), dossier.id(), reader, Set.of(reader, reader2),
                EnumSet.of(Action.VIEW), Set.of(), "appointment", county.id(), List.of(PrincipalId.of("approver-x")),
                T0, T0.plus(Duration.ofDays(2)), null, ApprovalStatus.APPROVED, null));
        dir.approval(new Approval(ApprovalId.of("A2"), dossier.id(), self, Set.of(self, reader2),
                EnumSet.of(Action.VIEW), Set.of(), "appointment", county.id(), List.of(PrincipalId.of("approver-x")),
                T0, T0.plus(Duration.ofDays(2)), null, ApprovalStatus.APPROVED, null));
        dir.principal(new Principal(PrincipalId.of("approver-x"), io.dangan.archive.model.SubjectId.of("p-x"),
                Set.of(county.id()), Set.of(Role.APPROVER), Classification.SECRET));
        AccessControl pdp = Access.decisionPoint(dir, AccessPolicy.baseline(), sink);
        guarded = Access.guardedDossiers(service, Access.guard(pdp, sink), pdp, m -> Classification.INTERNAL, clock);
        sink.clear();
    }

    @Test
    void aPermittedViewWithholdsSensitiveClassesAndCarriesObligations() {
        GuardedDossiers.Reading r = guarded.view(reader, dossier.id(), ApprovalId.of("A1"), "appointment");
        assertThat(r.view().materials()).extracting(m -> m.category().classNumber()).containsExactly(1, 4);
        assertThat(r.withheld()).isEqualTo(1);
        assertThat(r.decision().obliges(ObligationKind.WATERMARK)).isTrue();
        assertThat(r.decision().obliges(ObligationKind.SUPERVISED)).isTrue();
        assertThat(sink.ofClass(AccessDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.decision().permitted()).isTrue());
    }

    @Test
    void aSelfViewIsDeniedAuditedAndReadsNothing() {
        assertThatThrownBy(() -> guarded.view(self, dossier.id(), ApprovalId.of("A2"), "appointment"))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasons()).first()
                        .isEqualTo(ReasonCode.RECUSAL_SELF));
        assertThat(sink.ofClass(AccessDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo("access.deny"));
    }

    @Test
    void onlyTheArchivistFilesAndADenialStoresNothing() {
        Material m = f.material(dossier, MaterialCategory.of("9-2"), "任免审批表", LocalDate.of(2020, 1, 1));
        assertThatThrownBy(() -> guarded.file(reader, m)).isInstanceOf(AccessDeniedException.class);
        assertThat(store.<java.util.Optional<Material>>read(s -> s.materials().find(m.id()))).isEmpty();
        assertThat(guarded.file(archivist, m).id()).isEqualTo(m.id());
        assertThat(store.<java.util.Optional<Material>>read(s -> s.materials().find(m.id()))).isPresent();
    }
}

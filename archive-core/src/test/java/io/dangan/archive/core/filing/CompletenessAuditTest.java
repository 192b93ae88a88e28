package io.dangan.archive.core.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.core.internal.filing.CompiledStandard;
import io.dangan.archive.core.internal.filing.CompletenessAuditor;
import io.dangan.archive.core.internal.filing.RepositoryAuditor;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.FindingCode;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.model.CitizenId;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Gender;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.PostLevel;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.TitleLevel;
import io.dangan.archive.testkit.BuiltDossier;
import io.dangan.archive.testkit.DossierBuilder;
import io.dangan.archive.testkit.FilingArbitraries;
import io.dangan.archive.testkit.PlantedDefect;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CompletenessAuditTest {
    static final FilingStandard STANDARD = FilingStandards.cadre2018();
    static final CompletenessAuditor AUDITOR = new CompletenessAuditor(new CompiledStandard(STANDARD));
    static final LocalDate AS_OF = FilingArbitraries.AS_OF;

    /** 张建国: party member since 2001, intermediate title, section chief, bachelor, working since 1996. */
    static Subject zhang() {
        String body = "11010519740315123";
        CitizenId cid = new CitizenId(body + CitizenId.checkCharacter(body));
        return new Subject(SubjectId.of("S-zhang"), cid, "张建国", Gender.MALE, LocalDate.of(1974, 3, 15), "汉族",
                LocalDate.of(1996, 7, 1), LocalDate.of(2001, 6, 20), EducationLevel.BACHELOR, TitleLevel.INTERMEDIATE,
                PostLevel.SECTION, 0);
    }

    static BuiltDossier complete(long seed) {
        return DossierBuilder.forStandard(STANDARD, seed).subject(zhang()).asOf(AS_OF).extraMaterials(30).build();
    }

    static CompletenessReport audit(BuiltDossier d) {
        return AUDITOR.audit(d.subject(), d.dossier().id(), d.materials(), List.of(), d.asOf());
    }

    @Test
    void aCompleteDossierHasNoFinding() {
        CompletenessReport r = audit(complete(1));
        assertThat(r.findings()).isEmpty();
        assertThat(r.complete()).isTrue();
        assertThat(r.materialCount()).isEqualTo(complete(1).materials().size());
        assertThat(r.toText()).contains("材料齐全规范");
    }

    @Test
    void aPartyMemberWithoutPartyApplicationIsMissingItWithAChaseDate() {
        BuiltDossier d = DossierBuilder.forStandard(STANDARD, 2).subject(zhang()).asOf(AS_OF).extraMaterials(10)
                .without("PARTY_APPLICATION").build();
        CompletenessReport r = audit(d);
        assertThat(r.findings()).extracting(f -> f.code()).containsExactly(FindingCode.MISSING_REQUIRED);
        assertThat(r.findings().get(0).detail()).contains("入党志愿书");
        MissingMaterialEntry e = r.missing().get(0);
        assertThat(e.typeCode()).isEqualTo("PARTY_APPLICATION");
        assertThat(e.registeredOn()).isEqualTo(AS_OF);
        assertThat(e.chaseBy()).isEqualTo(AS_OF.plusMonths(1));
        assertThat(r.toText()).contains("缺少材料登记", "催收期限 " + AS_OF.plusMonths(1));
    }

    @Test
    void anEarlierRegistrationKeepsItsDates() {
        BuiltDossier d = DossierBuilder.forStandard(STANDARD, 2).subject(zhang()).asOf(AS_OF).without("RESUME").build();
        MissingMaterialEntry earlier = new MissingMaterialEntry(d.dossier().id(), "RESUME", "干部履历表", "resume",
                LocalDate.of(2024, 1, 5), LocalDate.of(2024, 2, 5), null);
        CompletenessReport r = AUDITOR.audit(d.subject(), d.dossier().id(), d.materials(), List.of(earlier), AS_OF);
        assertThat(r.missing()).containsExactly(earlier);
    }

    @Test
    void aNonMemberNeedsNoPartyApplication() {
        Subject s = zhang();
        Subject nonMember = new Subject(s.id(), s.citizenId(), s.name(), s.gender(), s.birthDate(), s.ethnicity(),
                s.workStartDate(), null, s.education(), TitleLevel.NONE, PostLevel.CLERK, 0);
        BuiltDossier d = DossierBuilder.forStandard(STANDARD, 3).subject(nonMember).asOf(AS_OF)
                .without("PARTY_APPLICATION").without("TITLE_EVALUATION").without("APPOINTMENT_APPROVAL").build();
        assertThat(audit(d).findings()).isEmpty();
    }

    @Test
    void onlyFiledMaterialsCount() {
        BuiltDossier d = complete(4);
        List<Material> ms = new ArrayList<>(d.materials());
        Material resume = ms.stream().filter(m -> "RESUME".equals(m.typeCode())).findFirst().orElseThrow();
        long resumes = ms.stream().filter(m -> "RESUME".equals(m.typeCode())).count();
        ms.replaceAll(m -> "RESUME".equals(m.typeCode()) ? m.withStatus(MaterialStatus.RECEIVED) : m);
        CompletenessReport r = AUDITOR.audit(d.subject(), d.dossier().id(), ms, List.of(), AS_OF);
        assertThat(r.findings(FindingCode.MISSING_REQUIRED)).hasSize(1);
        assertThat(r.materialCount()).isEqualTo(ms.size() - (int) resumes);
        assertThat(resume).isNotNull();
    }

    @Test
    @DisplayName("every planted defect kind is reported with its own code on a realistic dossier")
    void eachDefectKindOnARealisticDossier() {
        for (PlantedDefect defect : PlantedDefect.values()) {
            BuiltDossier broken = DossierBuilder.plant(complete(5), STANDARD, defect, 11);
            CompletenessReport r = audit(broken);
            assertThat(r.findings()).as(defect.name()).hasSize(1);
            assertThat(r.findings().get(0).code()).as(defect.name()).isEqualTo(defect.expected());
            assertThat(r.toText()).contains(defect.expected().label());
        }
    }

    @Test
    void findingsAreGroupedByCodeInDeclarationOrder() {
        BuiltDossier d = DossierBuilder.plant(DossierBuilder.plant(complete(6), STANDARD, PlantedDefect.LATE, 1), STANDARD,
                PlantedDefect.MISSING_REQUIRED, 2);
        CompletenessReport r = audit(d);
        assertThat(r.findings()).extracting(f -> f.code())
                .containsExactly(FindingCode.MISSING_REQUIRED, FindingCode.LATE);
    }

    @Test
    void aRepositoryIsAuditedAsAMergeJoinOfDossiersAndMaterials() {
        List<BuiltDossier> built = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            BuiltDossier c = DossierBuilder.forStandard(STANDARD, 100 + i).subject(zhang()).asOf(AS_OF)
                    .dossierId(io.dangan.archive.model.DossierId.of("D" + i)).extraMaterials(8).build();
            built.add(i % 2 == 0 ? c : DossierBuilder.plant(c, STANDARD, PlantedDefect.NUMBERING_GAP, i));
        }
        BuiltDossier empty = DossierBuilder.forStandard(STANDARD, 200).subject(zhang()).asOf(AS_OF)
                .dossierId(io.dangan.archive.model.DossierId.of("D9")).without("RESUME").without("PARTY_APPLICATION")
                .without("EDUCATION_CERTIFICATE").without("TITLE_EVALUATION").without("APPOINTMENT_APPROVAL")
                .without("REGULARISATION_GRADING").without("SALARY_APPROVAL").without("ANNUAL_APPRAISAL").build();
        built.add(empty);
        List<Dossier> dossiers = built.stream().map(BuiltDossier::dossier).toList();
        List<Material> materials = built.stream().flatMap(b -> b.materials().stream()).toList();
        Map<io.dangan.archive.model.DossierId, Subject> subjects = new java.util.HashMap<>();
        built.forEach(b -> subjects.put(b.dossier().id(), b.subject()));
        List<CompletenessReport> reports = new ArrayList<>();
        RepositoryAuditSummary s = new RepositoryAuditor(AUDITOR).audit(dossiers.iterator(), materials.iterator(),
                d -> subjects.get(d.id()), id -> List.of(), AS_OF, reports::add);
        assertThat(s.dossiers()).isEqualTo(7);
        assertThat(s.materials()).isEqualTo(materials.size());
        assertThat(s.dossiersWithFindings()).isEqualTo(4);
        assertThat(s.counts().get(FindingCode.NUMBERING_GAP)).isEqualTo(3);
        assertThat(s.counts().get(FindingCode.MISSING_REQUIRED)).isEqualTo(8);
        assertThat(reports).hasSize(7);
        assertThat(reports.get(6).materialCount()).isZero();
        assertThat(s.toText()).contains("档案 7 卷", "序号断号：3");
    }

    @Provide
    Arbitrary<FilingArbitraries.Planted> defective() {
        return FilingArbitraries.dossiersWithOneDefect(STANDARD);
    }

    @Provide
    Arbitrary<BuiltDossier> completeDossiers() {
        return FilingArbitraries.completeDossiers(STANDARD);
    }

    @Property(tries = 300)
    void aCompleteDossierIsReportedComplete(@ForAll("completeDossiers") BuiltDossier d) {
        assertThat(audit(d).findings()).isEmpty();
    }

    @Property(tries = 500)
    void plantingAnySingleDefectIsReportedExactlyOnce(@ForAll("defective") FilingArbitraries.Planted p) {
        CompletenessReport r = audit(p.defective());
        assertThat(r.findings()).hasSize(1);
        assertThat(r.findings().get(0).code()).isEqualTo(p.defect().expected());
    }
}

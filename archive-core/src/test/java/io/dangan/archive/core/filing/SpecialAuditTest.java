package io.dangan.archive.core.filing;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.core.internal.filing.CompiledStandard;
import io.dangan.archive.core.internal.filing.SpecialAuditor;
import io.dangan.archive.core.json.FilingJson;
import io.dangan.archive.filing.ConflictKind;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactBasis;
import io.dangan.archive.filing.FactConflict;
import io.dangan.archive.filing.FactKind;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.ResolvedFact;
import io.dangan.archive.filing.StatedValue;
import io.dangan.archive.filing.WorkHistoryEntry;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.EducationLevel;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.MaterialStatus;
import io.dangan.archive.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The special audit (专审, 三龄二历一身份) on a realistic dossier of 张建国. */
class SpecialAuditTest {
    static final CompiledStandard STANDARD = new CompiledStandard(FilingStandards.cadre2018());
    static final DossierId DOSSIER = DossierId.of("D-zhang");
    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final LocalDate BIRTH = LocalDate.of(1974, 3, 15);
    static final LocalDate WORK = LocalDate.of(1996, 7, 1);
    static final LocalDate PARTY = LocalDate.of(2001, 6, 20);

    final List<Material> materials = new ArrayList<>();
    final Map<MaterialId, FactSheet> facts = new LinkedHashMap<>();
    Subject subject = CompletenessAuditTest.zhang();

    Material add(String id, String type, String title, LocalDate formed, FactSheet sheet) {
        Material m = new Material(MaterialId.of(id), DOSSIER, STANDARD.type(type).category(), title, type, formed, "某县委组织部",
                formed.plusDays(5), 2, List.of(), MaterialStatus.FILED, materials.size() + 1, 0);
        materials.add(m);
        facts.put(m.id(), sheet);
        return m;
    }

    /** A consistent dossier: résumé, school record, 转正定级表, 入党志愿书. */
    void consistent() {
        add("resume-1998", "RESUME", "干部履历表（1998年）", LocalDate.of(1998, 3, 1), FactSheet.EMPTY.withName("张建国")
                .withBirthDate(BIRTH).withWorkStartDate(WORK).withCadreStatus("干部")
                .withWorkHistory(List.of(new WorkHistoryEntry(WORK, null, "某县财政局", "科员"))));
        add("degree", "EDUCATION_CERTIFICATE", "大学本科毕业生登记表", LocalDate.of(1996, 6, 30), FactSheet.EMPTY
                .withBirthDate(BIRTH).withEducation(List.of(new EducationEntry(EducationLevel.BACHELOR, "某某大学",
                        LocalDate.of(1996, 6, 30)))));
        add("grading", "REGULARISATION_GRADING", "新录用人员转正定级表", LocalDate.of(1997, 7, 10),
                FactSheet.EMPTY.withWorkStartDate(WORK).withCadreStatus("干部"));
        add("party", "PARTY_APPLICATION", "中国共产党入党志愿书", LocalDate.of(2001, 6, 20),
                FactSheet.EMPTY.withBirthDate(BIRTH).withPartyJoinDate(PARTY));
    }

    DeterminationForm audit() {
        return SpecialAuditor.audit(subject, DOSSIER, materials, facts, STANDARD, AS_OF);
    }

    static ResolvedFact fact(DeterminationForm f, FactKind k) {
        return f.fact(k).orElseThrow();
    }

    @Test
    void aConsistentDossierIsDeterminedWithoutConflict() {
        consistent();
        DeterminationForm f = audit();
        assertThat(f.conflicts()).isEmpty();
        assertThat(fact(f, FactKind.BIRTH_DATE).value()).isEqualTo("1974-03-15");
        assertThat(fact(f, FactKind.BIRTH_DATE).basis()).isEqualTo(FactBasis.CONSISTENT_RECORDS);
        assertThat(fact(f, FactKind.WORK_START_DATE).basis()).isEqualTo(FactBasis.AUTHORITY_MATERIAL);
        assertThat(fact(f, FactKind.WORK_START_DATE).sources()).containsExactly(MaterialId.of("grading"));
        assertThat(fact(f, FactKind.PARTY_JOIN_DATE).sources()).containsExactly(MaterialId.of("party"));
        assertThat(fact(f, FactKind.EDUCATION).value()).isEqualTo("大学本科");
        assertThat(fact(f, FactKind.CADRE_STATUS).value()).isEqualTo("干部");
        assertThat(f.facts()).extracting(ResolvedFact::kind).containsExactly(FactKind.values());
        assertThat(f.toText()).contains("专项审核认定表", "出生日期：1974-03-15", "未发现矛盾");
    }

    @Test
    void theEarliestRecordDecidesTheBirthDateAndTheDisagreementIsListed() {
        consistent();
        add("resume-2010", "RESUME", "干部履历表（2010年）", LocalDate.of(2010, 4, 1),
                FactSheet.EMPTY.withBirthDate(LocalDate.of(1975, 3, 15)));
        DeterminationForm f = audit();
        assertThat(fact(f, FactKind.BIRTH_DATE).value()).isEqualTo("1974-03-15");
        assertThat(fact(f, FactKind.BIRTH_DATE).basis()).isEqualTo(FactBasis.EARLIEST_RECORD);
        assertThat(fact(f, FactKind.BIRTH_DATE).sources()).containsExactly(MaterialId.of("degree"));
        FactConflict c = f.conflicts(ConflictKind.MATERIALS_DISAGREE).get(0);
        assertThat(c.fact()).isEqualTo(FactKind.BIRTH_DATE);
        assertThat(c.statements()).extracting(StatedValue::material).extracting(MaterialId::value)
                .containsExactly("degree", "resume-1998", "party", "resume-2010");
        assertThat(f.conflicts()).hasSize(1);
    }

    @Test
    void aCorrectionMaterialOverridesTheEarliestRecord() {
        consistent();
        add("age-2019", "AGE_DETERMINATION", "出生日期认定材料", LocalDate.of(2019, 9, 1),
                FactSheet.EMPTY.withBirthDate(LocalDate.of(1974, 8, 15)));
        DeterminationForm f = audit();
        assertThat(fact(f, FactKind.BIRTH_DATE).value()).isEqualTo("1974-08-15");
        assertThat(fact(f, FactKind.BIRTH_DATE).basis()).isEqualTo(FactBasis.CORRECTION_MATERIAL);
        assertThat(f.conflicts(ConflictKind.MATERIALS_DISAGREE)).isEmpty();
        FactConflict c = f.conflicts(ConflictKind.RECORD_DIFFERS).get(0);
        assertThat(c.fact()).isEqualTo(FactKind.BIRTH_DATE);
        assertThat(c.statements()).extracting(StatedValue::value).containsExactly("1974-03-15", "1974-08-15");
    }

    @Test
    void thePartyApplicationDecidesThePartyAgeAndOtherStatementsThatDisagreeAreListed() {
        consistent();
        add("resume-2005", "RESUME", "干部履历表（2005年）", LocalDate.of(2005, 1, 1),
                FactSheet.EMPTY.withPartyJoinDate(LocalDate.of(2000, 7, 1)));
        DeterminationForm f = audit();
        assertThat(fact(f, FactKind.PARTY_JOIN_DATE).value()).isEqualTo("2001-06-20");
        FactConflict c = f.conflicts(ConflictKind.AUTHORITY_DISAGREES).get(0);
        assertThat(c.fact()).isEqualTo(FactKind.PARTY_JOIN_DATE);
        assertThat(c.statements()).extracting(s -> s.material().value()).containsExactly("party", "resume-2005");
    }

    @Test
    void withoutTheRegularisationFormTheWorkAgeRestsOnTheEarliestRecordAndTheAuthorityIsMissing() {
        consistent();
        materials.removeIf(m -> m.id().value().equals("grading"));
        DeterminationForm f = audit();
        assertThat(fact(f, FactKind.WORK_START_DATE).basis()).isEqualTo(FactBasis.EARLIEST_RECORD);
        assertThat(f.conflicts(ConflictKind.AUTHORITY_MISSING)).extracting(FactConflict::fact)
                .containsExactly(FactKind.WORK_START_DATE);
    }

    @Test
    void aPartyMemberWithNoStatementOfPartyJoinHasAMissingAuthority() {
        consistent();
        materials.removeIf(m -> m.id().value().equals("party"));
        DeterminationForm f = audit();
        assertThat(fact(f, FactKind.PARTY_JOIN_DATE).basis()).isEqualTo(FactBasis.UNDETERMINED);
        assertThat(f.conflicts(ConflictKind.AUTHORITY_MISSING)).extracting(FactConflict::fact)
                .containsExactly(FactKind.PARTY_JOIN_DATE);
    }

    @Test
    void theRecordDifferingFromTheDeterminedWorkStartIsAConflict() {
        consistent();
        subject = new Subject(subject.id(), subject.citizenId(), subject.name(), subject.gender(), BIRTH,
                subject.ethnicity(), LocalDate.of(1995, 7, 1), PARTY, subject.education(), subject.titleLevel(),
                subject.postLevel(), 0);
        DeterminationForm f = audit();
        FactConflict c = f.conflicts(ConflictKind.RECORD_DIFFERS).get(0);
        assertThat(c.fact()).isEqualTo(FactKind.WORK_START_DATE);
        assertThat(c.detail()).contains("1995-07-01", "1996-07-01");
    }

    @Test
    void workingBeforeTheMinimumAgeIsAChronologyConflict() {
        consistent();
        facts.put(MaterialId.of("grading"), FactSheet.EMPTY.withWorkStartDate(LocalDate.of(1988, 9, 1)));
        DeterminationForm f = audit();
        assertThat(f.conflicts(ConflictKind.CHRONOLOGY)).extracting(FactConflict::fact)
                .containsExactly(FactKind.WORK_START_DATE);
        assertThat(f.conflicts(ConflictKind.CHRONOLOGY).get(0).detail()).contains("未满 16 周岁");
    }

    @Test
    void aRecordedEducationWithoutSchoolRecordIsUnsupported() {
        consistent();
        subject = new Subject(subject.id(), subject.citizenId(), subject.name(), subject.gender(), BIRTH,
                subject.ethnicity(), WORK, PARTY, EducationLevel.MASTER, subject.titleLevel(), subject.postLevel(), 0);
        DeterminationForm f = audit();
        assertThat(f.conflicts(ConflictKind.EDUCATION_UNSUPPORTED)).hasSize(1);
        assertThat(f.conflicts(ConflictKind.EDUCATION_UNSUPPORTED).get(0).detail()).contains("硕士研究生", "大学本科");
    }

    @Test
    void aWorkHistoryEntryBeforeTheWorkStartIsListed() {
        consistent();
        add("resume-2003", "RESUME", "干部履历表（2003年）", LocalDate.of(2003, 1, 1), FactSheet.EMPTY
                .withWorkHistory(List.of(new WorkHistoryEntry(LocalDate.of(1994, 3, 1), LocalDate.of(1996, 6, 30),
                        "某乡农技站", "临时工"))));
        DeterminationForm f = audit();
        FactConflict c = f.conflicts(ConflictKind.WORK_HISTORY_BEFORE_WORK_START).get(0);
        assertThat(c.statements()).extracting(s -> s.material().value()).containsExactly("resume-2003");
        assertThat(f.workHistory()).hasSize(2);
    }

    @Test
    void aChangingCadreStatusIsListedForAPerson() {
        consistent();
        add("worker-1995", "OTHER", "招工登记表", LocalDate.of(1996, 7, 2), FactSheet.EMPTY.withCadreStatus("工人"));
        DeterminationForm f = audit();
        assertThat(f.conflicts(ConflictKind.MATERIALS_DISAGREE)).extracting(FactConflict::fact)
                .containsExactly(FactKind.CADRE_STATUS);
    }

    @Test
    void theDeterminationFormHasAStableJsonForm() {
        consistent();
        add("resume-2010", "RESUME", "干部履历表（2010年）", LocalDate.of(2010, 4, 1),
                FactSheet.EMPTY.withBirthDate(LocalDate.of(1975, 3, 15)));
        String json = FilingJson.toJson(audit());
        assertThat(json).isEqualTo(FilingJson.toJson(audit()));
        assertThat(json).contains("\"kind\": \"determination-form\"", "\"fact\": \"BIRTH_DATE\"",
                "\"kind\": \"MATERIALS_DISAGREE\"", "\"material\": \"resume-2010\"");
        assertThat(json.indexOf("\"facts\"")).isLessThan(json.indexOf("\"conflicts\""));
    }

    @Property(tries = 200)
    void theBirthDateIsTheEarliestRecordWhateverTheOrderMaterialsAreGiven(@ForAll @IntRange(min = 0, max = 1000) int shift) {
        consistent();
        add("resume-2010", "RESUME", "干部履历表（2010年）", LocalDate.of(2010, 4, 1),
                FactSheet.EMPTY.withBirthDate(BIRTH.plusDays(1 + shift)));
        java.util.Collections.rotate(materials, shift);
        assertThat(fact(audit(), FactKind.BIRTH_DATE).value()).isEqualTo(BIRTH.toString());
    }
}

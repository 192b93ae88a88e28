package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.ConflictKind;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.EducationEntry;
import io.dangan.archive.filing.FactAuthority;
import io.dangan.archive.filing.FactBasis;
import io.dangan.archive.filing.FactConflict;
import io.dangan.archive.filing.FactKind;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.MaterialType;
import io.dangan.archive.filing.ResolvedFact;
import io.dangan.archive.filing.SpecialAuditPolicy;
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
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The special audit (专审, 三龄二历一身份) of one dossier: resolves each fact from what the filed materials state
 * and lists every conflict with the statements involved.
 *
 * <ul>
 *   <li>Birth date: the earliest record (the statement of the earliest-formed material), unless a material of a
 *       type that is a {@link FactAuthority#BIRTH_DATE_CORRECTION} states one: the latest such correction wins.</li>
 *   <li>Work start: the {@link FactAuthority#WORK_START} material (转正定级表); party join: the
 *       {@link FactAuthority#PARTY_JOIN} material (入党志愿书). Without one, the earliest record is used and the
 *       missing authority is a conflict.</li>
 *   <li>Education: the highest level stated by {@link FactAuthority#EDUCATION} materials.</li>
 *   <li>Work history: the union of stated entries, by start date; cadre status: the latest statement.</li>
 * </ul>
 */
public final class SpecialAuditor {
    /** The pseudo material id used for the dossier record in conflicts. */
    public static final MaterialId RECORD = MaterialId.of("dossier-record");

    private SpecialAuditor() {
    }

    private record Statement<T>(Material material, T value, boolean authority) {
        StatedValue cite(Function<T, String> text) {
            return new StatedValue(material.id(), material.title(), text.apply(value));
        }
    }

    /**
     * Runs the audit.
     *
     * @param subject the subject
     * @param dossier the dossier
     * @param materials the dossier's materials; only filed ones count
     * @param facts the facts each material states
     * @param standard the standard in force
     * @param asOf the audit date
     * @return the determination form
     */
    public static DeterminationForm audit(Subject subject, DossierId dossier, List<Material> materials,
            Map<MaterialId, FactSheet> facts, CompiledStandard standard, LocalDate asOf) {
        List<Material> filed = new ArrayList<>();
        for (Material m : materials) {
            if (m.status() == MaterialStatus.FILED && facts.containsKey(m.id())) {
                filed.add(m);
            }
        }
        filed.sort(Comparator.comparing(Material::formedDate).thenComparing(Material::id));
        SpecialAuditPolicy policy = standard.standard().specialAudit();
        List<ResolvedFact> resolved = new ArrayList<>();
        List<FactConflict> conflicts = new ArrayList<>();

        // 出生日期
        List<Statement<LocalDate>> births = statements(filed, facts, standard, FactSheet::birthDate,
                FactAuthority.BIRTH_DATE_CORRECTION);
        LocalDate birth = subject.birthDate();
        List<Statement<LocalDate>> corrections = births.stream().filter(Statement::authority).toList();
        ResolvedFact birthFact;
        if (!corrections.isEmpty()) {
            Statement<LocalDate> c = corrections.get(corrections.size() - 1);
            birthFact = new ResolvedFact(FactKind.BIRTH_DATE, c.value().toString(), FactBasis.CORRECTION_MATERIAL,
                    List.of(c.material().id()), birth.toString());
            birth = c.value();
        } else if (!births.isEmpty()) {
            Statement<LocalDate> first = births.get(0);
            boolean agree = births.stream().allMatch(s -> s.value().equals(first.value()));
            if (!agree) {
                conflicts.add(new FactConflict(ConflictKind.MATERIALS_DISAGREE, FactKind.BIRTH_DATE,
                        "材料记载的出生日期不一致，按最早记载认定为 %s".formatted(first.value()),
                        cite(births, Object::toString)));
            }
            birthFact = new ResolvedFact(FactKind.BIRTH_DATE, first.value().toString(),
                    agree ? FactBasis.CONSISTENT_RECORDS : FactBasis.EARLIEST_RECORD, List.of(first.material().id()),
                    subject.birthDate().toString());
            birth = first.value();
        } else {
            birthFact = new ResolvedFact(FactKind.BIRTH_DATE, null, FactBasis.UNDETERMINED, List.of(),
                    subject.birthDate().toString());
            conflicts.add(new FactConflict(ConflictKind.AUTHORITY_MISSING, FactKind.BIRTH_DATE,
                    "没有材料记载出生日期", List.of()));
            birth = null;
        }
        resolved.add(birthFact);
        recordDiffers(conflicts, FactKind.BIRTH_DATE, birthFact, subject.birthDate());

        // 参加工作时间
        ResolvedFact work = authoritativeDate(FactKind.WORK_START_DATE, filed, facts, standard, FactSheet::workStartDate,
                FactAuthority.WORK_START, subject.workStartDate(), subject.workStartDate() != null, "转正定级表", conflicts);
        resolved.add(work);
        LocalDate workStart = work.value() == null ? null : LocalDate.parse(work.value());
        if (birth != null && workStart != null && workStart.isBefore(birth.plusYears(policy.minimumWorkAge()))) {
            conflicts.add(new FactConflict(ConflictKind.CHRONOLOGY, FactKind.WORK_START_DATE,
                    "参加工作时间 %s 时未满 %d 周岁（出生日期 %s）".formatted(workStart, policy.minimumWorkAge(), birth),
                    sourcesOf(work, filed)));
        }

        // 入党时间
        ResolvedFact party = authoritativeDate(FactKind.PARTY_JOIN_DATE, filed, facts, standard, FactSheet::partyJoinDate,
                FactAuthority.PARTY_JOIN, subject.partyJoinDate(), subject.partyMember(), "入党志愿书", conflicts);
        resolved.add(party);
        LocalDate partyJoin = party.value() == null ? null : LocalDate.parse(party.value());
        if (birth != null && partyJoin != null && partyJoin.isBefore(birth.plusYears(policy.minimumPartyAge()))) {
            conflicts.add(new FactConflict(ConflictKind.CHRONOLOGY, FactKind.PARTY_JOIN_DATE,
                    "入党时间 %s 时未满 %d 周岁（出生日期 %s）".formatted(partyJoin, policy.minimumPartyAge(), birth),
                    sourcesOf(party, filed)));
        }

        // 学历
        List<EducationEntry> education = new ArrayList<>();
        EducationLevel supported = null;
        List<MaterialId> eduSources = new ArrayList<>();
        List<StatedValue> eduStatements = new ArrayList<>();
        for (Material m : filed) {
            MaterialType type = standard.type(m.typeCode());
            boolean authority = type != null && type.decides(FactAuthority.EDUCATION);
            for (EducationEntry e : facts.get(m.id()).education()) {
                if (!education.contains(e)) {
                    education.add(e);
                }
                eduStatements.add(new StatedValue(m.id(), m.title(), e.level().label() + " " + e.school()));
                if (authority) {
                    if (supported == null || e.level().compareTo(supported) > 0) {
                        supported = e.level();
                    }
                    if (!eduSources.contains(m.id())) {
                        eduSources.add(m.id());
                    }
                }
            }
        }
        education.sort(Comparator.comparing(EducationEntry::level).reversed().thenComparing(EducationEntry::school));
        EducationLevel recordedEdu = subject.education();
        if (supported != null) {
            resolved.add(new ResolvedFact(FactKind.EDUCATION, supported.label(), FactBasis.AUTHORITY_MATERIAL, eduSources,
                    recordedEdu.label()));
            if (recordedEdu.compareTo(supported) > 0) {
                conflicts.add(new FactConflict(ConflictKind.EDUCATION_UNSUPPORTED, FactKind.EDUCATION,
                        "档案记载学历为%s，学历证明材料仅支持%s".formatted(recordedEdu.label(), supported.label()),
                        with(record(recordedEdu.label()), eduStatements)));
            } else if (recordedEdu.compareTo(supported) < 0) {
                conflicts.add(new FactConflict(ConflictKind.RECORD_DIFFERS, FactKind.EDUCATION,
                        "档案记载学历为%s，学历证明材料记载为%s".formatted(recordedEdu.label(), supported.label()),
                        with(record(recordedEdu.label()), eduStatements)));
            }
        } else if (recordedEdu != EducationLevel.NONE) {
            resolved.add(new ResolvedFact(FactKind.EDUCATION, null, FactBasis.UNDETERMINED, List.of(), recordedEdu.label()));
            conflicts.add(new FactConflict(ConflictKind.EDUCATION_UNSUPPORTED, FactKind.EDUCATION,
                    "档案记载学历为%s，但没有学历证明材料".formatted(recordedEdu.label()),
                    with(record(recordedEdu.label()), eduStatements)));
        } else {
            resolved.add(new ResolvedFact(FactKind.EDUCATION, null, FactBasis.NOT_APPLICABLE, List.of(), recordedEdu.label()));
        }

        // 工作经历
        Set<WorkHistoryEntry> history = new LinkedHashSet<>();
        List<MaterialId> historySources = new ArrayList<>();
        for (Material m : filed) {
            for (WorkHistoryEntry w : facts.get(m.id()).workHistory()) {
                if (history.add(w) && workStart != null && w.from().isBefore(workStart)) {
                    conflicts.add(new FactConflict(ConflictKind.WORK_HISTORY_BEFORE_WORK_START, FactKind.WORK_HISTORY,
                            "%s起在%s任%s，早于认定的参加工作时间 %s".formatted(w.from(), w.unit(), w.post(), workStart),
                            List.of(new StatedValue(m.id(), m.title(), w.from() + " " + w.unit() + " " + w.post()))));
                }
                if (!historySources.contains(m.id())) {
                    historySources.add(m.id());
                }
            }
        }
        List<WorkHistoryEntry> workHistory = new ArrayList<>(history);
        workHistory.sort(Comparator.comparing(WorkHistoryEntry::from).thenComparing(WorkHistoryEntry::unit));
        resolved.add(new ResolvedFact(FactKind.WORK_HISTORY, workHistory.isEmpty() ? null : workHistory.size() + " 段",
                workHistory.isEmpty() ? FactBasis.UNDETERMINED : FactBasis.CONSISTENT_RECORDS, historySources, null));

        // 干部身份
        List<Statement<String>> statuses = statements(filed, facts, standard, FactSheet::cadreStatus, null);
        if (statuses.isEmpty()) {
            resolved.add(new ResolvedFact(FactKind.CADRE_STATUS, null, FactBasis.UNDETERMINED, List.of(), null));
        } else {
            Statement<String> latest = statuses.get(statuses.size() - 1);
            boolean agree = statuses.stream().allMatch(s -> s.value().equals(latest.value()));
            resolved.add(new ResolvedFact(FactKind.CADRE_STATUS, latest.value(),
                    agree ? FactBasis.CONSISTENT_RECORDS : FactBasis.UNDETERMINED, List.of(latest.material().id()), null));
            if (!agree) {
                conflicts.add(new FactConflict(ConflictKind.MATERIALS_DISAGREE, FactKind.CADRE_STATUS,
                        "材料记载的身份不一致，身份变化须有审批材料，需人工核实", cite(statuses, s -> s)));
            }
        }
        conflicts.sort(Comparator.comparing(FactConflict::fact));
        return new DeterminationForm(dossier, subject.id(), subject.name(), subject.citizenId().value(), asOf, resolved,
                education, workHistory, conflicts);
    }

    private static ResolvedFact authoritativeDate(FactKind kind, List<Material> filed, Map<MaterialId, FactSheet> facts,
            CompiledStandard standard, Function<FactSheet, @Nullable LocalDate> field, FactAuthority authority,
            @Nullable LocalDate recorded, boolean applies, String authorityName, List<FactConflict> conflicts) {
        List<Statement<LocalDate>> all = statements(filed, facts, standard, field, authority);
        String recordedText = recorded == null ? null : recorded.toString();
        if (all.isEmpty()) {
            if (!applies) {
                return new ResolvedFact(kind, null, FactBasis.NOT_APPLICABLE, List.of(), null);
            }
            conflicts.add(new FactConflict(ConflictKind.AUTHORITY_MISSING, kind,
                    "档案记载%s为 %s，但缺少%s等认定依据材料".formatted(kind.label(), recordedText, authorityName),
                    List.of(record(String.valueOf(recordedText)))));
            return new ResolvedFact(kind, null, FactBasis.UNDETERMINED, List.of(), recordedText);
        }
        List<Statement<LocalDate>> authorities = all.stream().filter(Statement::authority).toList();
        ResolvedFact fact;
        if (!authorities.isEmpty()) {
            Statement<LocalDate> a = authorities.get(0);
            if (authorities.stream().anyMatch(s -> !s.value().equals(a.value()))) {
                conflicts.add(new FactConflict(ConflictKind.MATERIALS_DISAGREE, kind,
                        "多份%s记载的%s不一致".formatted(authorityName, kind.label()), cite(authorities, Object::toString)));
            }
            List<Statement<LocalDate>> others = all.stream().filter(s -> !s.authority() && !s.value().equals(a.value()))
                    .toList();
            if (!others.isEmpty()) {
                List<StatedValue> cited = new ArrayList<>();
                cited.add(a.cite(Object::toString));
                cited.addAll(cite(others, Object::toString));
                conflicts.add(new FactConflict(ConflictKind.AUTHORITY_DISAGREES, kind,
                        "其他材料记载的%s与%s（%s）不一致".formatted(kind.label(), authorityName, a.value()), cited));
            }
            fact = new ResolvedFact(kind, a.value().toString(), FactBasis.AUTHORITY_MATERIAL, List.of(a.material().id()),
                    recordedText);
        } else {
            Statement<LocalDate> first = all.get(0);
            conflicts.add(new FactConflict(ConflictKind.AUTHORITY_MISSING, kind,
                    "缺少%s，暂按最早记载认定为 %s".formatted(authorityName, first.value()), cite(all, Object::toString)));
            fact = new ResolvedFact(kind, first.value().toString(), FactBasis.EARLIEST_RECORD,
                    List.of(first.material().id()), recordedText);
        }
        recordDiffers(conflicts, kind, fact, recorded);
        return fact;
    }

    private static void recordDiffers(List<FactConflict> conflicts, FactKind kind, ResolvedFact fact,
            @Nullable LocalDate recorded) {
        if (fact.value() == null || Objects.equals(fact.value(), recorded == null ? null : recorded.toString())) {
            return;
        }
        List<StatedValue> cited = new ArrayList<>();
        cited.add(record(recorded == null ? "无" : recorded.toString()));
        fact.sources().forEach(id -> cited.add(new StatedValue(id, fact.basis().label(), fact.value())));
        conflicts.add(new FactConflict(ConflictKind.RECORD_DIFFERS, kind,
                "档案记载%s为 %s，认定为 %s".formatted(kind.label(), recorded == null ? "无" : recorded, fact.value()), cited));
    }

    private static <T> List<Statement<T>> statements(List<Material> filed, Map<MaterialId, FactSheet> facts,
            CompiledStandard standard, Function<FactSheet, @Nullable T> field, @Nullable FactAuthority authority) {
        List<Statement<T>> out = new ArrayList<>();
        for (Material m : filed) {
            T v = field.apply(facts.get(m.id()));
            if (v != null) {
                MaterialType type = standard.type(m.typeCode());
                out.add(new Statement<>(m, v, authority != null && type != null && type.decides(authority)));
            }
        }
        return out;
    }

    private static <T> List<StatedValue> cite(List<Statement<T>> statements, Function<T, String> text) {
        List<StatedValue> out = new ArrayList<>();
        statements.forEach(s -> out.add(s.cite(text)));
        return out;
    }

    private static List<StatedValue> sourcesOf(ResolvedFact fact, List<Material> filed) {
        List<StatedValue> out = new ArrayList<>();
        for (Material m : filed) {
            if (fact.sources().contains(m.id())) {
                out.add(new StatedValue(m.id(), m.title(), String.valueOf(fact.value())));
            }
        }
        return out;
    }

    private static StatedValue record(String value) {
        return new StatedValue(RECORD, "档案记载", value);
    }

    private static List<StatedValue> with(StatedValue first, List<StatedValue> rest) {
        List<StatedValue> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }
}

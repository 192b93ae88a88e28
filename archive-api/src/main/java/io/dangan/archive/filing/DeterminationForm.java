package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The per-cadre determination form of the special audit (干部人事档案专项审核认定表, 三龄二历一身份):
 * each fact determined with its basis and sources, and every conflict with the materials involved.
 *
 * @param dossier the dossier
 * @param subject the subject
 * @param name the subject's name
 * @param citizenId the subject's citizen id
 * @param asOf the audit date
 * @param facts one determined fact per {@link FactKind}, in declaration order
 * @param education the education entries found, highest level first
 * @param workHistory the work-history entries found, by start date
 * @param conflicts the conflicts, in fact order
 */
public record DeterminationForm(DossierId dossier, SubjectId subject, String name, String citizenId, LocalDate asOf,
        List<ResolvedFact> facts, List<EducationEntry> education, List<WorkHistoryEntry> workHistory,
        List<FactConflict> conflicts) {
    public DeterminationForm {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(citizenId, "citizenId");
        Objects.requireNonNull(asOf, "asOf");
        facts = List.copyOf(facts);
        education = List.copyOf(education);
        workHistory = List.copyOf(workHistory);
        conflicts = List.copyOf(conflicts);
    }

    /**
     * @param kind a fact
     * @return its determination, or empty
     */
    public Optional<ResolvedFact> fact(FactKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).findFirst();
    }

    /**
     * @param kind a conflict kind
     * @return the conflicts of that kind
     */
    public List<FactConflict> conflicts(ConflictKind kind) {
        return conflicts.stream().filter(c -> c.kind() == kind).toList();
    }

    /** @return a plain-text rendering in Chinese */
    public String toText() {
        StringBuilder b = new StringBuilder("干部人事档案专项审核认定表（三龄二历一身份）\n");
        b.append("姓名：").append(name).append("  公民身份号码：").append(citizenId).append("  档案：").append(dossier)
                .append("  审核日期：").append(asOf).append('\n');
        for (ResolvedFact f : facts) {
            b.append("  ").append(f.kind().label()).append("：").append(f.value() == null ? "—" : f.value())
                    .append("  （").append(f.basis().label());
            if (!f.sources().isEmpty()) {
                b.append("；依据 ").append(String.join("、", f.sources().stream().map(Object::toString).toList()));
            }
            b.append("）");
            if (f.recorded() != null && !f.recorded().equals(f.value())) {
                b.append("  档案记载：").append(f.recorded());
            }
            b.append('\n');
        }
        if (!workHistory.isEmpty()) {
            b.append("工作经历：\n");
            for (WorkHistoryEntry w : workHistory) {
                b.append("  ").append(w.from()).append(" 至 ").append(w.to() == null ? "今" : w.to().toString())
                        .append("  ").append(w.unit()).append("  ").append(w.post()).append('\n');
            }
        }
        if (conflicts.isEmpty()) {
            b.append("审核结论：未发现矛盾。\n");
        } else {
            b.append("发现问题 ").append(conflicts.size()).append(" 项：\n");
            for (FactConflict c : conflicts) {
                b.append("  【").append(c.kind().label()).append("】").append(c.fact().label()).append("：")
                        .append(c.detail()).append('\n');
                for (StatedValue s : c.statements()) {
                    b.append("      ").append(s.material()).append(" ").append(s.title()).append("：").append(s.value())
                            .append('\n');
                }
            }
        }
        return b.toString();
    }
}

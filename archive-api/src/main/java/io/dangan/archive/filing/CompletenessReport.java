package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The completeness audit of one dossier (档案材料齐全性审核报告): its findings and the missing-materials
 * register entries (with chase dates) the missing findings correspond to.
 *
 * @param dossier the dossier
 * @param subject its subject
 * @param subjectName the subject's name, for the rendering
 * @param standard the id of the standard in force on the audit date
 * @param asOf the audit date
 * @param materialCount how many materials were examined
 * @param findings the findings, grouped by code in declaration order, then in catalogue order
 * @param missing one register entry per missing required type
 */
public record CompletenessReport(DossierId dossier, SubjectId subject, String subjectName, String standard,
        LocalDate asOf, int materialCount, List<Finding> findings, List<MissingMaterialEntry> missing) {
    public CompletenessReport {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(subjectName, "subjectName");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        missing = List.copyOf(missing);
    }

    /** @return true when there is no finding */
    public boolean complete() {
        return findings.isEmpty();
    }

    /**
     * @param code a finding code
     * @return the findings with that code
     */
    public List<Finding> findings(FindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }

    /** @return the number of findings per code, codes without finding omitted */
    public Map<FindingCode, Integer> counts() {
        Map<FindingCode, Integer> m = new EnumMap<>(FindingCode.class);
        findings.forEach(f -> m.merge(f.code(), 1, Integer::sum));
        return m;
    }

    /** @return a plain-text rendering in Chinese for the archivist */
    public String toText() {
        StringBuilder b = new StringBuilder("档案材料齐全性审核报告\n");
        b.append("档案：").append(dossier).append("  姓名：").append(subjectName).append("  标准：").append(standard)
                .append("  审核日期：").append(asOf).append('\n');
        b.append("审核材料 ").append(materialCount).append(" 份，发现问题 ").append(findings.size()).append(" 项")
                .append(findings.isEmpty() ? "，材料齐全规范。" : "。").append('\n');
        FindingCode current = null;
        for (Finding f : findings) {
            if (f.code() != current) {
                current = f.code();
                b.append("【").append(current.label()).append("】\n");
            }
            b.append("  ");
            if (f.material() != null) {
                b.append(f.material()).append("：");
            }
            b.append(f.detail()).append('\n');
        }
        if (!missing.isEmpty()) {
            b.append("缺少材料登记：\n");
            for (MissingMaterialEntry e : missing) {
                b.append("  ").append(e.typeName()).append("（").append(e.typeCode()).append("）  登记日期 ")
                        .append(e.registeredOn()).append("  催收期限 ").append(e.chaseBy()).append('\n');
            }
        }
        return b.toString();
    }
}

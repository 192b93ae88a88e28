package io.dangan.archive.filing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The summary of a completeness audit over a whole repository (全库齐全性审核汇总); the per-dossier
 * reports went to the caller's consumer as they were produced, so memory stays constant.
 *
 * @param asOf the audit date
 * @param dossiers how many dossiers were audited
 * @param materials how many materials were examined
 * @param dossiersWithFindings how many dossiers had at least one finding
 * @param counts findings per code; codes without finding map to 0
 */
public record RepositoryAuditSummary(LocalDate asOf, long dossiers, long materials, long dossiersWithFindings,
        Map<FindingCode, Long> counts) {
    public RepositoryAuditSummary {
        Objects.requireNonNull(asOf, "asOf");
        EnumMap<FindingCode, Long> copy = new EnumMap<>(FindingCode.class);
        for (FindingCode c : FindingCode.values()) {
            copy.put(c, counts.getOrDefault(c, 0L));
        }
        counts = Map.copyOf(copy);
    }

    /** @return a plain-text rendering in Chinese */
    public String toText() {
        StringBuilder b = new StringBuilder("全库档案材料齐全性审核汇总  审核日期：").append(asOf).append('\n');
        b.append("档案 ").append(dossiers).append(" 卷，材料 ").append(materials).append(" 份，存在问题的档案 ")
                .append(dossiersWithFindings).append(" 卷\n");
        for (FindingCode c : FindingCode.values()) {
            b.append("  ").append(c.label()).append("：").append(counts.get(c)).append('\n');
        }
        return b.toString();
    }
}

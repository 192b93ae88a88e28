package io.dangan.archive.seal;

import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of verifying seals (完整性检测报告): what was checked and every finding. A report with no findings
 * has passed. Findings are results, not exceptions; nothing is repaired.
 *
 * <p>Construction throws {@link IllegalArgumentException} for a negative count.
 *
 * @param checkedAt when the check ran, from the archive's clock
 * @param dossiers the number of dossiers checked
 * @param seals the number of seal versions checked
 * @param materials the number of materials checked against their leaves
 * @param contentFiles the number of content files hashed
 * @param contentBytes the number of content bytes hashed
 * @param findings the findings, in the order found
 */
public record VerificationReport(Instant checkedAt, int dossiers, int seals, int materials, int contentFiles,
        long contentBytes, List<Finding> findings) {

    /** Validates and copies. */
    public VerificationReport {
        Objects.requireNonNull(checkedAt, "checkedAt");
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        if (dossiers < 0 || seals < 0 || materials < 0 || contentFiles < 0 || contentBytes < 0) {
            throw new IllegalArgumentException("verification report counts must not be negative");
        }
    }

    /** @return whether nothing was found */
    public boolean passed() {
        return findings.isEmpty();
    }

    /**
     * @param code a finding code
     * @return whether some finding has that code
     */
    public boolean has(FindingCode code) {
        return findings.stream().anyMatch(f -> f.code() == code);
    }

    /**
     * @param dossier a dossier
     * @return the findings about that dossier
     */
    public List<Finding> findingsFor(DossierId dossier) {
        return findings.stream().filter(f -> dossier.equals(f.dossier())).toList();
    }

    /** @return the number of findings per DA/T 70 check, in the checks' order; checks without findings are absent */
    public Map<Dat70Item, Integer> countsByItem() {
        Map<Dat70Item, Integer> m = new EnumMap<>(Dat70Item.class);
        for (Finding f : findings) {
            m.merge(f.item(), 1, Integer::sum);
        }
        return m;
    }

    /**
     * Combines reports of separate checks (e.g. one per dossier) into one.
     *
     * @param checkedAt the time of the combined check
     * @param parts the reports
     * @return the sum of counts and the concatenation of findings
     */
    public static VerificationReport combine(Instant checkedAt, List<VerificationReport> parts) {
        int d = 0;
        int s = 0;
        int m = 0;
        int c = 0;
        long b = 0;
        List<Finding> all = new ArrayList<>();
        for (VerificationReport r : parts) {
            d += r.dossiers;
            s += r.seals;
            m += r.materials;
            c += r.contentFiles;
            b += r.contentBytes;
            all.addAll(r.findings);
        }
        return new VerificationReport(checkedAt, d, s, m, c, b, all);
    }

    /** @return a summary for archivists, in Chinese: what was checked and the verdict */
    public String summary() {
        String checked = "检测档案 %d 份、封印 %d 个、材料 %d 份、电子文件 %d 个（%d 字节）".formatted(dossiers, seals,
                materials, contentFiles, contentBytes);
        if (passed()) {
            return checked + "：真实性、完整性检测通过";
        }
        StringBuilder sb = new StringBuilder(checked).append("：发现问题 ").append(findings.size()).append(" 项");
        countsByItem().forEach((item, n) -> sb.append("；").append(item.property().label()).append("·")
                .append(item.label()).append(' ').append(n).append(" 项"));
        return sb.toString();
    }
}

package io.dangan.archive.inventory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The reconciliation of one inventory (盘点报告): counts per outcome, every finding other than {@code FOUND}
 * (found items are counted, not listed), and the read coverage: the locations whose reader or antenna was down
 * during the window, where nothing is declared missing.
 *
 * @param scope the scope
 * @param windowStart when reading started
 * @param windowEnd when it ended
 * @param expected how many items were expected
 * @param found how many were found in place
 * @param misplaced how many were seen elsewhere in scope
 * @param missing how many were not seen though covered
 * @param notVerified how many were not seen at uncovered locations
 * @param unexpected how many tags were seen but not expected
 * @param findings the non-FOUND findings, ordered by kind then tag
 * @param uncovered the uncovered locations, sorted
 */
public record InventoryReport(InventoryScope scope, Instant windowStart, Instant windowEnd, int expected, int found,
        int misplaced, int missing, int notVerified, int unexpected, List<InventoryFinding> findings,
        Set<String> uncovered) {
    public InventoryReport {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        findings = List.copyOf(findings);
        uncovered = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(uncovered));
        if (found + misplaced + missing + notVerified != expected) {
            throw new IllegalArgumentException("found " + found + " + misplaced " + misplaced + " + missing " + missing
                    + " + not verified " + notVerified + " != expected " + expected);
        }
    }

    /** @return whether every expected item was found in place and nothing unexpected was seen */
    public boolean clean() {
        return found == expected && unexpected == 0;
    }

    /**
     * A summary for archivists, in Chinese (盘点摘要), one line per finding after the counts.
     *
     * @return the text
     */
    public String summaryZh() {
        StringBuilder sb = new StringBuilder();
        sb.append("盘点范围 ").append(scope.prefix()).append("（").append(windowStart).append(" 至 ").append(windowEnd)
                .append("）\n");
        sb.append("应在位 ").append(expected).append("，在位 ").append(found).append("，错架 ").append(misplaced)
                .append("，缺失 ").append(missing).append("，未核验 ").append(notVerified).append("，多出 ")
                .append(unexpected).append('\n');
        if (!uncovered.isEmpty()) {
            sb.append("读写器或天线故障、未覆盖的位置：").append(String.join("、", uncovered)).append('\n');
        }
        for (InventoryFinding f : findings) {
            String who = f.dossier() != null ? "档案 " + f.dossier().value() : "标签 " + f.tag();
            switch (f.kind()) {
                case MISPLACED -> sb.append("错架：").append(who).append(" 应在 ").append(f.expectedLocation())
                        .append("，实在 ").append(f.observedLocation());
                case MISSING -> sb.append("缺失：").append(who).append(" 应在 ").append(f.expectedLocation());
                case NOT_VERIFIED -> sb.append("未核验：").append(who).append(" 应在 ").append(f.expectedLocation())
                        .append("（该位置读写器故障）");
                case UNEXPECTED -> sb.append("多出：").append(who).append(" 出现在 ").append(f.observedLocation())
                        .append("（").append(reasonZh(f.reason())).append("）");
                default -> sb.append("在位：").append(who);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static String reasonZh(UnexpectedReason r) {
        return switch (r) {
            case UNKNOWN_TAG -> "未登记标签";
            case ON_LOAN -> "借出或转递中的档案却在库";
            case OTHER_SCOPE -> "属于其他范围";
            case RETIRED_TAG -> "已作废标签";
        };
    }
}

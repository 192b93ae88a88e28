package io.dangan.archive.audit;

import java.util.List;

/**
 * The result of verifying the whole audit log (审计日志校验报告).
 *
 * @param records how many records were read
 * @param checkpoints how many checkpoints were checked
 * @param issues what was found, in sequence order; empty when the log is intact
 */
public record AuditVerification(long records, int checkpoints, List<AuditIssue> issues) {
    public AuditVerification {
        issues = List.copyOf(issues);
    }

    /** @return true when nothing was found */
    public boolean intact() {
        return issues.isEmpty();
    }

    /**
     * @param finding a finding
     * @return true when it was found at least once
     */
    public boolean has(AuditFinding finding) {
        return issues.stream().anyMatch(i -> i.finding() == finding);
    }
}

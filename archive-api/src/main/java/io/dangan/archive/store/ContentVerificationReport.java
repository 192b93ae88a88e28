package io.dangan.archive.store;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of verifying a whole content store (内容存储校验报告): how much was read and what was found.
 * Findings are sorted by code, then entry, so equal stores give equal reports.
 *
 * @param objectsChecked the number of objects read and verified
 * @param bytesChecked the number of bytes read
 * @param findings the findings, empty when everything verified
 */
public record ContentVerificationReport(long objectsChecked, long bytesChecked, List<ContentFinding> findings) {
    /** Validates, copies and sorts. */
    public ContentVerificationReport {
        Objects.requireNonNull(findings, "findings");
        findings = findings.stream()
                .sorted(Comparator.comparing(ContentFinding::code).thenComparing(ContentFinding::entry))
                .toList();
    }

    /** @return whether nothing was found */
    public boolean ok() {
        return findings.isEmpty();
    }

    /**
     * Selects findings of one code.
     *
     * @param code the code
     * @return those findings
     */
    public List<ContentFinding> findings(ContentFindingCode code) {
        return findings.stream().filter(f -> f.code() == code).toList();
    }
}

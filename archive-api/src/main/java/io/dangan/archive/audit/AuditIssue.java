package io.dangan.archive.audit;

import java.util.Objects;

/**
 * One finding of a verification, naming where it is.
 *
 * @param finding what was found
 * @param sequence the record's sequence (or the checkpoint's tree size for checkpoint findings)
 * @param detail expected versus actual, in plain words
 */
public record AuditIssue(AuditFinding finding, long sequence, String detail) {
    public AuditIssue {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(detail, "detail");
    }

    @Override
    public String toString() {
        return finding + " at " + sequence + ": " + detail;
    }
}

package io.dangan.archive.filing;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The record of one acceptance review (审核记录): a result for each of the seven checks, and whether the
 * material reached the dossier office later than the filing deadline after its formation (逾期, flagged,
 * not a failure).
 *
 * <p>Construction throws {@link IllegalArgumentException} unless there is exactly one result per check, in
 * check order.
 *
 * @param material the material
 * @param dossier its dossier
 * @param reviewer who reviewed it
 * @param reviewedAt when, from the archive's clock
 * @param results one result per {@link ReviewCheck}, in declaration order
 * @param late true when received later than the standard's filing deadline after formation
 * @param daysAfterFormation days between formation and receipt
 */
public record ReviewRecord(MaterialId material, DossierId dossier, String reviewer, Instant reviewedAt,
        List<CheckResult> results, boolean late, long daysAfterFormation) {
    public ReviewRecord {
        Objects.requireNonNull(material, "material");
        Objects.requireNonNull(dossier, "dossier");
        reviewer = Texts.require(reviewer, "review/reviewer", 64);
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        results = List.copyOf(results);
        ReviewCheck[] checks = ReviewCheck.values();
        if (results.size() != checks.length) {
            throw new IllegalArgumentException("review of " + material + " has " + results.size() + " results, expected "
                    + checks.length);
        }
        for (int i = 0; i < checks.length; i++) {
            if (results.get(i).check() != checks[i]) {
                throw new IllegalArgumentException("review of " + material + ": result " + i + " is "
                        + results.get(i).check() + ", expected " + checks[i]);
            }
        }
    }

    /** @return true when every check passed (审核通过) */
    public boolean passed() {
        return results.stream().allMatch(CheckResult::passed);
    }

    /** @return the failed checks' results, in check order */
    public List<CheckResult> failures() {
        return results.stream().filter(r -> !r.passed()).toList();
    }

    /** @return the failed checks */
    public Set<ReviewCheck> failedChecks() {
        Set<ReviewCheck> s = EnumSet.noneOf(ReviewCheck.class);
        failures().forEach(r -> s.add(r.check()));
        return s;
    }
}

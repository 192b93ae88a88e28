package io.dangan.archive.filing;

import java.util.Objects;

/**
 * The result of one review check with its reason (审核意见).
 *
 * @param check the check
 * @param passed true when the material passed it
 * @param reason why: the failure in Chinese, or {@code 符合要求} when passed
 */
public record CheckResult(ReviewCheck check, boolean passed, String reason) {
    public CheckResult {
        Objects.requireNonNull(check, "check");
        reason = Texts.require(reason, "checkResult/" + check + "/reason", 500);
    }

    /**
     * @param check the check
     * @return a pass with the standard reason
     */
    public static CheckResult pass(ReviewCheck check) {
        return new CheckResult(check, true, "符合要求");
    }

    /**
     * @param check the check
     * @param reason why it failed
     * @return a failure
     */
    public static CheckResult fail(ReviewCheck check, String reason) {
        return new CheckResult(check, false, reason);
    }
}

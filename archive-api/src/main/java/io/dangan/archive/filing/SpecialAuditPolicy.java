package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/**
 * Plausibility limits of the special audit (专审), shipped as data with the standard because they are
 * local practice rather than sourced rules.
 *
 * <p>Construction throws {@link InvalidInputException} when an age is outside 0-100.
 *
 * @param minimumWorkAge the youngest plausible age at work start, in years (commonly 16)
 * @param minimumPartyAge the youngest age at party join, in years (18 by the party constitution)
 */
public record SpecialAuditPolicy(int minimumWorkAge, int minimumPartyAge) {
    /** Sixteen years for work start, eighteen for party join. */
    public static final SpecialAuditPolicy DEFAULT = new SpecialAuditPolicy(16, 18);

    public SpecialAuditPolicy {
        if (minimumWorkAge < 0 || minimumWorkAge > 100 || minimumPartyAge < 0 || minimumPartyAge > 100) {
            throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, "specialAudit",
                    "minimum ages %d/%d are outside 0-100".formatted(minimumWorkAge, minimumPartyAge));
        }
    }
}

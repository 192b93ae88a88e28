package io.dangan.archive.environment;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/**
 * The limits of one measure in one room type (限值).
 *
 * <p>A value outside {@code [low, high]} raises an {@link Severity#ALERT}; beyond it by more than
 * {@code warningMargin} a {@link Severity#WARNING}; by more than {@code criticalMargin} a {@link Severity#CRITICAL}.
 * An alert clears only once the value is back inside the band by {@code deadBand} (hysteresis), and a tier drops
 * only once the value is back within the lower tier by {@code deadBand}. {@code maxSwing} bounds the maximum minus
 * the minimum over the last 24 hours; {@code maxRatePerHour} bounds the change over the last hour.
 *
 * <p>Construction throws {@link InvalidInputException} with {@code ENVIRONMENT_PROFILE_INVALID}.
 *
 * @param low the lowest acceptable value
 * @param high the highest acceptable value
 * @param warningMargin how far beyond the band a warning starts, above 0
 * @param criticalMargin how far beyond the band critical starts, above the warning margin
 * @param deadBand the hysteresis, at least 0
 * @param maxSwing the largest 24-hour swing (maximum minus minimum), above 0
 * @param maxRatePerHour the largest change per hour, above 0
 */
public record Limits(double low, double high, double warningMargin, double criticalMargin, double deadBand,
        double maxSwing, double maxRatePerHour) {
    public Limits {
        double[] all = {low, high, warningMargin, criticalMargin, deadBand, maxSwing, maxRatePerHour};
        for (double d : all) {
            if (!Double.isFinite(d)) {
                throw invalid("a limit is not a finite number");
            }
        }
        if (low >= high) {
            throw invalid("band " + low + ".." + high + " is empty");
        }
        if (warningMargin <= 0 || criticalMargin <= warningMargin) {
            throw invalid("margins warning " + warningMargin + " and critical " + criticalMargin
                    + " must satisfy 0 < warning < critical");
        }
        if (deadBand < 0 || deadBand * 2 >= high - low) {
            throw invalid("dead-band " + deadBand + " must be at least 0 and under half the band " + low + ".." + high);
        }
        if (maxSwing <= 0 || maxRatePerHour <= 0) {
            throw invalid("swing " + maxSwing + " and rate " + maxRatePerHour + " must be positive");
        }
    }

    private static InvalidInputException invalid(String message) {
        return new InvalidInputException(ErrorCode.ENVIRONMENT_PROFILE_INVALID, "limits", message);
    }

    /**
     * @param value a value
     * @return how far outside the band it is, 0 inside
     */
    public double excess(double value) {
        return value < low ? low - value : value > high ? value - high : 0.0;
    }

    /**
     * @param value a value
     * @return its distance beyond the nearer limit: positive outside the band, negative inside
     */
    public double signedExcess(double value) {
        return value >= (low + high) / 2 ? value - high : low - value;
    }
}

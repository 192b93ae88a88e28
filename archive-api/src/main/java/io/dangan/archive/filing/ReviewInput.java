package io.dangan.archive.filing;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What the reviewer (审核人) found by looking at the material: an objection per check that failed to the
 * eye, with its reason. Checks without objection pass unless the engine finds a failure in the data.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when the reviewer or a reason is blank.
 *
 * @param reviewer the reviewer's principal id, 1-64 characters
 * @param objections reasons per failed check, possibly empty
 */
public record ReviewInput(String reviewer, Map<ReviewCheck, String> objections) {
    public ReviewInput {
        reviewer = Texts.require(reviewer, "review/reviewer", 64);
        EnumMap<ReviewCheck, String> copy = new EnumMap<>(ReviewCheck.class);
        for (Map.Entry<ReviewCheck, String> e : objections.entrySet()) {
            copy.put(Objects.requireNonNull(e.getKey(), "check"), Texts.require(e.getValue(), "review/" + e.getKey(), 500));
        }
        objections = Map.copyOf(copy);
    }

    /**
     * @param reviewer the reviewer
     * @return an input with no objection
     */
    public static ReviewInput noObjections(String reviewer) {
        return new ReviewInput(reviewer, Map.of());
    }

    /**
     * @param check a check
     * @param reason the objection
     * @return a copy with one more objection
     */
    public ReviewInput object(ReviewCheck check, String reason) {
        EnumMap<ReviewCheck, String> copy = new EnumMap<>(ReviewCheck.class);
        copy.putAll(objections);
        copy.put(check, reason);
        return new ReviewInput(reviewer, copy);
    }
}

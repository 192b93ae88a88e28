package io.dangan.archive.filing;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One work-history entry (工作经历) a material states.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} when the end precedes the start.
 *
 * @param from the start
 * @param to the end, or {@code null} for the current post
 * @param unit the unit, 1-128 characters
 * @param post the post, 1-128 characters
 */
public record WorkHistoryEntry(LocalDate from, @Nullable LocalDate to, String unit, String post) {
    public WorkHistoryEntry {
        Objects.requireNonNull(from, "from");
        unit = Texts.require(unit, "workHistory/unit", 128);
        post = Texts.require(post, "workHistory/post", 128);
        if (to != null && to.isBefore(from)) {
            throw new io.dangan.archive.InvalidInputException(io.dangan.archive.ErrorCode.DATE_ORDER, "workHistory/to",
                    "work-history entry at %s ends %s before it starts %s".formatted(unit, to, from));
        }
    }
}

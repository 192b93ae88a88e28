package io.dangan.archive.filing;

import io.dangan.archive.model.EducationLevel;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One education entry (学历) a material states.
 *
 * @param level the level
 * @param school the school, 1-128 characters
 * @param completed the completion date, or {@code null} when not stated
 */
public record EducationEntry(EducationLevel level, String school, @Nullable LocalDate completed) {
    public EducationEntry {
        Objects.requireNonNull(level, "level");
        school = Texts.require(school, "education/school", 128);
    }
}

package io.dangan.archive.model;

import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a subject (the cadre, 干部): 1 to 64 characters, letters, digits, {@code .}, {@code _} or {@code -},
 * starting with a letter or digit. Integrators may use their own numbering (e.g. an archive number,
 * 档号) or {@link #random()}.
 *
 * <p>Construction throws {@link io.dangan.archive.InvalidInputException} with code {@code ID_MALFORMED}.
 *
 * @param value the identifier text
 */
public record SubjectId(String value) implements Comparable<SubjectId> {
    public SubjectId {
        Ids.check(Objects.requireNonNull(value, "value"), "SubjectId");
    }

    /**
     * Parses an identifier.
     *
     * @param value the identifier text
     * @return the id
     */
    public static SubjectId of(String value) {
        return new SubjectId(value);
    }

    /** @return a new random identifier (a UUID in its canonical text form) */
    public static SubjectId random() {
        return new SubjectId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(SubjectId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

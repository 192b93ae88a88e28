package io.dangan.archive.store;

import java.util.Objects;

/**
 * One finding of a content verification (校验发现).
 *
 * @param code what was found
 * @param entry the object's address in {@code algorithm:hex} form, or the foreign entry's name
 * @param detail a sentence with expected versus actual, for the report
 */
public record ContentFinding(ContentFindingCode code, String entry, String detail) {
    /** Validates. */
    public ContentFinding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(entry, "entry");
        Objects.requireNonNull(detail, "detail");
    }
}

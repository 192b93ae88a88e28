package io.dangan.archive.core.internal.persistence;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;

/** Reads enum constants stored by name; an unknown name means the row was written by something else. */
final class Enums {
    private Enums() {
    }

    static <E extends Enum<E>> E of(Class<E> type, String name, String rowId) {
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IntegrityException(ErrorCode.STORE_FAILURE, rowId,
                    "stored row %s holds %s '%s', which is not a known constant".formatted(
                            rowId, type.getSimpleName(), name), e);
        }
    }
}

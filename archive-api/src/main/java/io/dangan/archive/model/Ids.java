package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/** Syntax of typed identifiers; not part of the API. */
final class Ids {
    static final int MAX_LENGTH = 64;

    private Ids() {
    }

    static void check(String value, String kind) {
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new InvalidInputException(ErrorCode.ID_MALFORMED, kind,
                    "%s '%s' has length %d, expected 1 to %d".formatted(kind, value, value.length(), MAX_LENGTH));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!(alnum || (i > 0 && (c == '.' || c == '_' || c == '-')))) {
                throw new InvalidInputException(ErrorCode.ID_MALFORMED, kind,
                        "%s '%s': character %d is '%c', expected a letter, digit%s".formatted(
                                kind, value, i + 1, c, i == 0 ? "" : ", '.', '_' or '-'"));
            }
        }
    }
}

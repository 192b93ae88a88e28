package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/** Shared argument checks for model values (模型校验); not part of the API. */
final class Checks {
    private Checks() {
    }

    /** Returns the stripped text, or throws when it is blank or longer than {@code max} characters. */
    static String text(String value, String field, int max) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        String s = value.strip();
        if (s.isEmpty()) {
            throw new InvalidInputException(ErrorCode.REQUIRED_VALUE_MISSING, field, field + " is blank");
        }
        if (s.codePointCount(0, s.length()) > max) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, field,
                    "%s is %d characters long, at most %d allowed".formatted(field, s.codePointCount(0, s.length()), max));
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, field,
                        "%s has a control character at index %d".formatted(field, i));
            }
        }
        return s;
    }
}

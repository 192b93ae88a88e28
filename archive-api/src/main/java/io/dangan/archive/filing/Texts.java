package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;

/** Shared argument checks for filing values; not part of the API. */
final class Texts {
    private Texts() {
    }

    /** Returns the stripped text, or throws when it is blank or longer than {@code max} characters. */
    static String require(String value, String field, int max) {
        if (value == null) {
            throw new NullPointerException(field);
        }
        String s = value.strip();
        if (s.isEmpty()) {
            throw new InvalidInputException(ErrorCode.REQUIRED_VALUE_MISSING, field, field + " is blank");
        }
        int length = s.codePointCount(0, s.length());
        if (length > max) {
            throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, field,
                    "%s is %d characters long, at most %d allowed".formatted(field, length, max));
        }
        for (int i = 0; i < s.length(); i++) {
            if (Character.isISOControl(s.charAt(i))) {
                throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, field,
                        "%s has a control character at index %d".formatted(field, i));
            }
        }
        return s;
    }

    /** A material type code: upper-case letters, digits and underscores, 1-64 characters, starting with a letter. */
    static String typeCode(String value, String field) {
        String s = require(value, field, 64);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (i > 0 && ((c >= '0' && c <= '9') || c == '_'));
            if (!ok) {
                throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, field,
                        "%s '%s': character %d is '%c', expected A-Z%s".formatted(
                                field, s, i + 1, c, i == 0 ? "" : ", 0-9 or _"));
            }
        }
        return s;
    }

    /** A standard id: lower-case letters, digits, '.', '_' and '-', 1-64 characters, starting with a letter or digit. */
    static String standardId(String value, String field) {
        String s = require(value, field, 64);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
            if (!(alnum || (i > 0 && (c == '.' || c == '_' || c == '-')))) {
                throw new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, field,
                        "%s '%s': character %d is '%c', expected a-z, 0-9%s".formatted(
                                field, s, i + 1, c, i == 0 ? "" : ", '.', '_' or '-'"));
            }
        }
        return s;
    }
}

package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/**
 * A unit's unified social credit code (统一社会信用代码) per GB 32100-2015: 18 characters from a
 * 31-character alphabet (digits and upper-case letters without I, O, S, V, Z), the last a MOD 31
 * check character.
 *
 * <p>Construction throws {@link InvalidInputException} with codes {@code UNIT_CODE_*}.
 *
 * @param value the 18-character canonical form
 */
public record UnitCode(String value) {
    /** The code alphabet; a character's index is its numeric value. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public UnitCode {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw invalid(ErrorCode.UNIT_CODE_LENGTH, value, "length is %d, expected 18".formatted(value.length()));
        }
        for (int i = 0; i < 18; i++) {
            if (ALPHABET.indexOf(value.charAt(i)) < 0) {
                throw invalid(ErrorCode.UNIT_CODE_CHARACTER, value,
                        "position %d is '%c', expected one of %s".formatted(i + 1, value.charAt(i), ALPHABET));
            }
        }
        char expected = checkCharacter(value);
        if (value.charAt(17) != expected) {
            throw invalid(ErrorCode.UNIT_CODE_CHECK, value,
                    "check character is %c, expected %c".formatted(value.charAt(17), expected));
        }
    }

    /**
     * Parses a code leniently (strips blanks, upper-cases).
     *
     * @param text the code as written
     * @return the code
     * @throws InvalidInputException when the text is not a valid code
     */
    public static UnitCode of(String text) {
        return new UnitCode(Objects.requireNonNull(text, "text").strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Computes the check character over the first 17 characters, which must be from the alphabet.
     *
     * @param code at least 17 leading characters of the code alphabet
     * @return the check character
     */
    public static char checkCharacter(CharSequence code) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        int c = 31 - sum % 31;
        return ALPHABET.charAt(c == 31 ? 0 : c);
    }

    @Override
    public String toString() {
        return value;
    }

    private static InvalidInputException invalid(ErrorCode code, String value, String what) {
        return new InvalidInputException(code, "unitCode", "unit code " + value + ": " + what);
    }
}

package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A resident identity number (公民身份号码) per GB 11643-1999: six digits of region code, eight of
 * birth date, three of sequence (odd for men, even for women) and an ISO 7064 MOD 11-2 check
 * character ({@code X} stands for 10).
 *
 * <p>The canonical constructor accepts only the canonical 18-character upper-case form;
 * {@link #of(String)} also strips blanks, upper-cases a trailing {@code x} and upgrades a legacy
 * 15-digit number (births in the 1900s, no check character) to 18 characters.
 *
 * <p>Construction throws {@link InvalidInputException} with codes {@code CITIZEN_ID_*} naming the position and what was expected.
 *
 * @param value the 18-character canonical form
 */
public record CitizenId(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};
    /** Province-level codes of GB/T 2260 (first two digits), plus 83 for Taiwan residents' permits. */
    private static final String PROVINCES =
            "11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83";

    public CitizenId {
        Objects.requireNonNull(value, "value");
        if (value.length() != 18) {
            throw invalid(ErrorCode.CITIZEN_ID_LENGTH, value, "length is %d, expected 18".formatted(value.length()));
        }
        for (int i = 0; i < 17; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(ErrorCode.CITIZEN_ID_CHARACTER, value,
                        "position %d is '%c', expected a digit".formatted(i + 1, c));
            }
        }
        char last = value.charAt(17);
        if (!(last >= '0' && last <= '9') && last != 'X') {
            throw invalid(ErrorCode.CITIZEN_ID_CHARACTER, value,
                    "position 18 is '%c', expected a digit or X".formatted(last));
        }
        checkRegion(value);
        parseBirth(value, value.substring(6, 14), 7);
        char expected = checkCharacter(value);
        if (last != expected) {
            throw invalid(ErrorCode.CITIZEN_ID_CHECK, value,
                    "check character is %c, expected %c".formatted(last, expected));
        }
    }

    /**
     * Parses a citizen id leniently: surrounding blanks are stripped, a lower-case {@code x} is accepted,
     * and a legacy 15-digit number is upgraded to 18 characters (century 19, computed check character).
     *
     * @param text the id as written
     * @return the canonical id
     * @throws InvalidInputException when the text is not a valid id
     */
    public static CitizenId of(String text) {
        Objects.requireNonNull(text, "text");
        String s = text.strip().toUpperCase(java.util.Locale.ROOT);
        if (s.length() == 15) {
            return new CitizenId(upgrade(s));
        }
        return new CitizenId(s);
    }

    /**
     * Upgrades a legacy 15-digit id (GB 11643-1989) to the 18-character form.
     *
     * @param legacy fifteen digits
     * @return the 18-character form with its check character
     */
    static String upgrade(String legacy) {
        for (int i = 0; i < 15; i++) {
            char c = legacy.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(ErrorCode.CITIZEN_ID_CHARACTER, legacy,
                        "legacy 15-digit id: position %d is '%c', expected a digit".formatted(i + 1, c));
            }
        }
        String body = legacy.substring(0, 6) + "19" + legacy.substring(6);
        return body + checkCharacter(body);
    }

    /**
     * Computes the ISO 7064 MOD 11-2 check character over the first 17 digits.
     *
     * @param id at least 17 leading digits
     * @return the check character, {@code 0}-{@code 9} or {@code X}
     */
    public static char checkCharacter(CharSequence id) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (id.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** @return the birth date encoded in positions 7-14 */
    public LocalDate birthDate() {
        return parseBirth(value, value.substring(6, 14), 7);
    }

    /** @return the gender encoded by the parity of the sequence digit (position 17) */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** @return the six-digit administrative division code of registration */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** @return the id with the middle birth-date digits masked, for display in logs and reports */
    public String masked() {
        return value.substring(0, 6) + "********" + value.substring(14);
    }

    @Override
    public String toString() {
        return value;
    }

    private static void checkRegion(String value) {
        String province = value.substring(0, 2);
        if (!PROVINCES.contains(province) || province.indexOf(' ') >= 0) {
            throw invalid(ErrorCode.CITIZEN_ID_REGION, value,
                    "positions 1-2 are %s, expected a province code of GB/T 2260".formatted(province));
        }
    }

    private static LocalDate parseBirth(String value, String digits, int position) {
        int year = Integer.parseInt(digits.substring(0, 4));
        int month = Integer.parseInt(digits.substring(4, 6));
        int day = Integer.parseInt(digits.substring(6, 8));
        if (year < 1900) {
            throw invalid(ErrorCode.CITIZEN_ID_BIRTH_DATE, value,
                    "positions %d-%d: birth year %d is before 1900".formatted(position, position + 3, year));
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw invalid(ErrorCode.CITIZEN_ID_BIRTH_DATE, value,
                    "positions %d-%d: %s is not a calendar date".formatted(position, position + 7, digits));
        }
    }

    private static InvalidInputException invalid(ErrorCode code, String value, String what) {
        return new InvalidInputException(code, "citizenId", "citizen id " + value + ": " + what);
    }
}

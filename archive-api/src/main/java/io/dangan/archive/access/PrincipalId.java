package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Objects;

/**
 * Identifier of a user account (用户): 1 to 64 characters, letters, digits, {@code .}, {@code _},
 * {@code -} or {@code @}, starting with a letter or digit.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code ID_MALFORMED}.
 *
 * @param value the identifier text
 */
public record PrincipalId(String value) implements Comparable<PrincipalId> {
    public PrincipalId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new InvalidInputException(ErrorCode.ID_MALFORMED, "PrincipalId",
                    "PrincipalId '%s' has length %d, expected 1 to 64".formatted(value, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!(alnum || (i > 0 && (c == '.' || c == '_' || c == '-' || c == '@')))) {
                throw new InvalidInputException(ErrorCode.ID_MALFORMED, "PrincipalId",
                        "PrincipalId '%s': character %d is '%c', expected a letter or digit%s"
                                .formatted(value, i + 1, c, i == 0 ? "" : " or one of . _ - @"));
            }
        }
    }

    /**
     * @param value the identifier text
     * @return the id
     */
    public static PrincipalId of(String value) {
        return new PrincipalId(value);
    }

    @Override
    public int compareTo(PrincipalId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of an approval (审批单号): 1 to 64 characters, letters, digits, {@code .}, {@code _} or
 * {@code -}, starting with a letter or digit.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code ID_MALFORMED}.
 *
 * @param value the identifier text
 */
public record ApprovalId(String value) implements Comparable<ApprovalId> {
    public ApprovalId {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new InvalidInputException(ErrorCode.ID_MALFORMED, "ApprovalId",
                    "ApprovalId '%s' has length %d, expected 1 to 64".formatted(value, value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!(alnum || (i > 0 && (c == '.' || c == '_' || c == '-')))) {
                throw new InvalidInputException(ErrorCode.ID_MALFORMED, "ApprovalId",
                        "ApprovalId '%s': character %d is '%c', expected a letter or digit%s"
                                .formatted(value, i + 1, c, i == 0 ? "" : " or one of . _ -"));
            }
        }
    }

    /**
     * @param value the identifier text
     * @return the id
     */
    public static ApprovalId of(String value) {
        return new ApprovalId(value);
    }

    /** @return a new random id */
    public static ApprovalId random() {
        return new ApprovalId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(ApprovalId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.dangan.archive.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifier of a hand-over record (移交登记): 1 to 64 characters, letters, digits, {@code .}, {@code _} or
 * {@code -}, starting with a letter or digit.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code ID_MALFORMED}.
 *
 * @param value the identifier text
 */
public record HandOverId(String value) implements Comparable<HandOverId> {
    public HandOverId {
        Objects.requireNonNull(value, "value");
        boolean ok = !value.isEmpty() && value.length() <= 64;
        for (int i = 0; ok && i < value.length(); i++) {
            char c = value.charAt(i);
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            ok = alnum || (i > 0 && (c == '.' || c == '_' || c == '-'));
        }
        if (!ok) {
            throw new InvalidInputException(ErrorCode.ID_MALFORMED, "HandOverId",
                    "HandOverId '%s' must be 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit"
                            .formatted(value));
        }
    }

    /**
     * @param value the identifier text
     * @return the id
     */
    public static HandOverId of(String value) {
        return new HandOverId(value);
    }

    /** @return a new random identifier */
    public static HandOverId random() {
        return new HandOverId(UUID.randomUUID().toString());
    }

    @Override
    public int compareTo(HandOverId o) {
        return value.compareTo(o.value);
    }

    @Override
    public String toString() {
        return value;
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.util.Objects;

/** Argument checks shared by the SPI's values; not part of the API. */
final class Checks {
    private Checks() {
    }

    static String name(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank() || value.length() > 128) {
            throw new IllegalArgumentException(field + " '" + value + "' must be 1 to 128 non-blank characters");
        }
        for (int i = 0; i < value.length(); i++) {
            if (Character.isISOControl(value.charAt(i))) {
                throw new IllegalArgumentException(field + " has a control character at index " + i);
            }
        }
        return value;
    }

    static Duration positive(Duration value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(field + " is " + value + ", expected a positive duration");
        }
        return value;
    }

    static long sequence(long sequence) {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence " + sequence + " is negative");
        }
        return sequence;
    }
}

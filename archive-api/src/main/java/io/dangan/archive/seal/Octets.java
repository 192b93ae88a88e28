package io.dangan.archive.seal;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * An immutable byte string (字节串): a signature, a timestamp token, an encoded leaf or key. Equality is by
 * content; the array is copied on the way in and on the way out.
 *
 * @param value the bytes
 */
public record Octets(byte[] value) {
    /** Copies the bytes. */
    public Octets {
        value = Objects.requireNonNull(value, "value").clone();
    }

    /**
     * Wraps a copy of bytes.
     *
     * @param bytes the bytes
     * @return the byte string
     */
    public static Octets of(byte[] bytes) {
        return new Octets(bytes);
    }

    /**
     * Parses lower- or upper-case hexadecimal.
     *
     * @param hex the text, an even number of hex digits
     * @return the byte string
     * @throws IllegalArgumentException when the text is not hexadecimal
     */
    public static Octets fromHex(String hex) {
        return new Octets(HexFormat.of().parseHex(hex));
    }

    /** @return a fresh copy of the bytes */
    @Override
    public byte[] value() {
        return value.clone();
    }

    /** @return the number of bytes */
    public int length() {
        return value.length;
    }

    /** @return the bytes in lower-case hexadecimal */
    public String hex() {
        return HexFormat.of().formatHex(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Octets other && Arrays.equals(value, other.value);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(value);
    }

    @Override
    public String toString() {
        return value.length <= 16 ? hex() : hex().substring(0, 32) + "…(" + value.length + " bytes)";
    }
}

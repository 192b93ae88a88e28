package io.dangan.archive.model;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A digest value (摘要值) with its algorithm, held as lower-case hex so that equality is by value.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code CONTENT_REF_INVALID} when the hex is malformed.
 *
 * @param algorithm the algorithm that produced it
 * @param hex the digest in lower-case hexadecimal, {@code 2 × algorithm.length()} characters
 */
public record Digest(DigestAlgorithm algorithm, String hex) {
    public Digest {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(hex, "hex");
        if (hex.length() != algorithm.length() * 2) {
            throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "digest",
                    "%s digest has %d hex characters, expected %d".formatted(
                            algorithm.standardName(), hex.length(), algorithm.length() * 2));
        }
        for (int i = 0; i < hex.length(); i++) {
            char c = hex.charAt(i);
            if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
                throw new InvalidInputException(ErrorCode.CONTENT_REF_INVALID, "digest",
                        "%s digest: character %d is '%c', expected lower-case hex".formatted(
                                algorithm.standardName(), i + 1, c));
            }
        }
    }

    /**
     * Wraps raw digest bytes.
     *
     * @param algorithm the algorithm
     * @param bytes the digest, exactly {@code algorithm.length()} bytes
     * @return the digest
     */
    public static Digest of(DigestAlgorithm algorithm, byte[] bytes) {
        return new Digest(algorithm, HexFormat.of().formatHex(bytes));
    }

    /** @return a fresh copy of the digest bytes */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex);
    }

    @Override
    public String toString() {
        return algorithm.standardName() + ":" + hex;
    }
}

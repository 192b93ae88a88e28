package io.dangan.archive.crypto;

import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * The outcome of hashing one message (摘要结果): its length and one digest per algorithm.
 *
 * @param size the number of bytes hashed
 * @param digests the digests, one per algorithm, in {@link DigestAlgorithm} order
 */
public record HashResult(long size, List<Digest> digests) {
    /** Validates and copies. */
    public HashResult {
        if (size < 0) {
            throw new IllegalArgumentException("size is " + size + ", expected zero or more");
        }
        digests = List.copyOf(Objects.requireNonNull(digests, "digests"));
    }

    /**
     * Returns the digest of one algorithm.
     *
     * @param algorithm the algorithm
     * @return its digest
     * @throws NoSuchElementException when this result has no digest for it
     */
    public Digest digest(DigestAlgorithm algorithm) {
        for (Digest d : digests) {
            if (d.algorithm() == algorithm) {
                return d;
            }
        }
        throw new NoSuchElementException("no " + algorithm.standardName() + " digest in " + digests);
    }
}

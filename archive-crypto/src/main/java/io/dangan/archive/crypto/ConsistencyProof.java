package io.dangan.archive.crypto;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.crypto.internal.MerkleVerification;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * A consistency proof (一致性证明, RFC 6962 §2.1.2): the hashes showing that the tree of {@code oldSize}
 * leaves is a prefix of the tree of {@code newSize} leaves, so a later seal only extends an earlier one.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code MERKLE_PROOF_MALFORMED} when a size is
 * negative, {@code oldSize > newSize}, or a path hash is of another algorithm.
 *
 * @param algorithm the tree's hash
 * @param oldSize the earlier tree size
 * @param newSize the later tree size
 * @param path the proof hashes in RFC 6962 order
 */
public record ConsistencyProof(DigestAlgorithm algorithm, long oldSize, long newSize, List<Digest> path) {
    /** Validates and copies. */
    public ConsistencyProof {
        Objects.requireNonNull(algorithm, "algorithm");
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (oldSize < 0 || newSize < oldSize) {
            throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "oldSize",
                    "consistency proof from size %d to size %d, expected 0 ≤ old ≤ new".formatted(oldSize, newSize));
        }
        for (Digest d : path) {
            if (d.algorithm() != algorithm) {
                throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "path",
                        "consistency proof path holds a %s hash, expected %s".formatted(
                                d.algorithm().standardName(), algorithm.standardName()));
            }
        }
    }

    /**
     * Verifies the proof (RFC 9162 §2.1.4.2). Equal sizes verify with an empty path when the roots are equal;
     * an empty old tree is consistent with any tree (no proof needed, the path must be empty).
     *
     * @param oldRoot the root of the tree of {@link #oldSize()} leaves
     * @param newRoot the root of the tree of {@link #newSize()} leaves
     * @return whether the old tree is proven to be a prefix of the new one
     */
    public boolean verify(Digest oldRoot, Digest newRoot) {
        if (oldRoot.algorithm() != algorithm || newRoot.algorithm() != algorithm) {
            return false;
        }
        return MerkleVerification.verifyConsistency(algorithm, oldSize, newSize, oldRoot.bytes(), newRoot.bytes(),
                path.stream().map(Digest::bytes).toList());
    }
}

package io.dangan.archive.crypto;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.crypto.internal.MerkleVerification;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;
import java.util.Objects;

/**
 * An inclusion proof (包含证明, RFC 6962 §2.1.1 audit path): the sibling hashes that lead from one leaf to
 * the root of a tree of {@code treeSize} leaves, from the leaf upwards.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code MERKLE_PROOF_MALFORMED} when the index
 * is not below the size, a size is negative, or a path hash is of another algorithm.
 *
 * @param algorithm the tree's hash
 * @param leafIndex the leaf's index, from zero
 * @param treeSize the size of the tree the proof leads to
 * @param path the audit path, leaf level first
 */
public record InclusionProof(DigestAlgorithm algorithm, long leafIndex, long treeSize, List<Digest> path) {
    /** Validates and copies. */
    public InclusionProof {
        Objects.requireNonNull(algorithm, "algorithm");
        path = List.copyOf(Objects.requireNonNull(path, "path"));
        if (leafIndex < 0 || treeSize <= leafIndex) {
            throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "leafIndex",
                    "inclusion proof for leaf %d in a tree of %d leaves, expected 0 ≤ index < size"
                            .formatted(leafIndex, treeSize));
        }
        for (Digest d : path) {
            if (d.algorithm() != algorithm) {
                throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "path",
                        "inclusion proof path holds a %s hash, expected %s".formatted(
                                d.algorithm().standardName(), algorithm.standardName()));
            }
        }
    }

    /**
     * Verifies the proof (RFC 9162 §2.1.3.2): recomputes the root from the leaf hash and the path and compares
     * it with the expected root. A path of the wrong length fails.
     *
     * @param leafHash the leaf's hash {@code H(0x00 || d)}
     * @param root the expected root of the tree of {@link #treeSize()} leaves
     * @return whether the leaf is proven to be at {@link #leafIndex()} in that tree
     */
    public boolean verify(Digest leafHash, Digest root) {
        if (leafHash.algorithm() != algorithm || root.algorithm() != algorithm) {
            return false;
        }
        return MerkleVerification.verifyInclusion(algorithm, leafIndex, treeSize, leafHash.bytes(),
                path.stream().map(Digest::bytes).toList(), root.bytes());
    }
}

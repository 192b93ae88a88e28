package io.dangan.archive.crypto.internal;

import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;

/** RFC 9162 proof verification. */
public final class MerkleVerification {
    private MerkleVerification() {
    }

    /**
     * Verifies inclusion.
     *
     * @param algorithm the hash
     * @param index the leaf index
     * @param size the tree size
     * @param leafHash the leaf hash
     * @param path the path
     * @param root the expected root
     * @return whether it verifies
     */
    public static boolean verifyInclusion(DigestAlgorithm algorithm, long index, long size, byte[] leafHash,
            List<byte[]> path, byte[] root) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Verifies consistency.
     *
     * @param algorithm the hash
     * @param oldSize the old size
     * @param newSize the new size
     * @param oldRoot the old root
     * @param newRoot the new root
     * @param path the path
     * @return whether it verifies
     */
    public static boolean verifyConsistency(DigestAlgorithm algorithm, long oldSize, long newSize, byte[] oldRoot,
            byte[] newRoot, List<byte[]> path) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

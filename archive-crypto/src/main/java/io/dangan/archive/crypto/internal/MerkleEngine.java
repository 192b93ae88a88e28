package io.dangan.archive.crypto.internal;

import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;

/** RFC 6962 tree storage and proof generation. */
public final class MerkleEngine {
    private MerkleEngine() {
    }

    /**
     * Builds from leaf data.
     *
     * @param algorithm the hash
     * @param leaves the data
     * @return the engine
     */
    public static MerkleEngine fromLeafData(DigestAlgorithm algorithm, List<byte[]> leaves) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Builds from leaf hashes.
     *
     * @param algorithm the hash
     * @param leafHashes the hashes
     * @return the engine
     */
    public static MerkleEngine fromLeafHashes(DigestAlgorithm algorithm, List<Digest> leafHashes) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Hashes a leaf.
     *
     * @param algorithm the hash
     * @param data the data
     * @return the hash
     */
    public static byte[] leafHash(DigestAlgorithm algorithm, byte[] data) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return the algorithm */
    public DigestAlgorithm algorithm() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return the size */
    public long size() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * A leaf hash.
     *
     * @param index the index
     * @return the hash
     */
    public byte[] leafHash(long index) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * A root.
     *
     * @param treeSize the size
     * @return the root
     */
    public byte[] root(long treeSize) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * An audit path.
     *
     * @param index the leaf
     * @param treeSize the size
     * @return the path
     */
    public List<byte[]> inclusionPath(long index, long treeSize) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * A consistency path.
     *
     * @param oldSize the old size
     * @param newSize the new size
     * @return the path
     */
    public List<byte[]> consistencyPath(long oldSize, long newSize) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

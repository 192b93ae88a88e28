package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.MerkleEngine;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.List;

/**
 * A Merkle hash tree (默克尔树) exactly as RFC 6962 section 2.1 defines it, over SM3 or SHA-256: a leaf hash is
 * {@code H(0x00 || d)}, a node hash {@code H(0x01 || left || right)}, a tree of {@code n > 1} leaves splits at
 * the largest power of two smaller than {@code n}, and the empty tree's root is {@code H()}. With SHA-256 the
 * roots and proofs equal those of Certificate Transparency logs, so outside verifiers can check them.
 *
 * <p>A tree is an immutable snapshot of its leaves. It answers for the whole tree and for every earlier size
 * (the tree as it was after its first {@code m} leaves), which is what consistency proofs between successive
 * seals need. Building keeps every complete subtree hash, so proofs cost O(log² n) hash operations.
 * Instances are thread-safe.
 */
public final class MerkleTree {
    private final MerkleEngine engine;

    private MerkleTree(MerkleEngine engine) {
        this.engine = engine;
    }

    /**
     * Builds a tree over leaf data: each element is hashed as a leaf ({@code H(0x00 || d)}).
     *
     * @param algorithm the hash
     * @param leaves the leaf data, in order
     * @return the tree
     */
    public static MerkleTree fromLeafData(DigestAlgorithm algorithm, List<byte[]> leaves) {
        return new MerkleTree(MerkleEngine.fromLeafData(algorithm, leaves));
    }

    /**
     * Builds a tree over leaf hashes already computed with {@link #leafHash(DigestAlgorithm, byte[])}.
     *
     * @param algorithm the hash
     * @param leafHashes the leaf hashes, in order, all of {@code algorithm}
     * @return the tree
     * @throws IllegalArgumentException when a hash is of another algorithm
     */
    public static MerkleTree fromLeafHashes(DigestAlgorithm algorithm, List<Digest> leafHashes) {
        return new MerkleTree(MerkleEngine.fromLeafHashes(algorithm, leafHashes));
    }

    /**
     * Hashes leaf data: {@code H(0x00 || data)}.
     *
     * @param algorithm the hash
     * @param data the leaf data
     * @return the leaf hash
     */
    public static Digest leafHash(DigestAlgorithm algorithm, byte[] data) {
        return Digest.of(algorithm, MerkleEngine.leafHash(algorithm, data));
    }

    /** @return the hash algorithm */
    public DigestAlgorithm algorithm() {
        return engine.algorithm();
    }

    /** @return the number of leaves */
    public long size() {
        return engine.size();
    }

    /**
     * Returns one leaf hash.
     *
     * @param index the leaf index, from zero
     * @return its hash
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when the index is outside
     */
    public Digest leafHash(long index) {
        return Digest.of(algorithm(), engine.leafHash(index));
    }

    /** @return the root hash of the whole tree ({@code MTH(D[0:n])}) */
    public Digest root() {
        return root(size());
    }

    /**
     * Returns the root of the tree as it was with its first {@code treeSize} leaves.
     *
     * @param treeSize the earlier size, {@code 0 ≤ treeSize ≤ size()}
     * @return that root
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when the size is outside
     */
    public Digest root(long treeSize) {
        return Digest.of(algorithm(), engine.root(treeSize));
    }

    /**
     * Proves that a leaf is in the whole tree (RFC 6962 §2.1.1 audit path).
     *
     * @param leafIndex the leaf index
     * @return the proof
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when the index is outside
     */
    public InclusionProof inclusionProof(long leafIndex) {
        return inclusionProof(leafIndex, size());
    }

    /**
     * Proves that a leaf is in the tree of an earlier size.
     *
     * @param leafIndex the leaf index, below {@code treeSize}
     * @param treeSize the tree size, at most {@code size()}
     * @return the proof
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when index or size is outside
     */
    public InclusionProof inclusionProof(long leafIndex, long treeSize) {
        return new InclusionProof(algorithm(), leafIndex, treeSize, digests(engine.inclusionPath(leafIndex, treeSize)));
    }

    /**
     * Proves that the tree of size {@code oldSize} is a prefix of the whole tree (RFC 6962 §2.1.2).
     *
     * @param oldSize the earlier size, {@code 0 ≤ oldSize ≤ size()}
     * @return the proof
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when the size is outside
     */
    public ConsistencyProof consistencyProof(long oldSize) {
        return consistencyProof(oldSize, size());
    }

    /**
     * Proves that the tree of size {@code oldSize} is a prefix of the tree of size {@code newSize}.
     *
     * @param oldSize the earlier size
     * @param newSize the later size, {@code oldSize ≤ newSize ≤ size()}
     * @return the proof
     * @throws io.dangan.archive.InvalidInputException with code {@code MERKLE_RANGE} when a size is outside
     */
    public ConsistencyProof consistencyProof(long oldSize, long newSize) {
        return new ConsistencyProof(algorithm(), oldSize, newSize, digests(engine.consistencyPath(oldSize, newSize)));
    }

    private List<Digest> digests(List<byte[]> path) {
        DigestAlgorithm a = algorithm();
        return path.stream().map(b -> Digest.of(a, b)).toList();
    }
}

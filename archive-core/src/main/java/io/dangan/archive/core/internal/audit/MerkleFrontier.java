package io.dangan.archive.core.internal.audit;

import io.dangan.archive.model.DigestAlgorithm;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The right edge of the audit log's RFC 6962 Merkle tree (默克尔边界, a compact range): one complete subtree
 * hash for each bit set in the tree size, at most 63. Appending a leaf costs O(1) hashes amortised, the root
 * O(log n); nothing else of the tree is kept. Not thread-safe: the log hands it from thread to thread under
 * its own synchronisation.
 */
final class MerkleFrontier {
    private static final HexFormat HEX = HexFormat.of();
    private final DigestAlgorithm algorithm;
    /** {@code byLevel[k]} is the subtree of 2^k leaves when bit k of {@link #size} is set, else null. */
    private final byte[][] byLevel;
    private long size;

    private MerkleFrontier(DigestAlgorithm algorithm, byte[][] byLevel, long size) {
        this.algorithm = algorithm;
        this.byLevel = byLevel;
        this.size = size;
    }

    /**
     * @param algorithm the tree's digest
     * @return the frontier of the empty tree
     */
    static MerkleFrontier empty(DigestAlgorithm algorithm) {
        return new MerkleFrontier(Objects.requireNonNull(algorithm, "algorithm"), new byte[63][], 0);
    }

    /**
     * Rebuilds a frontier from the subtrees of its size's binary decomposition.
     *
     * @param algorithm the tree's digest
     * @param size the tree size
     * @param subtrees {@code level -> hash} of the subtree of {@code 2^level} leaves ending the decomposition
     *     at that bit: index {@code (size >> level) - 1}
     * @return the frontier
     */
    static MerkleFrontier of(DigestAlgorithm algorithm, long size, java.util.function.IntFunction<byte[]> subtrees) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size + " is negative");
        }
        byte[][] levels = new byte[63][];
        for (int k = 0; k < 63; k++) {
            if ((size >>> k & 1) != 0) {
                levels[k] = Objects.requireNonNull(subtrees.apply(k), "subtree at level " + k);
            }
        }
        return new MerkleFrontier(algorithm, levels, size);
    }

    /** @return the number of leaves */
    long size() {
        return size;
    }

    /** @return an independent copy */
    MerkleFrontier copy() {
        return new MerkleFrontier(algorithm, byLevel.clone(), size);
    }

    /**
     * Appends one leaf.
     *
     * @param leafHash the leaf's hash {@code H(0x00 || data)}
     * @param completed receives every subtree of level {@link AuditTree#STORED_LEVEL} or above that this leaf
     *     completes, lowest level first; may be null
     */
    void append(byte[] leafHash, @Nullable Consumer<AuditTreeNode> completed) {
        long count = size + 1;
        byte[] carry = leafHash;
        int level = 0;
        while ((size >>> level & 1) != 0) {
            carry = AuditCodec.nodeHash(algorithm, byLevel[level], carry);
            byLevel[level] = null;
            level++;
            if (completed != null && level >= AuditTree.STORED_LEVEL) {
                completed.accept(new AuditTreeNode(level, (count >>> level) - 1, HEX.formatHex(carry)));
            }
        }
        byLevel[level] = carry;
        size = count;
    }

    /** @return the RFC 6962 root of the tree of {@link #size()} leaves ({@code H()} for the empty tree) */
    byte[] root() {
        byte[] r = null;
        for (int k = 0; k < 63; k++) {
            if (byLevel[k] != null) {
                r = r == null ? byLevel[k] : AuditCodec.nodeHash(algorithm, byLevel[k], r);
            }
        }
        return r != null ? r : io.dangan.archive.crypto.Hasher.of(algorithm).finishBytes();
    }

    /**
     * @param size a tree size
     * @return the levels of its binary decomposition, highest first (the subtrees a frontier of that size holds)
     */
    static List<Integer> levels(long size) {
        List<Integer> out = new java.util.ArrayList<>();
        for (int k = 62; k >= 0; k--) {
            if ((size >>> k & 1) != 0) {
                out.add(k);
            }
        }
        return out;
    }
}

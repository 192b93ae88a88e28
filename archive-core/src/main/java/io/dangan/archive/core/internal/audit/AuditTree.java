package io.dangan.archive.core.internal.audit;

import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 6962 §2.1 tree heads, audit paths and consistency proofs computed from complete, aligned subtree hashes
 * (默克尔证明), so that a log of n records answers with O(log n) subtree reads instead of rebuilding the tree.
 * Every range the RFC's recursion visits starts at a multiple of the largest power of two not above its size,
 * so it is either one aligned complete subtree or splits into one on the left and a smaller such range on
 * the right: a head or path costs O(log n) subtree hashes and O(log n) node hashes on top.
 */
final class AuditTree {
    /**
     * The lowest level whose subtrees the log stores: 2^8 = 256 records. Below it, subtree hashes are computed
     * from the records' hashes (at most 256 read per proof and range); above, they are read.
     */
    static final int STORED_LEVEL = 8;

    private AuditTree() {
    }

    /** Hashes of complete, aligned subtrees. */
    interface Subtrees {
        /**
         * @param level the subtree's height
         * @param index its index among the subtrees of that level
         * @return the RFC 6962 hash of leaves {@code [index × 2^level, (index + 1) × 2^level)}
         */
        byte[] hash(int level, long index);

        /** @return the tree's digest */
        DigestAlgorithm algorithm();
    }

    /** Subtree hashes, and the record hashes behind the leaves. */
    interface Records extends Subtrees {
        /**
         * @param leafIndex a leaf, from zero
         * @return the hash of record {@code leafIndex + 1}, lower-case hex
         */
        String recordHash(long leafIndex);
    }

    /**
     * @param s the subtree hashes
     * @param size the tree size, at least 1
     * @return {@code MTH(D[0:size])}
     */
    static byte[] root(Subtrees s, long size) {
        return range(s, 0, size);
    }

    /** {@code MTH(D[offset:offset+size])} for a range the recursion visits. */
    private static byte[] range(Subtrees s, long offset, long size) {
        if (Long.bitCount(size) == 1) {
            int level = Long.numberOfTrailingZeros(size);
            if ((offset & (size - 1)) != 0) {
                throw new IllegalStateException("range at " + offset + " of " + size + " is not aligned");
            }
            return s.hash(level, offset >>> level);
        }
        long k = Long.highestOneBit(size);
        return AuditCodec.nodeHash(s.algorithm(), range(s, offset, k), range(s, offset + k, size - k));
    }

    /**
     * The audit path of one leaf (RFC 6962 §2.1.1), from the leaf's sibling up.
     *
     * @param s the subtree hashes
     * @param leafIndex the leaf, from zero, below {@code size}
     * @param size the tree size
     * @return the path
     */
    static List<byte[]> inclusionPath(Subtrees s, long leafIndex, long size) {
        if (leafIndex < 0 || leafIndex >= size) {
            throw new IllegalArgumentException("leaf " + leafIndex + " is outside a tree of " + size);
        }
        List<byte[]> path = new ArrayList<>();
        path(s, leafIndex, 0, size, path);
        return path;
    }

    private static void path(Subtrees s, long m, long offset, long n, List<byte[]> out) {
        if (n == 1) {
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m < k) {
            path(s, m, offset, k, out);
            out.add(range(s, offset + k, n - k));
        } else {
            path(s, m - k, offset + k, n - k, out);
            out.add(range(s, offset, k));
        }
    }

    /**
     * The root an audit path leads to from its leaf (RFC 9162 §2.1.3.2), so that a proof's root is the one its
     * own path implies, whatever else is stored.
     *
     * @param algorithm the tree's digest
     * @param leafIndex the leaf, from zero
     * @param size the tree size
     * @param leafHash the leaf's hash {@code H(0x00 || data)}
     * @param path its audit path from {@link #inclusionPath}
     * @return the root
     * @throws IllegalArgumentException when the path is too long or too short for the tree
     */
    static byte[] rootFromPath(DigestAlgorithm algorithm, long leafIndex, long size, byte[] leafHash, List<byte[]> path) {
        long fn = leafIndex;
        long sn = size - 1;
        byte[] r = leafHash;
        for (byte[] p : path) {
            if (sn == 0) {
                throw new IllegalArgumentException("the path is longer than a tree of " + size + " needs");
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = AuditCodec.nodeHash(algorithm, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = AuditCodec.nodeHash(algorithm, r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        if (sn != 0) {
            throw new IllegalArgumentException("the path is shorter than a tree of " + size + " needs");
        }
        return r;
    }

    /**
     * The consistency proof between two sizes (RFC 6962 §2.1.2); empty when they are equal.
     *
     * @param s the subtree hashes
     * @param oldSize the earlier size, at least 1
     * @param newSize the later size, at least {@code oldSize}
     * @return the proof
     */
    static List<byte[]> consistencyPath(Subtrees s, long oldSize, long newSize) {
        if (oldSize < 1 || oldSize > newSize) {
            throw new IllegalArgumentException("sizes " + oldSize + ", " + newSize + " are not 1 <= old <= new");
        }
        List<byte[]> out = new ArrayList<>();
        subproof(s, oldSize, 0, newSize, true, out);
        return out;
    }

    private static void subproof(Subtrees s, long m, long offset, long n, boolean whole, List<byte[]> out) {
        if (m == n) {
            if (!whole) {
                out.add(range(s, offset, m));
            }
            return;
        }
        long k = Long.highestOneBit(n - 1);
        if (m <= k) {
            subproof(s, m, offset, k, whole, out);
            out.add(range(s, offset + k, n - k));
        } else {
            subproof(s, m - k, offset + k, n - k, false, out);
            out.add(range(s, offset, k));
        }
    }
}

package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * RFC 6962 tree storage and proof generation.
 *
 * <p>Keeps, for every level {@code k}, the hashes of the aligned complete subtrees of {@code 2^k} leaves in one
 * flat array ({@code levels[0]} holds the leaf hashes). Any subtree hash the RFC's recursion asks for is either
 * one of those or is combined from O(log n) of them. Building costs exactly the {@code n - popcount(n)} node
 * hashes of the complete subtrees (plus the leaf hashes when built from data). Immutable after construction.
 */
public final class MerkleEngine {
    private static final byte LEAF_PREFIX = 0x00;
    private static final byte NODE_PREFIX = 0x01;

    private final DigestAlgorithm algorithm;
    private final int hashLength;
    private final int size;
    private final byte[][] levels;

    private MerkleEngine(DigestAlgorithm algorithm, int size, byte[] leafHashes) {
        this.algorithm = algorithm;
        this.hashLength = algorithm.length();
        this.size = size;
        int height = size == 0 ? 1 : 64 - Long.numberOfLeadingZeros(size);
        this.levels = new byte[height][];
        levels[0] = leafHashes;
        DigestEngine engine = DigestEngines.create(algorithm);
        int h = hashLength;
        for (int k = 1; k < height; k++) {
            byte[] below = levels[k - 1];
            int count = size >>> k;
            byte[] level = new byte[count * h];
            for (int i = 0; i < count; i++) {
                engine.update(NODE_PREFIX);
                engine.update(below, 2 * i * h, 2 * h);
                engine.doFinal(level, i * h);
            }
            levels[k] = level;
        }
    }

    /**
     * Builds from leaf data.
     *
     * @param algorithm the hash
     * @param leaves the data
     * @return the engine
     */
    public static MerkleEngine fromLeafData(DigestAlgorithm algorithm, List<byte[]> leaves) {
        int n = checkedSize(algorithm, leaves.size());
        int h = algorithm.length();
        byte[] hashes = new byte[n * h];
        DigestEngine engine = DigestEngines.create(algorithm);
        int i = 0;
        for (byte[] d : leaves) {
            engine.update(LEAF_PREFIX);
            engine.update(d, 0, d.length);
            engine.doFinal(hashes, i * h);
            i++;
        }
        return new MerkleEngine(algorithm, n, hashes);
    }

    /**
     * Builds from leaf hashes.
     *
     * @param algorithm the hash
     * @param leafHashes the hashes
     * @return the engine
     */
    public static MerkleEngine fromLeafHashes(DigestAlgorithm algorithm, List<Digest> leafHashes) {
        int n = checkedSize(algorithm, leafHashes.size());
        int h = algorithm.length();
        byte[] hashes = new byte[n * h];
        int i = 0;
        for (Digest d : leafHashes) {
            if (d.algorithm() != algorithm) {
                throw new IllegalArgumentException("leaf hash %d is %s, expected %s".formatted(
                        i, d.algorithm().standardName(), algorithm.standardName()));
            }
            System.arraycopy(d.bytes(), 0, hashes, i * h, h);
            i++;
        }
        return new MerkleEngine(algorithm, n, hashes);
    }

    private static int checkedSize(DigestAlgorithm algorithm, int n) {
        if ((long) n * algorithm.length() > Integer.MAX_VALUE - 64) {
            throw new InvalidInputException(ErrorCode.MERKLE_RANGE, "leaves",
                    "tree of %d leaves is too large, at most %d supported".formatted(
                            n, (Integer.MAX_VALUE - 64) / algorithm.length()));
        }
        return n;
    }

    /**
     * Hashes a leaf: {@code H(0x00 || data)}.
     *
     * @param algorithm the hash
     * @param data the data
     * @return the hash
     */
    public static byte[] leafHash(DigestAlgorithm algorithm, byte[] data) {
        DigestEngine engine = DigestEngines.create(algorithm);
        engine.update(LEAF_PREFIX);
        engine.update(data, 0, data.length);
        byte[] out = new byte[algorithm.length()];
        engine.doFinal(out, 0);
        return out;
    }

    /** @return the algorithm */
    public DigestAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the number of leaves */
    public long size() {
        return size;
    }

    /**
     * A leaf hash.
     *
     * @param index the index
     * @return the hash
     */
    public byte[] leafHash(long index) {
        if (index < 0 || index >= size) {
            throw new InvalidInputException(ErrorCode.MERKLE_RANGE, "leafIndex",
                    "leaf %d is outside the tree of %d leaves".formatted(index, size));
        }
        return slice(0, (int) index);
    }

    /**
     * The root of the tree of the first {@code treeSize} leaves.
     *
     * @param treeSize the size
     * @return the root
     */
    public byte[] root(long treeSize) {
        checkSize(treeSize, "treeSize");
        if (treeSize == 0) {
            byte[] out = new byte[hashLength];
            DigestEngines.create(algorithm).doFinal(out, 0);
            return out;
        }
        return subtree(DigestEngines.create(algorithm), 0, (int) treeSize);
    }

    /**
     * The audit path of a leaf in the tree of the first {@code treeSize} leaves, leaf level first.
     *
     * @param index the leaf
     * @param treeSize the size
     * @return the path
     */
    public List<byte[]> inclusionPath(long index, long treeSize) {
        checkSize(treeSize, "treeSize");
        if (index < 0 || index >= treeSize) {
            throw new InvalidInputException(ErrorCode.MERKLE_RANGE, "leafIndex",
                    "leaf %d is outside the tree of %d leaves".formatted(index, treeSize));
        }
        DigestEngine engine = DigestEngines.create(algorithm);
        List<byte[]> path = new ArrayList<>();
        int m = (int) index;
        int start = 0;
        int n = (int) treeSize;
        // descend from the root, collecting siblings top-down; reversed at the end
        while (n > 1) {
            int k = splitPoint(n);
            if (m < k) {
                path.add(subtree(engine, start + k, n - k));
                n = k;
            } else {
                path.add(subtree(engine, start, k));
                m -= k;
                start += k;
                n -= k;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * The consistency proof from the first {@code oldSize} to the first {@code newSize} leaves.
     *
     * @param oldSize the old size
     * @param newSize the new size
     * @return the path, empty when {@code oldSize} is 0 or equals {@code newSize}
     */
    public List<byte[]> consistencyPath(long oldSize, long newSize) {
        checkSize(newSize, "newSize");
        if (oldSize < 0 || oldSize > newSize) {
            throw new InvalidInputException(ErrorCode.MERKLE_RANGE, "oldSize",
                    "consistency from size %d to %d, expected 0 ≤ old ≤ new".formatted(oldSize, newSize));
        }
        List<byte[]> path = new ArrayList<>();
        if (oldSize == 0 || oldSize == newSize) {
            return path;
        }
        DigestEngine engine = DigestEngines.create(algorithm);
        int m = (int) oldSize;
        int start = 0;
        int n = (int) newSize;
        boolean complete = true;
        // SUBPROOF(m, D[start:start+n], complete), siblings collected top-down and reversed at the end
        while (m != n) {
            int k = splitPoint(n);
            if (m <= k) {
                path.add(subtree(engine, start + k, n - k));
                n = k;
            } else {
                path.add(subtree(engine, start, k));
                m -= k;
                start += k;
                n -= k;
                complete = false;
            }
        }
        if (!complete) {
            path.add(subtree(engine, start, m));
        }
        Collections.reverse(path);
        return path;
    }

    private void checkSize(long treeSize, String field) {
        if (treeSize < 0 || treeSize > size) {
            throw new InvalidInputException(ErrorCode.MERKLE_RANGE, field,
                    "tree size %d is outside 0..%d".formatted(treeSize, size));
        }
    }

    /** The largest power of two smaller than {@code n}, for {@code n > 1}. */
    static int splitPoint(int n) {
        return Integer.highestOneBit(n - 1);
    }

    /** MTH(D[start:start+n]) for n ≥ 1. */
    private byte[] subtree(DigestEngine engine, int start, int n) {
        if (Integer.bitCount(n) == 1) {
            int k = Integer.numberOfTrailingZeros(n);
            if ((start & (n - 1)) == 0) {
                return slice(k, start >>> k);
            }
        }
        int k = splitPoint(n);
        byte[] left = subtree(engine, start, k);
        byte[] right = subtree(engine, start + k, n - k);
        byte[] out = new byte[hashLength];
        engine.update(NODE_PREFIX);
        engine.update(left, 0, hashLength);
        engine.update(right, 0, hashLength);
        engine.doFinal(out, 0);
        return out;
    }

    private byte[] slice(int level, int index) {
        byte[] out = new byte[hashLength];
        System.arraycopy(levels[level], index * hashLength, out, 0, hashLength);
        return out;
    }
}

package io.dangan.archive.crypto.internal;

import io.dangan.archive.model.DigestAlgorithm;
import java.security.MessageDigest;
import java.util.List;

/** RFC 9162 §2.1.3.2 and §2.1.4.2 proof verification; every malformed input yields {@code false}. */
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
        int h = algorithm.length();
        if (index < 0 || index >= size || leafHash.length != h || root.length != h || path.size() > 64) {
            return false;
        }
        DigestEngine engine = DigestEngines.create(algorithm);
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash.clone();
        for (byte[] p : path) {
            if (p.length != h || sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = node(engine, p, r);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                r = node(engine, r, p);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(r, root);
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
        int h = algorithm.length();
        if (oldSize < 0 || newSize < oldSize || oldRoot.length != h || newRoot.length != h || path.size() > 128) {
            return false;
        }
        if (oldSize == 0) {
            return path.isEmpty();
        }
        if (oldSize == newSize) {
            return path.isEmpty() && MessageDigest.isEqual(oldRoot, newRoot);
        }
        if (path.isEmpty()) {
            return false;
        }
        for (byte[] p : path) {
            if (p.length != h) {
                return false;
            }
        }
        DigestEngine engine = DigestEngines.create(algorithm);
        int i = 0;
        byte[] first;
        if (Long.bitCount(oldSize) == 1) {
            first = oldRoot.clone();
        } else {
            first = path.get(i++);
        }
        long fn = oldSize - 1;
        long sn = newSize - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        byte[] fr = first;
        byte[] sr = first;
        for (; i < path.size(); i++) {
            byte[] c = path.get(i);
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                fr = node(engine, c, fr);
                sr = node(engine, c, sr);
                if ((fn & 1) == 0) {
                    while ((fn & 1) == 0 && fn != 0) {
                        fn >>>= 1;
                        sn >>>= 1;
                    }
                }
            } else {
                sr = node(engine, sr, c);
            }
            fn >>>= 1;
            sn >>>= 1;
        }
        return sn == 0 && MessageDigest.isEqual(fr, oldRoot) && MessageDigest.isEqual(sr, newRoot);
    }

    private static byte[] node(DigestEngine engine, byte[] left, byte[] right) {
        engine.update((byte) 0x01);
        engine.update(left, 0, left.length);
        engine.update(right, 0, right.length);
        byte[] out = new byte[left.length];
        engine.doFinal(out, 0);
        return out;
    }
}

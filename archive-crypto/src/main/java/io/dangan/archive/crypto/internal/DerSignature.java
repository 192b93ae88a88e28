package io.dangan.archive.crypto.internal;

import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Strict parser of {@code SEQUENCE { r INTEGER, s INTEGER }} (DER, as GM/T 0009 and X9.62 define it): definite
 * minimal lengths, minimal positive integers, {@code 1 ≤ r, s < n}, nothing after the sequence. Anything else
 * is malformed. Written separately because Bouncy Castle's verifiers return {@code false} for some malformed
 * encodings instead of telling them apart.
 */
final class DerSignature {
    private DerSignature() {
    }

    /**
     * Parses a signature.
     *
     * @param sig the bytes
     * @param n the group order
     * @return {@code {r, s}}, or {@code null} when malformed
     */
    static BigInteger @Nullable [] parse(byte[] sig, BigInteger n) {
        int[] pos = {0};
        if (sig.length < 8 || sig[0] != 0x30) {
            return null;
        }
        pos[0] = 1;
        int len = length(sig, pos);
        if (len < 0 || pos[0] + len != sig.length) {
            return null;
        }
        BigInteger r = integer(sig, pos);
        if (r == null) {
            return null;
        }
        BigInteger s = integer(sig, pos);
        if (s == null || pos[0] != sig.length) {
            return null;
        }
        if (r.signum() <= 0 || s.signum() <= 0 || r.compareTo(n) >= 0 || s.compareTo(n) >= 0) {
            return null;
        }
        return new BigInteger[] {r, s};
    }

    private static int length(byte[] b, int[] pos) {
        if (pos[0] >= b.length) {
            return -1;
        }
        int first = b[pos[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        if (first != 0x81 || pos[0] >= b.length) {
            return -1; // signatures of 256-bit curves never need more than one length byte
        }
        int len = b[pos[0]++] & 0xff;
        return len < 0x80 ? -1 : len; // long form only when needed
    }

    private static @Nullable BigInteger integer(byte[] b, int[] pos) {
        if (pos[0] >= b.length || b[pos[0]++] != 0x02) {
            return null;
        }
        int len = length(b, pos);
        if (len <= 0 || pos[0] + len > b.length) {
            return null;
        }
        int start = pos[0];
        if ((b[start] & 0x80) != 0) {
            return null; // negative
        }
        if (len > 1 && b[start] == 0 && (b[start + 1] & 0x80) == 0) {
            return null; // not minimal
        }
        pos[0] += len;
        byte[] v = new byte[len];
        System.arraycopy(b, start, v, 0, len);
        return new BigInteger(1, v);
    }
}

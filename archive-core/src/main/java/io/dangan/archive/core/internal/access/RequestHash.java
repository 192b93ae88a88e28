package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Resource;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The canonical form of an access request and its SHA-256 (请求摘要): one field per line, in a fixed
 * order, so the same question always has the same hash and the audit record names it exactly.
 */
public final class RequestHash {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private RequestHash() {
    }

    /**
     * @param request a request
     * @return its canonical text
     */
    public static String canonical(AccessRequest request) {
        Resource r = request.resource();
        StringBuilder sb = new StringBuilder(160);
        sb.append("dangan-access-request/1\n")
                .append(request.principal().value()).append('\n')
                .append(request.action().code()).append('\n')
                .append(r.ref()).append('\n')
                .append(r.category() == null ? "" : r.category().code()).append('\n')
                .append(r.sensitivity().name()).append('\n')
                .append(request.context().now()).append('\n')
                .append(request.context().approval() == null ? "" : request.context().approval().value()).append('\n')
                .append(request.context().purpose() == null ? "" : request.context().purpose()).append('\n');
        return sb.toString();
    }

    /**
     * Per-thread scratch state: the buffer for the binary canonical form, the digest, its output and the hex
     * text, so hashing a request allocates only the resulting string.
     */
    private static final class Scratch {
        byte[] buf = new byte[256];
        int pos;
        final MessageDigest md = sha256();
        final byte[] digest = new byte[32];
        final byte[] hex = new byte[64];
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    /** The two hex characters of each byte value, high character in the upper half. */
    private static final char[] HEX_PAIRS = new char[256];

    static {
        for (int i = 0; i < 256; i++) {
            HEX_PAIRS[i] = (char) (HEX[i >> 4] << 8 | HEX[i & 0xf]);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /**
     * The SHA-256 of the request's binary canonical form: a version byte, then each field of
     * {@link #canonical(AccessRequest)} length-prefixed (UTF-8), with the instant as epoch second and
     * nanosecond, so equal requests hash equally and different ones differently. Allocates only the returned
     * string (per-thread scratch buffers); thread-safe.
     *
     * @param request a request
     * @return lower-case hex SHA-256
     */
    public static String of(AccessRequest request) {
        Resource r = request.resource();
        AccessContext ctx = request.context();
        Scratch s = SCRATCH.get();
        s.pos = 0;
        ensure(s, 1);
        s.buf[s.pos++] = 1;
        put(s, request.principal().value());
        put(s, request.action().code());
        put(s, r.kind().name());
        put(s, r.dossier() == null ? "" : r.dossier().value());
        put(s, r.material() == null ? "" : r.material().value());
        put(s, r.category() == null ? "" : r.category().code());
        put(s, r.sensitivity().name());
        ensure(s, 12);
        byte[] buf = s.buf;
        int pos = s.pos;
        long sec = ctx.now().getEpochSecond();
        int nano = ctx.now().getNano();
        for (int i = 7; i >= 0; i--) {
            buf[pos++] = (byte) (sec >>> (8 * i));
        }
        for (int i = 3; i >= 0; i--) {
            buf[pos++] = (byte) (nano >>> (8 * i));
        }
        s.pos = pos;
        put(s, ctx.approval() == null ? "" : ctx.approval().value());
        put(s, ctx.purpose() == null ? "" : ctx.purpose());
        MessageDigest md = s.md;
        md.update(s.buf, 0, s.pos);
        byte[] h = s.digest;
        try {
            md.digest(h, 0, h.length);
        } catch (DigestException e) {
            md.reset();
            throw new IllegalStateException("SHA-256 refused a 32-byte output buffer", e);
        }
        byte[] out = s.hex;
        for (int i = 0; i < h.length; i++) {
            char pair = HEX_PAIRS[h[i] & 0xff];
            out[2 * i] = (byte) (pair >>> 8);
            out[2 * i + 1] = (byte) pair;
        }
        return new String(out, 0, out.length, StandardCharsets.ISO_8859_1);
    }

    /** Writes a length-prefixed field: copied char by char while it is ASCII, else encoded as UTF-8 again. */
    private static void put(Scratch s, String str) {
        int n = str.length();
        ensure(s, 4 + n);
        byte[] b = s.buf;
        int start = s.pos;
        int pos = writeLength(b, start, n);
        int or = 0;
        for (int i = 0; i < n; i++) {
            char c = str.charAt(i);
            or |= c;
            b[pos + i] = (byte) c;
        }
        if (or < 0x80) {
            s.pos = pos + n;
            return;
        }
        byte[] u = str.getBytes(StandardCharsets.UTF_8);
        s.pos = start;
        ensure(s, 4 + u.length);
        pos = writeLength(s.buf, start, u.length);
        System.arraycopy(u, 0, s.buf, pos, u.length);
        s.pos = pos + u.length;
    }

    private static int writeLength(byte[] b, int at, int n) {
        b[at] = (byte) (n >>> 24);
        b[at + 1] = (byte) (n >>> 16);
        b[at + 2] = (byte) (n >>> 8);
        b[at + 3] = (byte) n;
        return at + 4;
    }

    private static void ensure(Scratch s, int more) {
        int size = s.pos + more;
        if (size > s.buf.length) {
            s.buf = java.util.Arrays.copyOf(s.buf, Math.max(size, s.buf.length * 2));
        }
    }
}

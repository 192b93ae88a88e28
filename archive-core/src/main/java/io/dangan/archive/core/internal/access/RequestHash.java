package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Resource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The canonical form of an access request and its SHA-256 (请求摘要): one field per line, in a fixed
 * order, so the same question always has the same hash and the audit record names it exactly.
 */
public final class RequestHash {
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    });

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

    /** Per-thread buffer for the binary canonical form. */
    private static final ThreadLocal<byte[]> BUFFER = ThreadLocal.withInitial(() -> new byte[1024]);

    /**
     * The SHA-256 of the request's binary canonical form: a version byte, then each field of
     * {@link #canonical(AccessRequest)} length-prefixed (UTF-8), with the instant as epoch second and
     * nanosecond, so equal requests hash equally and different ones differently.
     *
     * @param request a request
     * @return lower-case hex SHA-256
     */
    public static String of(AccessRequest request) {
        Resource r = request.resource();
        byte[] buf = BUFFER.get();
        int[] pos = {0};
        buf[pos[0]++] = 1;
        buf = put(buf, pos, request.principal().value());
        buf = put(buf, pos, request.action().code());
        buf = put(buf, pos, r.kind().name());
        buf = put(buf, pos, r.dossier() == null ? "" : r.dossier().value());
        buf = put(buf, pos, r.material() == null ? "" : r.material().value());
        buf = put(buf, pos, r.category() == null ? "" : r.category().code());
        buf = put(buf, pos, r.sensitivity().name());
        buf = ensure(buf, pos[0] + 12);
        long sec = request.context().now().getEpochSecond();
        int nano = request.context().now().getNano();
        for (int i = 7; i >= 0; i--) {
            buf[pos[0]++] = (byte) (sec >>> (8 * i));
        }
        for (int i = 3; i >= 0; i--) {
            buf[pos[0]++] = (byte) (nano >>> (8 * i));
        }
        buf = put(buf, pos, request.context().approval() == null ? "" : request.context().approval().value());
        buf = put(buf, pos, request.context().purpose() == null ? "" : request.context().purpose());
        MessageDigest md = SHA256.get();
        md.update(buf, 0, pos[0]);
        byte[] h = md.digest();
        byte[] out = new byte[h.length * 2];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = (byte) HEX[(h[i] >> 4) & 0xf];
            out[2 * i + 1] = (byte) HEX[h[i] & 0xf];
        }
        return new String(out, StandardCharsets.ISO_8859_1);
    }

    private static byte[] put(byte[] buf, int[] pos, String s) {
        int n = s.length();
        byte[] b = buf;
        boolean ascii = true;
        for (int i = 0; i < n && ascii; i++) {
            ascii = s.charAt(i) < 0x80;
        }
        if (ascii) {
            b = ensure(b, pos[0] + 4 + n);
            writeLength(b, pos, n);
            for (int i = 0; i < n; i++) {
                b[pos[0]++] = (byte) s.charAt(i);
            }
        } else {
            byte[] u = s.getBytes(StandardCharsets.UTF_8);
            b = ensure(b, pos[0] + 4 + u.length);
            writeLength(b, pos, u.length);
            System.arraycopy(u, 0, b, pos[0], u.length);
            pos[0] += u.length;
        }
        return b;
    }

    private static void writeLength(byte[] b, int[] pos, int n) {
        b[pos[0]++] = (byte) (n >>> 24);
        b[pos[0]++] = (byte) (n >>> 16);
        b[pos[0]++] = (byte) (n >>> 8);
        b[pos[0]++] = (byte) n;
    }

    private static byte[] ensure(byte[] b, int size) {
        if (size <= b.length) {
            return b;
        }
        byte[] bigger = java.util.Arrays.copyOf(b, Math.max(size, b.length * 2));
        BUFFER.set(bigger);
        return bigger;
    }
}

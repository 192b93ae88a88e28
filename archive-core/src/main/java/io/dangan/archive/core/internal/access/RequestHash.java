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

    /**
     * @param request a request
     * @return lower-case hex SHA-256 of its canonical text
     */
    public static String of(AccessRequest request) {
        MessageDigest md = SHA256.get();
        byte[] h = md.digest(canonical(request).getBytes(StandardCharsets.UTF_8));
        char[] out = new char[h.length * 2];
        for (int i = 0; i < h.length; i++) {
            out[2 * i] = HEX[(h[i] >> 4) & 0xf];
            out[2 * i + 1] = HEX[h[i] & 0xf];
        }
        return new String(out);
    }
}

package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.SigningKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;

/** The in-process timestamp authority's machinery. */
public final class LocalTsa {
    private LocalTsa() {
    }

    /**
     * Creates one.
     *
     * @param clock the clock
     * @param key the key
     * @param random randomness
     * @return the authority
     */
    public static LocalTsa create(Clock clock, SigningKey key, SecureRandom random) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /** @return the certificate */
    public X509Certificate certificate() {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Answers a request.
     *
     * @param request DER request
     * @return DER response
     */
    public byte[] respond(byte[] request) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

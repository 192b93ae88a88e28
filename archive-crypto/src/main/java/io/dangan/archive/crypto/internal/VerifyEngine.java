package io.dangan.archive.crypto.internal;

/** A thread-safe verification engine over one public key. */
@FunctionalInterface
public interface VerifyEngine {
    /**
     * Verifies.
     *
     * @param message the message
     * @param signature the signature
     * @return {@link Check#VALID}, {@link Check#INVALID} or {@link Check#MALFORMED}
     */
    Check verify(byte[] message, byte[] signature);
}

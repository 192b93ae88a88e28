package io.dangan.archive.crypto.internal;

/** A thread-safe signing engine over one private key. */
@FunctionalInterface
public interface SignEngine {
    /**
     * Signs.
     *
     * @param message the message
     * @return the signature
     */
    byte[] sign(byte[] message);
}

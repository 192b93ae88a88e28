package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.Verifier;

/** Built-in verifiers. */
public final class Verifiers {
    private Verifiers() {
    }

    /**
     * Creates a verifier.
     *
     * @param key the key
     * @return the verifier
     */
    public static Verifier create(PublicKeyInfo key) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

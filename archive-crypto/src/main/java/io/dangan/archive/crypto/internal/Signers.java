package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;

/** Built-in signers. */
public final class Signers {
    private Signers() {
    }

    /**
     * Creates a signer.
     *
     * @param key the key
     * @return the signer
     */
    public static Signer create(SigningKey key) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

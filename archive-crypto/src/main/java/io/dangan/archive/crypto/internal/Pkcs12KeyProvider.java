package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.SigningKey;
import java.nio.file.Path;
import java.util.Map;

/** PKCS#12 key store files. */
public final class Pkcs12KeyProvider {
    private Pkcs12KeyProvider() {
    }

    /**
     * Opens a store.
     *
     * @param file the file
     * @param password the password
     * @return the provider
     */
    public static KeyProvider open(Path file, char[] password) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Writes a store.
     *
     * @param file the file
     * @param password the password
     * @param keys the keys
     */
    public static void write(Path file, char[] password, Map<String, SigningKey> keys) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

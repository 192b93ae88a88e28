package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.Pkcs12KeyProvider;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * The built-in key providers (内置密钥提供者).
 */
public final class KeyProviders {
    /** Validity of the placeholder certificate given to a key stored without one. */
    private static final Instant PLACEHOLDER_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant PLACEHOLDER_TO = Instant.parse("9999-12-31T23:59:59Z");

    private KeyProviders() {
    }

    /**
     * Opens a PKCS#12 key store file (the default provider). The file is read once, now; every private-key
     * entry becomes a signing key under its alias, with its certificate.
     *
     * @param file the {@code .p12} file
     * @param password the store and key password; the array is not retained
     * @return the provider
     * @throws io.dangan.archive.InvalidInputException with code {@code KEYSTORE_UNREADABLE} when the file cannot be
     *     read, is corrupt, or the password is wrong
     */
    public static KeyProvider pkcs12(Path file, char[] password) {
        Map<String, SigningKey> keys = new TreeMap<>();
        Pkcs12KeyProvider.read(file, password).forEach((alias, e) -> {
            SigningKey k = SigningKey.fromPkcs8(e.pkcs8());
            if (e.certificate() != null) {
                k = k.withCertificate(e.certificate());
            }
            keys.put(alias, k);
        });
        return new MemoryKeyProvider("pkcs12", keys);
    }

    /**
     * Writes a PKCS#12 key store file holding signing keys; a key without certificate gets a self-signed one
     * (common name = alias) so that the store is readable by other tools such as OpenSSL. An existing file is
     * replaced atomically.
     *
     * @param file the file to write
     * @param password the store and key password
     * @param keys the keys by alias
     * @throws io.dangan.archive.InvalidInputException with code {@code KEYSTORE_UNREADABLE} when the file cannot be
     *     written
     */
    public static void writePkcs12(Path file, char[] password, Map<String, SigningKey> keys) {
        Map<String, Pkcs12KeyProvider.Entry> entries = new TreeMap<>();
        keys.forEach((alias, k) -> entries.put(alias, new Pkcs12KeyProvider.Entry(k.kind(), k.pkcs8(),
                k.certificate().orElseGet(() -> k.selfSignedCertificate(alias, PLACEHOLDER_FROM, PLACEHOLDER_TO)))));
        Pkcs12KeyProvider.write(file, password, entries);
    }

    /**
     * Wraps keys held in memory (tests, demos, keys unwrapped by the caller).
     *
     * @param keys the keys by alias
     * @return the provider, with id {@code memory}
     */
    public static KeyProvider of(Map<String, SigningKey> keys) {
        return new MemoryKeyProvider("memory", keys);
    }
}

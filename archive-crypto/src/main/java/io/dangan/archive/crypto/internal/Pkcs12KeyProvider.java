package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.crypto.KeyProvider;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** PKCS#12 key store files, read and written with the crypto provider's PKCS#12 implementation. */
public final class Pkcs12KeyProvider {
    /** Validity of the placeholder certificate given to a key stored without one. */
    private static final Instant PLACEHOLDER_FROM = Instant.parse("2000-01-01T00:00:00Z");
    private static final Instant PLACEHOLDER_TO = Instant.parse("9999-12-31T23:59:59Z");

    private Pkcs12KeyProvider() {
    }

    /**
     * Opens a store: every private-key entry becomes a signing key.
     *
     * @param file the file
     * @param password the password
     * @return the provider
     */
    public static KeyProvider open(Path file, char[] password) {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12", Bc.provider());
            ks.load(in, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(file, "cannot be read (missing, corrupt or wrong password): " + e.getMessage(), e);
        }
        Map<String, SigningKey> keys = new TreeMap<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                if (!(key instanceof PrivateKey)) {
                    continue;
                }
                SigningKey sk = SigningKey.fromPkcs8(key.getEncoded());
                Certificate cert = ks.getCertificate(alias);
                if (cert instanceof X509Certificate x) {
                    sk = sk.withCertificate(x);
                }
                keys.put(alias, sk);
            }
        } catch (GeneralSecurityException e) {
            throw unreadable(file, "a key cannot be recovered: " + e.getMessage(), e);
        }
        return new MemoryKeyProvider("pkcs12", keys);
    }

    /**
     * Writes a store, replacing the file atomically.
     *
     * @param file the file
     * @param password the password
     * @param keys the keys
     */
    public static void write(Path file, char[] password, Map<String, SigningKey> keys) {
        Path tmp = null;
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Bc.provider());
            ks.load(null, null);
            for (Map.Entry<String, SigningKey> e : new TreeMap<>(keys).entrySet()) {
                SigningKey key = e.getValue();
                X509Certificate cert = key.certificate().orElseGet(
                        () -> key.selfSignedCertificate(e.getKey(), PLACEHOLDER_FROM, PLACEHOLDER_TO));
                String jca = key.algorithm() == SignatureAlgorithm.ED25519 ? "Ed25519" : "EC";
                PrivateKey pk = KeyFactory.getInstance(jca, Bc.provider())
                        .generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
                ks.setKeyEntry(e.getKey(), pk, password, new Certificate[] {cert});
            }
            Path dir = file.toAbsolutePath().getParent();
            tmp = Files.createTempFile(dir, ".p12-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ks.store(out, password);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException x) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException | GeneralSecurityException e) {
            throw unreadable(file, "cannot be written: " + e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort
                }
            }
        }
    }

    private static InvalidInputException unreadable(Path file, String message, Throwable cause) {
        return new InvalidInputException(ErrorCode.KEYSTORE_UNREADABLE, file.getFileName().toString(),
                "PKCS#12 key store " + file.getFileName() + " " + message, cause);
    }
}

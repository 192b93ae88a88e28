package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
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
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** PKCS#12 key store files, read and written with the crypto provider's PKCS#12 implementation. */
public final class Pkcs12KeyProvider {
    private Pkcs12KeyProvider() {
    }

    /**
     * One key entry.
     *
     * @param kind the key's algorithm
     * @param pkcs8 the private key
     * @param certificate its certificate; required when writing
     */
    public record Entry(KeyKind kind, byte[] pkcs8, @Nullable X509Certificate certificate) {
    }

    /**
     * Reads a store: every private-key entry with its certificate.
     *
     * @param file the file
     * @param password the password
     * @return the entries by alias; {@link Entry#kind()} is left to the caller to establish from the PKCS#8 key
     */
    public static Map<String, Entry> read(Path file, char[] password) {
        KeyStore ks;
        try (InputStream in = Files.newInputStream(file)) {
            ks = KeyStore.getInstance("PKCS12", Bc.provider());
            ks.load(in, password);
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            throw unreadable(file, "cannot be read (missing, corrupt or wrong password): " + e.getMessage(), e);
        }
        Map<String, Entry> keys = new TreeMap<>();
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (!ks.isKeyEntry(alias)) {
                    continue;
                }
                Key key = ks.getKey(alias, password);
                if (!(key instanceof PrivateKey)) {
                    continue;
                }
                KeyCodec.Pair pair = KeyCodec.decodePrivate(key.getEncoded());
                Certificate cert = ks.getCertificate(alias);
                keys.put(alias, new Entry(pair.algorithm(), pair.pkcs8(),
                        cert instanceof X509Certificate x ? x : null));
            }
        } catch (GeneralSecurityException e) {
            throw unreadable(file, "a key cannot be recovered: " + e.getMessage(), e);
        }
        return keys;
    }

    /**
     * Writes a store, replacing the file atomically.
     *
     * @param file the file
     * @param password the password
     * @param keys the keys by alias, each with a certificate
     */
    public static void write(Path file, char[] password, Map<String, Entry> keys) {
        Path tmp = null;
        try {
            KeyStore ks = KeyStore.getInstance("PKCS12", Bc.provider());
            ks.load(null, null);
            for (Map.Entry<String, Entry> e : new TreeMap<>(keys).entrySet()) {
                Entry key = e.getValue();
                if (key.certificate() == null) {
                    throw new IllegalArgumentException("key " + e.getKey() + " has no certificate");
                }
                String jca = key.kind() == KeyKind.ED25519 ? "Ed25519" : "EC";
                PrivateKey pk = KeyFactory.getInstance(jca, Bc.provider())
                        .generatePrivate(new PKCS8EncodedKeySpec(key.pkcs8()));
                ks.setKeyEntry(e.getKey(), pk, password, new Certificate[] {key.certificate()});
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
        return new InvalidInputException(ErrorCode.KEYSTORE_UNREADABLE, String.valueOf(file.getFileName()),
                "PKCS#12 key store " + file.getFileName() + " " + message, cause);
    }
}

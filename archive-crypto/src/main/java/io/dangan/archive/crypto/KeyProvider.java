package io.dangan.archive.crypto;

import java.security.cert.X509Certificate;
import java.util.Optional;
import java.util.Set;

/**
 * Where signing keys come from (密钥提供者): the service-provider interface behind every signing operation.
 *
 * <p>The default is a PKCS#12 file ({@link KeyProviders#pkcs12(java.nio.file.Path, char[])}); an integrator
 * with a hardware security module (HSM, 密码机) implements this interface and returns {@link Signer}s that
 * sign inside the device. Keys are named by alias.
 *
 * <p>Implementations are thread-safe.
 */
public interface KeyProvider {

    /** The SPI version this interface describes. */
    int SPI_VERSION = 1;

    /** @return a short stable name of the provider kind, e.g. {@code pkcs12}, {@code memory}, {@code acme-hsm} */
    String id();

    /** @return the SPI version the provider implements, {@link #SPI_VERSION} for this release */
    default int spiVersion() {
        return SPI_VERSION;
    }

    /** @return the aliases of the signing keys the provider holds */
    Set<String> aliases();

    /**
     * Returns a signer for a key.
     *
     * @param alias the key's alias
     * @return a thread-safe signer
     * @throws io.dangan.archive.NotFoundException with code {@code KEY_NOT_FOUND} when there is no such key
     */
    Signer signer(String alias);

    /**
     * Returns a key's public key without signing anything.
     *
     * @param alias the key's alias
     * @return the public key
     * @throws io.dangan.archive.NotFoundException with code {@code KEY_NOT_FOUND} when there is no such key
     */
    default PublicKeyInfo publicKey(String alias) {
        return signer(alias).publicKey();
    }

    /**
     * Returns a key's certificate.
     *
     * @param alias the key's alias
     * @return the certificate, or empty when the key has none
     * @throws io.dangan.archive.NotFoundException with code {@code KEY_NOT_FOUND} when there is no such key
     */
    default Optional<X509Certificate> certificate(String alias) {
        return signer(alias).certificate();
    }
}

package io.dangan.archive.crypto;

import java.security.cert.X509Certificate;
import java.util.Optional;

/**
 * Signs messages with one private key (签名者). Returned by a {@link KeyProvider}; an HSM-backed provider
 * returns its own implementation, so the private key need never leave the device.
 *
 * <p>Implementations are thread-safe: one signer may serve many threads at once (the built-in ones keep a
 * small pool of initialised engines).
 */
public interface Signer {

    /** @return the algorithm this signer produces */
    SignatureAlgorithm algorithm();

    /** @return the public half of the signing key */
    PublicKeyInfo publicKey();

    /** @return the key id, {@code publicKey().keyId()} */
    default String keyId() {
        return publicKey().keyId();
    }

    /** @return the signer's X.509 certificate, when the key has one */
    default Optional<X509Certificate> certificate() {
        return Optional.empty();
    }

    /**
     * Signs a message. For {@link SignatureAlgorithm#SM2} the message is hashed with SM3 after the
     * {@code Z} value of the default user id; for ECDSA it is hashed with SHA-256; Ed25519 signs it directly.
     *
     * @param message the bytes to sign
     * @return the signature: DER {@code SEQUENCE { r, s }} for SM2 and ECDSA, 64 bytes for Ed25519
     * @throws io.dangan.archive.ArchiveException with code {@code SIGNING_FAILED} when the key provider fails
     */
    byte[] sign(byte[] message);
}

package io.dangan.archive.crypto;

import java.security.cert.X509Certificate;

/**
 * Verifies signatures under one public key (验签者).
 *
 * <p>Verifiers are thread-safe.
 */
public interface Verifier {

    /** @return the key signatures are checked against */
    PublicKeyInfo publicKey();

    /**
     * Checks a signature.
     *
     * @param message the signed bytes
     * @param signature the signature as {@link Signer#sign(byte[])} produces it
     * @return {@link SignatureCheck#VALID}, {@link SignatureCheck#INVALID} for a well-formed signature that does
     *     not verify, or {@link SignatureCheck#MALFORMED} for a broken encoding; never throws for bad signatures
     */
    SignatureCheck verify(byte[] message, byte[] signature);

    /**
     * Creates the built-in verifier for a key.
     *
     * @param key the public key
     * @return a thread-safe verifier
     */
    static Verifier of(PublicKeyInfo key) {
        return new EngineVerifier(key);
    }

    /**
     * Creates the built-in verifier for a certificate's key. The certificate's validity and chain are not
     * checked here; that is the caller's policy.
     *
     * @param certificate the signer's certificate
     * @return a thread-safe verifier
     * @throws io.dangan.archive.InvalidInputException with code {@code PUBLIC_KEY_MALFORMED} when the certificate's
     *     key is of no supported algorithm
     */
    static Verifier of(X509Certificate certificate) {
        return of(PublicKeyInfo.of(certificate));
    }
}

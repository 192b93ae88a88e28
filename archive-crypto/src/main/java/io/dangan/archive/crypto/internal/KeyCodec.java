package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;

/** Key and certificate encodings. */
public final class KeyCodec {
    private KeyCodec() {
    }

    /**
     * A decoded public key.
     *
     * @param algorithm its algorithm
     * @param canonical its canonical SPKI DER
     */
    public record Decoded(SignatureAlgorithm algorithm, byte[] canonical) {
    }

    /**
     * A private key with its public key.
     *
     * @param algorithm the algorithm
     * @param pkcs8 the private key, PKCS#8 DER
     * @param spki the public key, SPKI DER
     */
    public record Pair(SignatureAlgorithm algorithm, byte[] pkcs8, byte[] spki) {
    }

    /**
     * Decodes a public key.
     *
     * @param der SPKI DER
     * @return the key
     */
    public static Decoded decodePublic(byte[] der) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Extracts a PEM body.
     *
     * @param pem the text
     * @param label the expected label
     * @return the bytes
     */
    public static byte[] pemBody(String pem, String label) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Extracts a certificate's SPKI.
     *
     * @param certificate the certificate
     * @return SPKI DER
     */
    public static byte[] certificatePublicKey(X509Certificate certificate) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Generates a pair.
     *
     * @param algorithm the algorithm
     * @param random randomness
     * @return the pair
     */
    public static Pair generate(SignatureAlgorithm algorithm, SecureRandom random) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Decodes a private key.
     *
     * @param der PKCS#8 DER
     * @return the pair
     */
    public static Pair decodePrivate(byte[] der) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Checks a certificate is for a key.
     *
     * @param spki the key
     * @param certificate the certificate
     */
    public static void requireSameKey(byte[] spki, X509Certificate certificate) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Issues a self-signed certificate.
     *
     * @param key the key
     * @param commonName the name
     * @param notBefore start
     * @param notAfter end
     * @param timeStamping whether to mark it for timestamping only
     * @return the certificate
     */
    public static X509Certificate selfSigned(SigningKey key, String commonName, Instant notBefore, Instant notAfter,
            boolean timeStamping) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.KeyCodec;
import io.dangan.archive.model.DigestAlgorithm;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * A signer's public key (公钥) in its canonical X.509 {@code SubjectPublicKeyInfo} DER form, with the
 * algorithm it verifies and a stable key id.
 *
 * <p>Decoding accepts the encodings found in the wild and normalises them, so one key has one value and one key
 * id: SM2 keys under {@code id-ecPublicKey} with the {@code sm2p256v1} curve OID (1.2.156.10197.1.301), or under
 * the SM2 algorithm OID itself; EC points compressed or not. The canonical form is {@code id-ecPublicKey} with
 * the named curve and an uncompressed point (SM2, ECDSA P-256), or RFC 8410 for Ed25519.
 *
 * <p>The {@linkplain #keyId() key id} is the lower-case hex SM3 digest of the canonical DER encoding.
 * Instances are immutable; equality is by encoding.
 */
public final class PublicKeyInfo {
    private final SignatureAlgorithm algorithm;
    private final byte[] encoded;
    private final String keyId;

    private PublicKeyInfo(SignatureAlgorithm algorithm, byte[] encoded) {
        this.algorithm = algorithm;
        this.encoded = encoded;
        this.keyId = Hasher.digest(DigestAlgorithm.SM3, encoded).hex();
    }

    /**
     * Decodes a DER {@code SubjectPublicKeyInfo}.
     *
     * @param der the encoding
     * @return the key in canonical form
     * @throws io.dangan.archive.InvalidInputException with code {@code PUBLIC_KEY_MALFORMED} when the bytes are not
     *     a valid public key of a supported algorithm (including a point not on the curve)
     */
    public static PublicKeyInfo decode(byte[] der) {
        KeyCodec.Decoded d = KeyCodec.decodePublic(der);
        return new PublicKeyInfo(SignatureAlgorithm.valueOf(d.algorithm().name()), d.canonical());
    }

    /**
     * Decodes a PEM {@code PUBLIC KEY} block, as {@code openssl pkey -pubout} writes it.
     *
     * @param pem the text
     * @return the key in canonical form
     * @throws io.dangan.archive.InvalidInputException with code {@code PUBLIC_KEY_MALFORMED} when the text holds no
     *     valid public key
     */
    public static PublicKeyInfo fromPem(String pem) {
        return decode(KeyCodec.pemBody(pem, "PUBLIC KEY"));
    }

    /**
     * Takes the public key of a certificate.
     *
     * @param certificate the certificate
     * @return its key in canonical form
     * @throws io.dangan.archive.InvalidInputException with code {@code PUBLIC_KEY_MALFORMED} for an unsupported key
     */
    public static PublicKeyInfo of(X509Certificate certificate) {
        return decode(KeyCodec.certificatePublicKey(certificate));
    }

    /** @return the algorithm signatures under this key use */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** @return a fresh copy of the canonical DER encoding */
    public byte[] encoded() {
        return encoded.clone();
    }

    /** @return the key id: lower-case hex SM3 of the canonical encoding, 64 characters */
    public String keyId() {
        return keyId;
    }

    /** @return the key as a PEM {@code PUBLIC KEY} block with a trailing line feed */
    public String toPem() {
        String b64 = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(encoded);
        return "-----BEGIN PUBLIC KEY-----\n" + b64 + "\n-----END PUBLIC KEY-----\n";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PublicKeyInfo other && algorithm == other.algorithm && Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return Objects.hash(algorithm, Arrays.hashCode(encoded));
    }

    @Override
    public String toString() {
        return algorithm.standardName() + " key " + keyId;
    }
}

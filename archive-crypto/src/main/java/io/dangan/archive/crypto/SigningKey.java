package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.KeyCodec;
import io.dangan.archive.crypto.internal.KeyKind;
import io.dangan.archive.crypto.internal.Signers;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A software private key with its public key and, optionally, its certificate (软件签名密钥): what a PKCS#12
 * key provider holds, and what tests and the demo generate.
 *
 * <p>Keys in an HSM never become a {@code SigningKey}; their provider hands out {@link Signer}s directly.
 * Instances are immutable and thread-safe. {@link #toString()} never shows the private key.
 */
public final class SigningKey {
    private final SignatureAlgorithm algorithm;
    private final byte[] pkcs8;
    private final PublicKeyInfo publicKey;
    private final @Nullable X509Certificate certificate;

    private SigningKey(SignatureAlgorithm algorithm, byte[] pkcs8, PublicKeyInfo publicKey,
            @Nullable X509Certificate certificate) {
        this.algorithm = algorithm;
        this.pkcs8 = pkcs8;
        this.publicKey = publicKey;
        this.certificate = certificate;
    }

    /**
     * Generates a fresh key pair.
     *
     * @param algorithm the algorithm
     * @param random the randomness source
     * @return the new key, without certificate
     */
    public static SigningKey generate(SignatureAlgorithm algorithm, SecureRandom random) {
        KeyCodec.Pair p = KeyCodec.generate(KeyKind.valueOf(algorithm.name()), random);
        return new SigningKey(algorithm, p.pkcs8(), PublicKeyInfo.decode(p.spki()), null);
    }

    /**
     * Reads an unencrypted PKCS#8 {@code PrivateKeyInfo} (as {@code openssl genpkey} writes it, DER), deriving
     * the public key from it.
     *
     * @param der the PKCS#8 encoding
     * @return the key, without certificate
     * @throws io.dangan.archive.InvalidInputException with code {@code PRIVATE_KEY_MALFORMED} when the bytes are not
     *     a private key of a supported algorithm
     */
    public static SigningKey fromPkcs8(byte[] der) {
        KeyCodec.Pair p = KeyCodec.decodePrivate(der);
        return new SigningKey(SignatureAlgorithm.valueOf(p.algorithm().name()), p.pkcs8(),
                PublicKeyInfo.decode(p.spki()), null);
    }

    /**
     * Reads a PEM {@code PRIVATE KEY} block (unencrypted PKCS#8).
     *
     * @param pem the text
     * @return the key, without certificate
     * @throws io.dangan.archive.InvalidInputException with code {@code PRIVATE_KEY_MALFORMED} for anything else
     */
    public static SigningKey fromPem(String pem) {
        return fromPkcs8(KeyCodec.pemBody(pem, "PRIVATE KEY"));
    }

    /**
     * Returns this key with a certificate attached.
     *
     * @param certificate a certificate whose public key is this key's
     * @return a key carrying the certificate
     * @throws io.dangan.archive.InvalidInputException with code {@code CERTIFICATE_MALFORMED} when the certificate is
     *     for another key
     */
    public SigningKey withCertificate(X509Certificate certificate) {
        Objects.requireNonNull(certificate, "certificate");
        KeyCodec.requireSameKey(publicKey.encoded(), certificate);
        return new SigningKey(algorithm, pkcs8, publicKey, certificate);
    }

    /**
     * Issues a self-signed certificate for this key (for demos, tests and a local timestamp authority).
     *
     * @param commonName the subject and issuer common name
     * @param notBefore start of validity
     * @param notAfter end of validity, after {@code notBefore}
     * @return the certificate
     */
    public X509Certificate selfSignedCertificate(String commonName, Instant notBefore, Instant notAfter) {
        return KeyCodec.selfSigned(kind(), publicKey.encoded(), engine(), commonName, notBefore, notAfter, false);
    }

    /** @return the algorithm */
    public SignatureAlgorithm algorithm() {
        return algorithm;
    }

    /** @return the public key */
    public PublicKeyInfo publicKey() {
        return publicKey;
    }

    /** @return the attached certificate, if any */
    public Optional<X509Certificate> certificate() {
        return Optional.ofNullable(certificate);
    }

    /** @return a fresh copy of the unencrypted PKCS#8 encoding; handle with care */
    public byte[] pkcs8() {
        return pkcs8.clone();
    }

    /** @return a new thread-safe signer over this key, carrying the certificate if attached */
    public Signer signer() {
        return new SoftwareSigner(publicKey, certificate, engine());
    }

    KeyKind kind() {
        return KeyKind.valueOf(algorithm.name());
    }

    io.dangan.archive.crypto.internal.SignEngine engine() {
        return Signers.create(kind(), pkcs8, publicKey.keyId());
    }

    @Override
    public String toString() {
        return "SigningKey[" + publicKey + "]";
    }
}

package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.DigestAlgorithm;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERNull;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Certificate;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.math.ec.ECPoint;
import org.bouncycastle.math.ec.FixedPointCombMultiplier;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.bouncycastle.util.BigIntegers;

/**
 * Key and certificate encodings: SubjectPublicKeyInfo (X.509), PKCS#8, PEM, self-signed certificates.
 */
public final class KeyCodec {
    private KeyCodec() {
    }

    /**
     * A decoded public key.
     *
     * @param algorithm its algorithm
     * @param canonical its canonical SPKI DER
     */
    public record Decoded(KeyKind algorithm, byte[] canonical) {
    }

    /**
     * A private key with its public key.
     *
     * @param algorithm the algorithm
     * @param pkcs8 the private key, canonical PKCS#8 DER
     * @param spki the public key, canonical SPKI DER
     */
    public record Pair(KeyKind algorithm, byte[] pkcs8, byte[] spki) {
    }

    /**
     * Decodes and canonicalises a public key.
     *
     * @param der SPKI DER
     * @return the key
     * @throws InvalidInputException with {@code PUBLIC_KEY_MALFORMED}
     */
    public static Decoded decodePublic(byte[] der) {
        SubjectPublicKeyInfo spki;
        try {
            spki = SubjectPublicKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (spki == null) {
                throw new IllegalArgumentException("empty");
            }
        } catch (IOException | RuntimeException e) {
            throw malformedPublic("not a DER SubjectPublicKeyInfo: " + e.getMessage(), e);
        }
        KeyKind algorithm = algorithmOf(spki.getAlgorithm(), true);
        byte[] key = spki.getPublicKeyData().getOctets();
        if (algorithm == KeyKind.ED25519) {
            if (key.length != 32 || !Ed25519.validatePublicKeyPartial(key, 0)) {
                throw malformedPublic("Ed25519 public key is not a valid 32-byte point", null);
            }
            return new Decoded(algorithm, ed25519Spki(key));
        }
        ECPoint q;
        try {
            q = Curves.domain(algorithm).getCurve().decodePoint(key).normalize();
        } catch (RuntimeException e) {
            throw malformedPublic("%s public point is not on the curve: %s".formatted(
                    algorithm.name(), e.getMessage()), e);
        }
        if (q.isInfinity()) {
            throw malformedPublic(algorithm.name() + " public point is the point at infinity", null);
        }
        return new Decoded(algorithm, ecSpki(algorithm, q));
    }

    /**
     * Maps an algorithm identifier to a signature algorithm.
     *
     * @param id the identifier of a key
     * @param publicKey whether it came from a public key (for the error code)
     */
    private static KeyKind algorithmOf(AlgorithmIdentifier id, boolean publicKey) {
        ASN1ObjectIdentifier oid = id.getAlgorithm();
        ASN1Encodable params = id.getParameters();
        if (oid.equals(X9ObjectIdentifiers.id_ecPublicKey)) {
            if (params instanceof ASN1ObjectIdentifier curve) {
                if (curve.equals(Curves.SM2_OID)) {
                    return KeyKind.SM2;
                }
                if (curve.equals(Curves.P256_OID)) {
                    return KeyKind.ECDSA_P256;
                }
                throw malformed(publicKey, "elliptic curve %s is not supported, expected sm2p256v1 (%s) or P-256 (%s)"
                        .formatted(curve.getId(), Curves.SM2_OID.getId(), Curves.P256_OID.getId()));
            }
            throw malformed(publicKey, "EC key without a named curve (explicit parameters are not accepted)");
        }
        if (oid.equals(Curves.SM2_OID) || oid.equals(GMObjectIdentifiers.sm2sign)) {
            if (params == null || params instanceof DERNull || Curves.SM2_OID.equals(params)) {
                return KeyKind.SM2;
            }
            throw malformed(publicKey, "SM2 key with unexpected algorithm parameters " + params);
        }
        if (oid.equals(EdECObjectIdentifiers.id_Ed25519)) {
            if (params != null) {
                throw malformed(publicKey, "Ed25519 key with algorithm parameters, RFC 8410 requires none");
            }
            return KeyKind.ED25519;
        }
        throw malformed(publicKey, "key algorithm %s is not supported, expected SM2, Ed25519 or ECDSA P-256"
                .formatted(oid.getId()));
    }

    private static InvalidInputException malformed(boolean publicKey, String message) {
        return publicKey ? malformedPublic(message, null) : malformedPrivate(message, null);
    }

    private static InvalidInputException malformedPublic(String message, Throwable cause) {
        return new InvalidInputException(ErrorCode.PUBLIC_KEY_MALFORMED, "publicKey", "public key: " + message, cause);
    }

    private static InvalidInputException malformedPrivate(String message, Throwable cause) {
        return new InvalidInputException(ErrorCode.PRIVATE_KEY_MALFORMED, "privateKey", "private key: " + message,
                cause);
    }

    static byte[] ecSpki(KeyKind algorithm, ECPoint q) {
        try {
            return new SubjectPublicKeyInfo(
                    new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey, Curves.curveOid(algorithm)),
                    q.getEncoded(false)).getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] ed25519Spki(byte[] key) {
        try {
            return new SubjectPublicKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519), key)
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Extracts a PEM body.
     *
     * @param pem the text
     * @param label the expected label: {@code PUBLIC KEY}, {@code PRIVATE KEY} or {@code CERTIFICATE}
     * @return the bytes
     * @throws InvalidInputException with the code matching the label
     */
    public static byte[] pemBody(String pem, String label) {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int b = pem.indexOf(begin);
        int e = b < 0 ? -1 : pem.indexOf(end, b + begin.length());
        ErrorCode code = switch (label) {
            case "PUBLIC KEY" -> ErrorCode.PUBLIC_KEY_MALFORMED;
            case "PRIVATE KEY" -> ErrorCode.PRIVATE_KEY_MALFORMED;
            default -> ErrorCode.CERTIFICATE_MALFORMED;
        };
        if (b < 0 || e < 0) {
            throw new InvalidInputException(code, "pem", "PEM text holds no '%s' block".formatted(label));
        }
        try {
            return Base64.getMimeDecoder().decode(pem.substring(b + begin.length(), e).strip());
        } catch (IllegalArgumentException x) {
            throw new InvalidInputException(code, "pem", "PEM '%s' block is not valid base64".formatted(label), x);
        }
    }

    /**
     * Extracts a certificate's SPKI, parsing the certificate independently of the JCA provider that made it.
     *
     * @param certificate the certificate
     * @return SPKI DER as found in the certificate
     * @throws InvalidInputException with {@code CERTIFICATE_MALFORMED}
     */
    public static byte[] certificatePublicKey(X509Certificate certificate) {
        try {
            return Certificate.getInstance(certificate.getEncoded()).getSubjectPublicKeyInfo()
                    .getEncoded(ASN1Encoding.DER);
        } catch (CertificateEncodingException | IOException | RuntimeException e) {
            throw new InvalidInputException(ErrorCode.CERTIFICATE_MALFORMED, "certificate",
                    "certificate cannot be decoded: " + e.getMessage(), e);
        }
    }

    /**
     * Generates a pair.
     *
     * @param algorithm the algorithm
     * @param random randomness
     * @return the pair
     */
    public static Pair generate(KeyKind algorithm, SecureRandom random) {
        if (algorithm == KeyKind.ED25519) {
            Ed25519PrivateKeyParameters sk = new Ed25519PrivateKeyParameters(random);
            return ed25519Pair(sk.getEncoded());
        }
        ECDomainParameters domain = Curves.domain(algorithm);
        // SM2 requires d in [1, n-2] (GB/T 32918.1 6.1); the same range is valid for ECDSA
        BigInteger d = BigIntegers.createRandomInRange(BigInteger.ONE, domain.getN().subtract(BigInteger.TWO), random);
        return ecPair(algorithm, d);
    }

    private static Pair ed25519Pair(byte[] seed) {
        Ed25519PrivateKeyParameters sk = new Ed25519PrivateKeyParameters(seed, 0);
        try {
            byte[] pkcs8 = new PrivateKeyInfo(new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519),
                    new DEROctetString(seed)).getEncoded(ASN1Encoding.DER);
            return new Pair(KeyKind.ED25519, pkcs8, ed25519Spki(sk.generatePublicKey().getEncoded()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Pair ecPair(KeyKind algorithm, BigInteger d) {
        ECDomainParameters domain = Curves.domain(algorithm);
        ECPoint q = new FixedPointCombMultiplier().multiply(domain.getG(), d).normalize();
        try {
            AlgorithmIdentifier id = new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                    Curves.curveOid(algorithm));
            ECPrivateKey ec = new ECPrivateKey(domain.getN().bitLength(), d, new DERBitString(q.getEncoded(false)),
                    null);
            byte[] pkcs8 = new PrivateKeyInfo(id, ec).getEncoded(ASN1Encoding.DER);
            return new Pair(algorithm, pkcs8, ecSpki(algorithm, q));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Decodes and canonicalises a private key, deriving its public key.
     *
     * @param der PKCS#8 DER
     * @return the pair
     * @throws InvalidInputException with {@code PRIVATE_KEY_MALFORMED}
     */
    public static Pair decodePrivate(byte[] der) {
        PrivateKeyInfo info;
        ASN1Encodable inner;
        try {
            info = PrivateKeyInfo.getInstance(ASN1Primitive.fromByteArray(der));
            if (info == null) {
                throw new IllegalArgumentException("empty");
            }
            inner = info.parsePrivateKey();
        } catch (IOException | RuntimeException e) {
            throw malformedPrivate("not a DER PKCS#8 PrivateKeyInfo: " + e.getMessage(), e);
        }
        KeyKind algorithm = algorithmOf(info.getPrivateKeyAlgorithm(), false);
        if (algorithm == KeyKind.ED25519) {
            byte[] seed;
            try {
                seed = ASN1OctetString.getInstance(inner).getOctets();
            } catch (RuntimeException e) {
                throw malformedPrivate("Ed25519 private key is not an OCTET STRING", e);
            }
            if (seed.length != 32) {
                throw malformedPrivate("Ed25519 private key has %d bytes, expected 32".formatted(seed.length), null);
            }
            return ed25519Pair(seed);
        }
        BigInteger d;
        try {
            d = ECPrivateKey.getInstance(inner).getKey();
        } catch (RuntimeException e) {
            throw malformedPrivate("EC private key is not an ECPrivateKey structure", e);
        }
        BigInteger n = Curves.domain(algorithm).getN();
        if (d.signum() <= 0 || d.compareTo(n.subtract(BigInteger.ONE)) >= 0) {
            throw malformedPrivate(algorithm.name() + " private scalar is outside [1, n-2]", null);
        }
        return ecPair(algorithm, d);
    }

    /**
     * Checks a certificate is for a key.
     *
     * @param spki the key, canonical
     * @param certificate the certificate
     * @throws InvalidInputException with {@code CERTIFICATE_MALFORMED} when it is for another key
     */
    public static void requireSameKey(byte[] spki, X509Certificate certificate) {
        byte[] certKey;
        try {
            certKey = decodePublic(certificatePublicKey(certificate)).canonical();
        } catch (InvalidInputException e) {
            throw new InvalidInputException(ErrorCode.CERTIFICATE_MALFORMED, "certificate",
                    "certificate of %s has an unusable key: %s".formatted(
                            certificate.getSubjectX500Principal(), e.getMessage()), e);
        }
        if (!Arrays.equals(spki, certKey)) {
            throw new InvalidInputException(ErrorCode.CERTIFICATE_MALFORMED, "certificate",
                    "certificate of %s is for another key than the signing key".formatted(
                            certificate.getSubjectX500Principal()));
        }
    }

    /**
     * Issues a self-signed certificate.
     *
     * @param kind the key's algorithm
     * @param spki the canonical public key
     * @param signer the private key's engine
     * @param commonName the name
     * @param notBefore start
     * @param notAfter end
     * @param timeStamping whether to mark it for timestamping only (critical EKU)
     * @return the certificate
     */
    public static X509Certificate selfSigned(KeyKind kind, byte[] spki, SignEngine signer, String commonName,
            Instant notBefore, Instant notAfter, boolean timeStamping) {
        if (!notAfter.isAfter(notBefore)) {
            throw new IllegalArgumentException("notAfter " + notAfter + " must be after notBefore " + notBefore);
        }
        X500Name name = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
        byte[] serialSeed = (HexFormat.of().formatHex(spki) + "|" + notBefore + "|" + commonName)
                .getBytes(StandardCharsets.UTF_8);
        BigInteger serial = new BigInteger(1, Arrays.copyOf(digest(DigestAlgorithm.SM3, serialSeed), 16));
        try {
            X509v3CertificateBuilder b = new X509v3CertificateBuilder(name, serial.setBit(0), Date.from(notBefore),
                    Date.from(notAfter), name, SubjectPublicKeyInfo.getInstance(spki));
            b.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            b.addExtension(Extension.keyUsage, true,
                    new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            b.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(
                    Arrays.copyOf(digest(DigestAlgorithm.SHA_256, spki), 20)));
            if (timeStamping) {
                b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
            }
            X509CertificateHolder holder = b.build(new SignerContentSigner(kind, signer));
            return toCertificate(holder.getEncoded());
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode certificate", e);
        }
    }

    static byte[] digest(DigestAlgorithm algorithm, byte[] data) {
        DigestEngine e = DigestEngines.create(algorithm);
        e.update(data, 0, data.length);
        byte[] out = new byte[algorithm.length()];
        e.doFinal(out, 0);
        return out;
    }

    /**
     * Parses a DER certificate with the crypto provider, so SM2 certificates work on every JDK.
     *
     * @param der the encoding
     * @return the certificate
     * @throws InvalidInputException with {@code CERTIFICATE_MALFORMED}
     */
    public static X509Certificate toCertificate(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509", Bc.provider())
                    .generateCertificate(new ByteArrayInputStream(der));
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new InvalidInputException(ErrorCode.CERTIFICATE_MALFORMED, "certificate",
                    "bytes are not an X.509 certificate: " + e.getMessage(), e);
        }
    }
}

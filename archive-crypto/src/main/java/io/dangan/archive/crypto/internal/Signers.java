package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.jspecify.annotations.Nullable;

/**
 * The built-in software signers. SM2 and ECDSA keep a pool of initialised Bouncy Castle engines over the
 * optimised curves (an SM2 engine's initialisation computes the signer's {@code Z} value once); Ed25519 signing is
 * stateless.
 */
public final class Signers {
    /** The default SM2 user id as bytes. */
    static final byte[] SM2_ID = SignatureAlgorithm.SM2_DEFAULT_USER_ID.getBytes(StandardCharsets.US_ASCII);

    private Signers() {
    }

    /**
     * Creates a signer.
     *
     * @param key the key
     * @return the signer
     */
    public static Signer create(SigningKey key) {
        X509Certificate cert = key.certificate().orElse(null);
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(key.pkcs8());
        try {
            return switch (key.algorithm()) {
                case SM2 -> new Sm2(key.publicKey(), cert,
                        ECPrivateKey.getInstance(info.parsePrivateKey()).getKey());
                case ECDSA_P256 -> new EcdsaP256(key.publicKey(), cert,
                        ECPrivateKey.getInstance(info.parsePrivateKey()).getKey());
                case ED25519 -> new Ed(key.publicKey(), cert,
                        ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets());
            };
        } catch (java.io.IOException e) {
            throw new IllegalStateException("canonical PKCS#8 does not parse", e);
        }
    }

    private abstract static class Base implements Signer {
        private final PublicKeyInfo publicKey;
        private final @Nullable X509Certificate certificate;

        Base(PublicKeyInfo publicKey, @Nullable X509Certificate certificate) {
            this.publicKey = publicKey;
            this.certificate = certificate;
        }

        @Override
        public SignatureAlgorithm algorithm() {
            return publicKey.algorithm();
        }

        @Override
        public PublicKeyInfo publicKey() {
            return publicKey;
        }

        @Override
        public Optional<X509Certificate> certificate() {
            return Optional.ofNullable(certificate);
        }

        @Override
        public String toString() {
            return "Signer[" + publicKey + "]";
        }
    }

    /** SM2 with SM3 and the default user id. */
    static final class Sm2 extends Base {
        private final Pool<SM2Signer> pool;

        Sm2(PublicKeyInfo publicKey, @Nullable X509Certificate certificate, BigInteger d) {
            super(publicKey, certificate);
            ECPrivateKeyParameters priv = new ECPrivateKeyParameters(d, Curves.SM2);
            this.pool = new Pool<>(() -> {
                SM2Signer s = new SM2Signer();
                s.init(true, new ParametersWithID(new ParametersWithRandom(priv, new SecureRandom()), SM2_ID));
                return s;
            });
        }

        @Override
        public byte[] sign(byte[] message) {
            SM2Signer s = pool.borrow();
            try {
                s.update(message, 0, message.length);
                byte[] sig = s.generateSignature();
                pool.release(s);
                return sig;
            } catch (CryptoException | RuntimeException e) {
                throw new IntegrityException(ErrorCode.SIGNING_FAILED, keyId(), "SM2 signing failed: " + e.getMessage(),
                        e);
            }
        }
    }

    /** ECDSA P-256 with SHA-256 from the JDK and deterministic k (RFC 6979). */
    static final class EcdsaP256 extends Base {
        private final Pool<ECDSASigner> pool;
        private final ECDomainParameters domain = Curves.P256;

        EcdsaP256(PublicKeyInfo publicKey, @Nullable X509Certificate certificate, BigInteger d) {
            super(publicKey, certificate);
            ECPrivateKeyParameters priv = new ECPrivateKeyParameters(d, Curves.P256);
            this.pool = new Pool<>(() -> {
                ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
                s.init(true, priv);
                return s;
            });
        }

        @Override
        public byte[] sign(byte[] message) {
            byte[] hash = sha256(message);
            ECDSASigner s = pool.borrow();
            try {
                BigInteger[] rs = s.generateSignature(hash);
                pool.release(s);
                return StandardDSAEncoding.INSTANCE.encode(domain.getN(), rs[0], rs[1]);
            } catch (java.io.IOException | RuntimeException e) {
                throw new IntegrityException(ErrorCode.SIGNING_FAILED, keyId(),
                        "ECDSA signing failed: " + e.getMessage(), e);
            }
        }
    }

    /** Ed25519 (pure); stateless and thread-safe. */
    static final class Ed extends Base {
        private final Ed25519PrivateKeyParameters sk;

        Ed(PublicKeyInfo publicKey, @Nullable X509Certificate certificate, byte[] seed) {
            super(publicKey, certificate);
            this.sk = new Ed25519PrivateKeyParameters(seed, 0);
            sk.generatePublicKey();
        }

        @Override
        public byte[] sign(byte[] message) {
            byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
            sk.sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, sig, 0);
            return sig;
        }
    }

    static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

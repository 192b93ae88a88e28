package io.dangan.archive.crypto.internal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.ECPrivateKey;
import org.bouncycastle.crypto.CryptoException;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.params.ECPrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.params.ParametersWithRandom;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.HMacDSAKCalculator;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.crypto.signers.StandardDSAEncoding;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The built-in software signing engines. SM2 and ECDSA keep a pool of initialised Bouncy Castle engines over the
 * optimised curves (an SM2 engine's initialisation computes the signer's {@code Z} value once); Ed25519 signing is
 * stateless. All engines are thread-safe.
 */
public final class Signers {
    /** The default SM2 user id (GM/T 0009) as bytes. */
    static final byte[] SM2_ID = "1234567812345678".getBytes(StandardCharsets.US_ASCII);

    private Signers() {
    }

    /**
     * Creates a signing engine.
     *
     * @param kind the algorithm
     * @param pkcs8 the canonical PKCS#8 private key of that algorithm
     * @param location where signing failures are reported (the key id)
     * @return the engine
     */
    public static SignEngine create(KeyKind kind, byte[] pkcs8, String location) {
        PrivateKeyInfo info = PrivateKeyInfo.getInstance(pkcs8);
        try {
            return switch (kind) {
                case SM2 -> sm2(ECPrivateKey.getInstance(info.parsePrivateKey()).getKey(), location);
                case ECDSA_P256 -> ecdsa(ECPrivateKey.getInstance(info.parsePrivateKey()).getKey(), location);
                case ED25519 -> ed25519(ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets());
            };
        } catch (IOException e) {
            throw new IllegalStateException("canonical PKCS#8 does not parse", e);
        }
    }

    /**
     * SM2 with SM3 and the default user id over a pooled engine.
     *
     * @param d the private scalar
     * @param location the key id, for errors
     * @return the engine
     */
    static SignEngine sm2(BigInteger d, String location) {
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(d, Curves.SM2);
        Pool<SM2Signer> pool = new Pool<>(() -> {
            SM2Signer s = new SM2Signer();
            s.init(true, new ParametersWithID(new ParametersWithRandom(priv, new SecureRandom()), SM2_ID));
            return s;
        });
        return message -> {
            SM2Signer s = pool.borrow();
            try {
                s.update(message, 0, message.length);
                byte[] sig = s.generateSignature();
                pool.release(s);
                return sig;
            } catch (CryptoException | RuntimeException e) {
                throw new IntegrityException(ErrorCode.SIGNING_FAILED, location, "SM2 signing failed: " + e.getMessage(),
                        e);
            }
        };
    }

    /** ECDSA P-256 with SHA-256 from the JDK and deterministic k (RFC 6979). */
    private static SignEngine ecdsa(BigInteger d, String location) {
        ECPrivateKeyParameters priv = new ECPrivateKeyParameters(d, Curves.P256);
        Pool<ECDSASigner> pool = new Pool<>(() -> {
            ECDSASigner s = new ECDSASigner(new HMacDSAKCalculator(new SHA256Digest()));
            s.init(true, priv);
            return s;
        });
        return message -> {
            byte[] hash = sha256(message);
            ECDSASigner s = pool.borrow();
            try {
                BigInteger[] rs = s.generateSignature(hash);
                pool.release(s);
                return StandardDSAEncoding.INSTANCE.encode(Curves.P256.getN(), rs[0], rs[1]);
            } catch (IOException | RuntimeException e) {
                throw new IntegrityException(ErrorCode.SIGNING_FAILED, location,
                        "ECDSA signing failed: " + e.getMessage(), e);
            }
        };
    }

    /** Ed25519 (pure); stateless. */
    private static SignEngine ed25519(byte[] seed) {
        Ed25519PrivateKeyParameters sk = new Ed25519PrivateKeyParameters(seed, 0);
        sk.generatePublicKey();
        return message -> {
            byte[] sig = new byte[Ed25519.SIGNATURE_SIZE];
            sk.sign(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, sig, 0);
            return sig;
        };
    }

    static byte[] sha256(byte[] message) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(message);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.dangan.archive.crypto.internal;

import java.math.BigInteger;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The built-in verification engines. Every signature is first parsed strictly, so a malformed encoding is
 * reported as {@link Check#MALFORMED} rather than as a failed verification. All engines are thread-safe.
 */
public final class Verifiers {
    /** The order of the Ed25519 group, L = 2^252 + 27742317777372353535851937790883648493. */
    private static final BigInteger ED25519_L = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private Verifiers() {
    }

    /**
     * Creates a verification engine.
     *
     * @param kind the algorithm
     * @param spki the canonical SubjectPublicKeyInfo of that algorithm
     * @return the engine
     */
    public static VerifyEngine create(KeyKind kind, byte[] spki) {
        byte[] point = SubjectPublicKeyInfo.getInstance(spki).getPublicKeyData().getOctets();
        return switch (kind) {
            case SM2 -> sm2(new ECPublicKeyParameters(Curves.SM2.getCurve().decodePoint(point), Curves.SM2));
            case ECDSA_P256 -> ecdsa(new ECPublicKeyParameters(Curves.P256.getCurve().decodePoint(point), Curves.P256));
            case ED25519 -> ed25519(new Ed25519PublicKeyParameters(point, 0));
        };
    }

    /**
     * SM2 with SM3 and the default user id, over pooled engines.
     *
     * @param pub the key
     * @return the engine
     */
    static VerifyEngine sm2(ECPublicKeyParameters pub) {
        Pool<SM2Signer> pool = new Pool<>(() -> {
            SM2Signer s = new SM2Signer();
            s.init(false, new ParametersWithID(pub, Signers.SM2_ID));
            return s;
        });
        BigInteger n = Curves.SM2.getN();
        return (message, signature) -> {
            if (DerSignature.parse(signature, n) == null) {
                return Check.MALFORMED;
            }
            SM2Signer s = pool.borrow();
            boolean ok;
            try {
                s.update(message, 0, message.length);
                ok = s.verifySignature(signature);
            } catch (RuntimeException e) {
                s.reset();
                ok = false;
            }
            pool.release(s);
            return ok ? Check.VALID : Check.INVALID;
        };
    }

    private static VerifyEngine ecdsa(ECPublicKeyParameters pub) {
        ECDSASigner verifier = new ECDSASigner();
        verifier.init(false, pub); // verification reads only the key: thread-safe after init
        BigInteger n = Curves.P256.getN();
        return (message, signature) -> {
            BigInteger[] rs = DerSignature.parse(signature, n);
            if (rs == null) {
                return Check.MALFORMED;
            }
            return verifier.verifySignature(Signers.sha256(message), rs[0], rs[1]) ? Check.VALID : Check.INVALID;
        };
    }

    private static VerifyEngine ed25519(Ed25519PublicKeyParameters pub) {
        return (message, signature) -> {
            if (signature.length != Ed25519.SIGNATURE_SIZE) {
                return Check.MALFORMED;
            }
            byte[] sBigEndian = new byte[32];
            for (int i = 0; i < 32; i++) {
                sBigEndian[i] = signature[63 - i];
            }
            if (new BigInteger(1, sBigEndian).compareTo(ED25519_L) >= 0) {
                return Check.MALFORMED; // non-canonical S (RFC 8032 §5.1.7)
            }
            return pub.verify(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0)
                    ? Check.VALID : Check.INVALID;
        };
    }
}

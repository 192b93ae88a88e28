package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.SignatureCheck;
import io.dangan.archive.crypto.Verifier;
import java.math.BigInteger;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.crypto.params.ECDomainParameters;
import org.bouncycastle.crypto.params.ECPublicKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.params.ParametersWithID;
import org.bouncycastle.crypto.signers.ECDSASigner;
import org.bouncycastle.crypto.signers.SM2Signer;
import org.bouncycastle.math.ec.rfc8032.Ed25519;

/**
 * The built-in verifiers. Every signature is first parsed strictly, so a malformed encoding is reported as
 * {@link SignatureCheck#MALFORMED} rather than as a failed verification.
 */
public final class Verifiers {
    /** The order of the Ed25519 group, L = 2^252 + 27742317777372353535851937790883648493. */
    private static final BigInteger ED25519_L = BigInteger.TWO.pow(252)
            .add(new BigInteger("27742317777372353535851937790883648493"));

    private Verifiers() {
    }

    /**
     * Creates a verifier.
     *
     * @param key the key
     * @return the verifier
     */
    public static Verifier create(PublicKeyInfo key) {
        byte[] point = SubjectPublicKeyInfo.getInstance(key.encoded()).getPublicKeyData().getOctets();
        return switch (key.algorithm()) {
            case SM2 -> new Sm2(key, new ECPublicKeyParameters(Curves.SM2.getCurve().decodePoint(point), Curves.SM2));
            case ECDSA_P256 -> new Ecdsa(key,
                    new ECPublicKeyParameters(Curves.P256.getCurve().decodePoint(point), Curves.P256));
            case ED25519 -> new Ed(key, new Ed25519PublicKeyParameters(point, 0));
        };
    }

    /** SM2 with SM3 and the default user id. */
    static final class Sm2 implements Verifier {
        private final PublicKeyInfo key;
        private final Pool<SM2Signer> pool;
        private final ECDomainParameters domain = Curves.SM2;

        Sm2(PublicKeyInfo key, ECPublicKeyParameters pub) {
            this.key = key;
            this.pool = new Pool<>(() -> {
                SM2Signer s = new SM2Signer();
                s.init(false, new ParametersWithID(pub, Signers.SM2_ID));
                return s;
            });
        }

        @Override
        public PublicKeyInfo publicKey() {
            return key;
        }

        @Override
        public SignatureCheck verify(byte[] message, byte[] signature) {
            if (DerSignature.parse(signature, domain.getN()) == null) {
                return SignatureCheck.MALFORMED;
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
            return ok ? SignatureCheck.VALID : SignatureCheck.INVALID;
        }
    }

    /** ECDSA P-256 with SHA-256. */
    static final class Ecdsa implements Verifier {
        private final PublicKeyInfo key;
        private final ECDSASigner verifier = new ECDSASigner();

        Ecdsa(PublicKeyInfo key, ECPublicKeyParameters pub) {
            this.key = key;
            verifier.init(false, pub); // verification uses only the key: thread-safe after init
        }

        @Override
        public PublicKeyInfo publicKey() {
            return key;
        }

        @Override
        public SignatureCheck verify(byte[] message, byte[] signature) {
            BigInteger[] rs = DerSignature.parse(signature, Curves.P256.getN());
            if (rs == null) {
                return SignatureCheck.MALFORMED;
            }
            return verifier.verifySignature(Signers.sha256(message), rs[0], rs[1])
                    ? SignatureCheck.VALID : SignatureCheck.INVALID;
        }
    }

    /** Ed25519 (pure). */
    static final class Ed implements Verifier {
        private final PublicKeyInfo key;
        private final Ed25519PublicKeyParameters pub;

        Ed(PublicKeyInfo key, Ed25519PublicKeyParameters pub) {
            this.key = key;
            this.pub = pub;
        }

        @Override
        public PublicKeyInfo publicKey() {
            return key;
        }

        @Override
        public SignatureCheck verify(byte[] message, byte[] signature) {
            if (signature.length != Ed25519.SIGNATURE_SIZE) {
                return SignatureCheck.MALFORMED;
            }
            byte[] sLe = new byte[32];
            for (int i = 0; i < 32; i++) {
                sLe[i] = signature[63 - i];
            }
            if (new BigInteger(1, sLe).compareTo(ED25519_L) >= 0) {
                return SignatureCheck.MALFORMED; // non-canonical S (RFC 8032 §5.1.7)
            }
            return pub.verify(Ed25519.Algorithm.Ed25519, null, message, 0, message.length, signature, 0)
                    ? SignatureCheck.VALID : SignatureCheck.INVALID;
        }
    }
}

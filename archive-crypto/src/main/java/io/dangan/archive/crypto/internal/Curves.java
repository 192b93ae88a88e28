package io.dangan.archive.crypto.internal;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x9.X9ECParameters;
import org.bouncycastle.crypto.ec.CustomNamedCurves;
import org.bouncycastle.crypto.params.ECDomainParameters;

/**
 * The two elliptic curves in use, from Bouncy Castle's optimised implementations ({@link CustomNamedCurves}),
 * which run several times faster than the generic curve arithmetic.
 */
final class Curves {
    static final ASN1ObjectIdentifier SM2_OID = GMObjectIdentifiers.sm2p256v1;
    static final ASN1ObjectIdentifier P256_OID = SECObjectIdentifiers.secp256r1;
    static final ECDomainParameters SM2 = domain("sm2p256v1");
    static final ECDomainParameters P256 = domain("secp256r1");

    private Curves() {
    }

    private static ECDomainParameters domain(String name) {
        X9ECParameters x9 = CustomNamedCurves.getByName(name);
        return new ECDomainParameters(x9.getCurve(), x9.getG(), x9.getN(), x9.getH(), x9.getSeed());
    }

    static ECDomainParameters domain(KeyKind algorithm) {
        return switch (algorithm) {
            case SM2 -> SM2;
            case ECDSA_P256 -> P256;
            case ED25519 -> throw new IllegalArgumentException("Ed25519 is not a Weierstrass curve");
        };
    }

    static ASN1ObjectIdentifier curveOid(KeyKind algorithm) {
        return switch (algorithm) {
            case SM2 -> SM2_OID;
            case ECDSA_P256 -> P256_OID;
            case ED25519 -> throw new IllegalArgumentException("Ed25519 has no named curve OID");
        };
    }
}

package io.dangan.archive.crypto.internal;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import org.bouncycastle.asn1.edec.EdECObjectIdentifiers;
import org.bouncycastle.asn1.gm.GMObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;
import org.bouncycastle.operator.ContentSigner;

/** Lets certificate and CMS builders sign through any signing engine, including an HSM's. */
final class SignerContentSigner implements ContentSigner {
    private final KeyKind kind;
    private final SignEngine signer;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();

    SignerContentSigner(KeyKind kind, SignEngine signer) {
        this.kind = kind;
        this.signer = signer;
    }

    static AlgorithmIdentifier signatureAlgorithmId(KeyKind algorithm) {
        return switch (algorithm) {
            case SM2 -> new AlgorithmIdentifier(GMObjectIdentifiers.sm2sign_with_sm3);
            case ED25519 -> new AlgorithmIdentifier(EdECObjectIdentifiers.id_Ed25519);
            case ECDSA_P256 -> new AlgorithmIdentifier(X9ObjectIdentifiers.ecdsa_with_SHA256);
        };
    }

    @Override
    public AlgorithmIdentifier getAlgorithmIdentifier() {
        return signatureAlgorithmId(kind);
    }

    @Override
    public OutputStream getOutputStream() {
        return buffer;
    }

    @Override
    public byte[] getSignature() {
        byte[] sig = signer.sign(buffer.toByteArray());
        buffer.reset();
        return sig;
    }
}

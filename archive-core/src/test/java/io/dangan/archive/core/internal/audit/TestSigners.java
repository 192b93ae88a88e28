package io.dangan.archive.core.internal.audit;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.util.HexFormat;

/** Checkpoint signers for tests: Ed25519 from the JDK, independent of the crypto module's key handling. */
final class TestSigners {
    private TestSigners() {
    }

    static CheckpointSigner ed25519() {
        try {
            KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            String keyId = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(kp.getPublic().getEncoded()));
            return new CheckpointSigner() {
                @Override
                public String algorithm() {
                    return "Ed25519";
                }

                @Override
                public String keyId() {
                    return keyId;
                }

                @Override
                public byte[] sign(byte[] message) {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initSign(kp.getPrivate());
                        s.update(message);
                        return s.sign();
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException(e);
                    }
                }

                @Override
                public boolean verify(byte[] message, byte[] signature) {
                    try {
                        Signature s = Signature.getInstance("Ed25519");
                        s.initVerify(kp.getPublic());
                        s.update(message);
                        return s.verify(signature);
                    } catch (GeneralSecurityException e) {
                        return false;
                    }
                }
            };
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

package io.dangan.archive.core.internal.audit;

import io.dangan.archive.crypto.SignatureCheck;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.Verifier;
import java.util.Objects;

/**
 * Signs and verifies audit checkpoints with the archive's key (检查点签名). The default adapts
 * archive-crypto's {@link Signer} and {@link Verifier} (SM2 by default).
 */
public interface CheckpointSigner {
    /** @return the signature algorithm's name, e.g. {@code SM2} */
    String algorithm();

    /** @return the key id */
    String keyId();

    /**
     * @param message the bytes to sign
     * @return the signature
     */
    byte[] sign(byte[] message);

    /**
     * @param message the signed bytes
     * @param signature the signature
     * @return true when it verifies under this signer's public key
     */
    boolean verify(byte[] message, byte[] signature);

    /**
     * @param signer the archive's signer
     * @return a checkpoint signer verifying with the signer's own public key
     */
    static CheckpointSigner of(Signer signer) {
        Objects.requireNonNull(signer, "signer");
        Verifier verifier = Verifier.of(signer.publicKey());
        String keyId = signer.keyId();
        String algorithm = signer.algorithm().standardName();
        return new CheckpointSigner() {
            @Override
            public String algorithm() {
                return algorithm;
            }

            @Override
            public String keyId() {
                return keyId;
            }

            @Override
            public byte[] sign(byte[] message) {
                return signer.sign(message);
            }

            @Override
            public boolean verify(byte[] message, byte[] signature) {
                return verifier.verify(message, signature) == SignatureCheck.VALID;
            }
        };
    }
}

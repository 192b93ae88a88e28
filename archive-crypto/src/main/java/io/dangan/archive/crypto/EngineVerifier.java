package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.KeyKind;
import io.dangan.archive.crypto.internal.VerifyEngine;
import io.dangan.archive.crypto.internal.Verifiers;

/** The built-in verifier: a thread-safe engine over a decoded key. */
final class EngineVerifier implements Verifier {
    private final PublicKeyInfo key;
    private final VerifyEngine engine;

    EngineVerifier(PublicKeyInfo key) {
        this.key = key;
        this.engine = Verifiers.create(KeyKind.valueOf(key.algorithm().name()), key.encoded());
    }

    @Override
    public PublicKeyInfo publicKey() {
        return key;
    }

    @Override
    public SignatureCheck verify(byte[] message, byte[] signature) {
        return SignatureCheck.valueOf(engine.verify(message, signature).name());
    }

    @Override
    public String toString() {
        return "Verifier[" + key + "]";
    }
}

package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.SignEngine;
import java.security.cert.X509Certificate;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A signer over a software key: a thread-safe engine plus the key's public half and certificate. */
final class SoftwareSigner implements Signer {
    private final PublicKeyInfo publicKey;
    private final @Nullable X509Certificate certificate;
    private final SignEngine engine;

    SoftwareSigner(PublicKeyInfo publicKey, @Nullable X509Certificate certificate, SignEngine engine) {
        this.publicKey = publicKey;
        this.certificate = certificate;
        this.engine = engine;
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
    public byte[] sign(byte[] message) {
        return engine.sign(message);
    }

    @Override
    public String toString() {
        return "Signer[" + publicKey + "]";
    }
}

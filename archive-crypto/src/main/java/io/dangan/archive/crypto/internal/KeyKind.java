package io.dangan.archive.crypto.internal;

/** The key algorithms, mirrored from the public enum so that this package does not depend on the public one. */
public enum KeyKind {
    /** SM2 over sm2p256v1 with SM3. */
    SM2,
    /** Ed25519. */
    ED25519,
    /** ECDSA over P-256 with SHA-256. */
    ECDSA_P256
}

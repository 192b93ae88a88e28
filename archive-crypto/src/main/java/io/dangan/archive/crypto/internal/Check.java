package io.dangan.archive.crypto.internal;

/** Outcomes of internal checks; the public enums carry the same names. */
public enum Check {
    /** Verified. */
    VALID,
    /** Well formed, does not verify. */
    INVALID,
    /** Malformed encoding. */
    MALFORMED,
    /** Timestamp: another imprint. */
    IMPRINT_MISMATCH,
    /** Timestamp: another signer. */
    SIGNER_MISMATCH,
    /** Timestamp: signature does not verify. */
    SIGNATURE_INVALID,
    /** Timestamp: certificate unfit. */
    CERTIFICATE_INVALID
}

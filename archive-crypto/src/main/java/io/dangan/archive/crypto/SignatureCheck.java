package io.dangan.archive.crypto;

/**
 * The outcome of checking one signature (验签结果). A malformed encoding is told apart from a well-formed
 * signature that does not verify, because the first points at a broken or hostile producer and the second at
 * altered data or the wrong key.
 */
public enum SignatureCheck {
    /** The signature is well formed and verifies under the key. */
    VALID,
    /** The signature is well formed but does not verify: the data was altered or another key signed. */
    INVALID,
    /**
     * The signature is not a valid encoding for the algorithm: not strict DER, trailing bytes, an integer out
     * of range, or the wrong length.
     */
    MALFORMED;

    /** @return whether this is {@link #VALID} */
    public boolean isValid() {
        return this == VALID;
    }
}

package io.dangan.archive.crypto;

/**
 * The outcome of verifying an RFC 3161 timestamp token (时间戳验证结果) against an authority's certificate
 * and the imprint it should bind.
 */
public enum TimestampCheck {
    /** Signed by the authority's certificate, over the expected imprint, within the certificate's validity. */
    VALID,
    /** The bytes are not a timestamp token: truncated, not CMS SignedData, or the TSTInfo does not decode. */
    MALFORMED,
    /** The token binds another imprint (other data or another digest algorithm). */
    IMPRINT_MISMATCH,
    /** The token was not signed by the given certificate's key (another authority, or the signer id differs). */
    SIGNER_MISMATCH,
    /** The signature over the token does not verify: the token was altered or forged. */
    SIGNATURE_INVALID,
    /**
     * The certificate may not issue timestamps: its extended key usage is not exactly {@code timeStamping}
     * marked critical (RFC 3161 §2.3), or the token's time lies outside its validity.
     */
    CERTIFICATE_INVALID;

    /** @return whether this is {@link #VALID} */
    public boolean isValid() {
        return this == VALID;
    }
}

package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.Tsp;
import io.dangan.archive.model.Digest;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An RFC 3161 {@code TimeStampReq} (时间戳请求): the imprint to stamp, a nonce, and a request for the
 * authority's certificate in the token.
 *
 * <p>Instances are immutable.
 */
public final class TimestampRequest {
    private final Digest imprint;
    private final BigInteger nonce;
    private final byte[] encoded;

    private TimestampRequest(Digest imprint, BigInteger nonce, byte[] encoded) {
        this.imprint = imprint;
        this.nonce = nonce;
        this.encoded = encoded;
    }

    /**
     * Builds a request asking for the authority's certificate in the token.
     *
     * @param imprint the digest to stamp: SM3 (OID 1.2.156.10197.1.401) or SHA-256
     * @param nonce a fresh positive random number (64 bits suffice) that the answer must echo
     * @return the request
     * @throws IllegalArgumentException when the nonce is not positive
     */
    public static TimestampRequest of(Digest imprint, BigInteger nonce) {
        Objects.requireNonNull(imprint, "imprint");
        if (nonce.signum() <= 0) {
            throw new IllegalArgumentException("nonce must be positive, was " + nonce);
        }
        return new TimestampRequest(imprint, nonce, Tsp.encodeRequest(imprint, nonce));
    }

    /**
     * Decodes a DER {@code TimeStampReq}.
     *
     * @param der the encoding
     * @return the request
     * @throws io.dangan.archive.InvalidInputException with code {@code TIMESTAMP_MALFORMED} when the bytes are not a
     *     request with a supported imprint algorithm and a nonce
     */
    public static TimestampRequest decode(byte[] der) {
        Tsp.DecodedRequest d = Tsp.decodeRequest(der);
        return new TimestampRequest(d.imprint(), d.nonce(), der.clone());
    }

    /** @return the imprint to stamp */
    public Digest imprint() {
        return imprint;
    }

    /** @return the nonce */
    public BigInteger nonce() {
        return nonce;
    }

    /** @return a fresh copy of the DER encoding, to send to an authority ({@code application/timestamp-query}) */
    public byte[] encoded() {
        return encoded.clone();
    }
}

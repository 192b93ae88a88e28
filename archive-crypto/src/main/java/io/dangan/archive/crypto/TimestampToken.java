package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.Tsp;
import io.dangan.archive.model.Digest;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 3161 timestamp token (时间戳令牌): CMS {@code SignedData} over a {@code TSTInfo} that binds a message
 * imprint to the authority's time. Decoding only parses; {@link #verify(X509Certificate, Digest)} checks the
 * signature, the certificate and the imprint.
 *
 * <p>Instances are immutable; equality is by encoding.
 */
public final class TimestampToken {
    private final byte[] encoded;
    private final Instant genTime;
    private final Digest imprint;
    private final BigInteger serialNumber;
    private final String policy;
    private final @Nullable BigInteger nonce;

    private TimestampToken(byte[] encoded, Tsp.DecodedToken d) {
        this.encoded = encoded;
        this.genTime = d.genTime();
        this.imprint = d.imprint();
        this.serialNumber = d.serialNumber();
        this.policy = d.policy();
        this.nonce = d.nonce();
    }

    /**
     * Decodes a DER token ({@code ContentInfo} with {@code SignedData}).
     *
     * @param der the token
     * @return the parsed token (not yet verified)
     * @throws io.dangan.archive.InvalidInputException with code {@code TIMESTAMP_MALFORMED} when the bytes are not a
     *     complete token with a supported imprint algorithm
     */
    public static TimestampToken decode(byte[] der) {
        byte[] copy = der.clone();
        return new TimestampToken(copy, Tsp.decodeToken(copy));
    }

    /**
     * Takes the token out of a DER {@code TimeStampResp} and checks it answers the request: status granted, same
     * imprint and nonce.
     *
     * @param response the authority's answer ({@code application/timestamp-reply})
     * @param request the request sent
     * @return the token (its signature is not yet verified)
     * @throws io.dangan.archive.ArchiveException with code {@code TIMESTAMP_MALFORMED} for undecodable bytes, or
     *     {@code TIMESTAMP_REJECTED} when the authority refused or answered another request
     */
    public static TimestampToken fromResponse(byte[] response, TimestampRequest request) {
        return decode(Tsp.tokenFromResponse(response, request.imprint(), request.nonce()));
    }

    /**
     * Verifies a token given as bytes; never throws for bad tokens.
     *
     * @param der the token
     * @param authority the authority's certificate
     * @param expectedImprint the digest the token must bind
     * @return the outcome; {@link TimestampCheck#MALFORMED} when the bytes do not decode
     */
    public static TimestampCheck verify(byte[] der, X509Certificate authority, Digest expectedImprint) {
        TimestampToken t;
        try {
            t = decode(der);
        } catch (io.dangan.archive.InvalidInputException e) {
            return TimestampCheck.MALFORMED;
        }
        return t.verify(authority, expectedImprint);
    }

    /**
     * Verifies this token: the imprint equals {@code expectedImprint}, the CMS signature verifies under the
     * certificate's key, the signer is that certificate, the certificate's extended key usage is exactly
     * {@code timeStamping} and critical, and the token's time lies within the certificate's validity. Chain
     * building up to a trusted root is the caller's policy and not done here.
     *
     * @param authority the authority's certificate
     * @param expectedImprint the digest the token must bind
     * @return the outcome
     */
    public TimestampCheck verify(X509Certificate authority, Digest expectedImprint) {
        Objects.requireNonNull(authority, "authority");
        if (!imprint.equals(expectedImprint)) {
            return TimestampCheck.IMPRINT_MISMATCH;
        }
        return TimestampCheck.valueOf(Tsp.verify(encoded, authority).name());
    }

    /** @return the time the authority asserts ({@code genTime}) */
    public Instant genTime() {
        return genTime;
    }

    /** @return the bound imprint */
    public Digest imprint() {
        return imprint;
    }

    /** @return the authority's serial number of the token */
    public BigInteger serialNumber() {
        return serialNumber;
    }

    /** @return the authority's policy OID, dotted */
    public String policy() {
        return policy;
    }

    /** @return the nonce echoed from the request, if any */
    public Optional<BigInteger> nonce() {
        return Optional.ofNullable(nonce);
    }

    /** @return a fresh copy of the DER encoding */
    public byte[] encoded() {
        return encoded.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampToken other && Arrays.equals(encoded, other.encoded);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(encoded);
    }

    @Override
    public String toString() {
        return "TimestampToken[" + serialNumber + " at " + genTime + " over " + imprint + "]";
    }
}

package io.dangan.archive.crypto.internal;

import io.dangan.archive.crypto.TimestampCheck;
import io.dangan.archive.model.Digest;
import java.math.BigInteger;
import java.security.cert.X509Certificate;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** RFC 3161 encodings over bcpkix. */
public final class Tsp {
    private Tsp() {
    }

    /**
     * A decoded request.
     *
     * @param imprint the imprint
     * @param nonce the nonce
     */
    public record DecodedRequest(Digest imprint, BigInteger nonce) {
    }

    /**
     * A decoded token.
     *
     * @param genTime the time
     * @param imprint the imprint
     * @param serialNumber the serial
     * @param policy the policy OID
     * @param nonce the nonce, if any
     */
    public record DecodedToken(Instant genTime, Digest imprint, BigInteger serialNumber, String policy,
            @Nullable BigInteger nonce) {
    }

    /**
     * Encodes a request.
     *
     * @param imprint the imprint
     * @param nonce the nonce
     * @return DER
     */
    public static byte[] encodeRequest(Digest imprint, BigInteger nonce) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Decodes a request.
     *
     * @param der DER
     * @return the request
     */
    public static DecodedRequest decodeRequest(byte[] der) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Decodes a token.
     *
     * @param der DER
     * @return the token
     */
    public static DecodedToken decodeToken(byte[] der) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Extracts the token of a response.
     *
     * @param response DER response
     * @param imprint the requested imprint
     * @param nonce the requested nonce
     * @return the token DER
     */
    public static byte[] tokenFromResponse(byte[] response, Digest imprint, BigInteger nonce) {
        throw new UnsupportedOperationException("not yet implemented");
    }

    /**
     * Verifies a token's signature and certificate.
     *
     * @param token DER token
     * @param authority the certificate
     * @return the outcome
     */
    public static TimestampCheck verify(byte[] token, X509Certificate authority) {
        throw new UnsupportedOperationException("not yet implemented");
    }
}

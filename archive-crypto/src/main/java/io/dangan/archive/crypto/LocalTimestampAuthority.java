package io.dangan.archive.crypto;

import io.dangan.archive.crypto.internal.LocalTsa;
import io.dangan.archive.model.Digest;
import java.math.BigInteger;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Objects;

/**
 * An in-process RFC 3161 time-stamping authority (本地时间戳服务) for tests, demos and offline
 * installations: it signs tokens with its own key, stamps the time of the given clock, and numbers tokens
 * serially. Its certificate is self-signed with the critical extended key usage {@code timeStamping} only.
 *
 * <p>It lives in this module (not in the testkit) because building tokens needs the crypto provider, which the
 * testkit may not depend on, and because the command-line demo needs one too. Not a substitute for an accredited
 * authority in production. Thread-safe.
 */
public final class LocalTimestampAuthority implements TimestampAuthority {
    /** The policy OID the local authority puts in its tokens (a private arc; it asserts nothing). */
    public static final String POLICY_OID = "1.3.6.1.4.1.59999.3161.1";

    private final LocalTsa tsa;
    private final SecureRandom random;

    private LocalTimestampAuthority(LocalTsa tsa, SecureRandom random) {
        this.tsa = tsa;
        this.random = random;
    }

    /**
     * Creates an authority with a fresh key and certificate (valid ten years from the clock's now).
     *
     * @param clock the source of the stamped time
     * @param algorithm the signature algorithm of its key
     * @param random randomness for the key and nonces
     * @return the authority
     */
    public static LocalTimestampAuthority create(Clock clock, SignatureAlgorithm algorithm, SecureRandom random) {
        Objects.requireNonNull(clock, "clock");
        return create(clock, SigningKey.generate(algorithm, random), random);
    }

    /**
     * Creates an authority over a given key; a certificate with the timeStamping usage is issued for it.
     *
     * @param clock the source of the stamped time
     * @param key the authority's key
     * @param random randomness for nonces
     * @return the authority
     */
    public static LocalTimestampAuthority create(Clock clock, SigningKey key, SecureRandom random) {
        Objects.requireNonNull(clock, "clock");
        return new LocalTimestampAuthority(
                LocalTsa.create(clock, key.kind(), key.pkcs8(), key.publicKey().encoded(), POLICY_OID), random);
    }

    /** @return the authority's certificate, to verify its tokens with */
    public X509Certificate certificate() {
        return tsa.certificate();
    }

    /**
     * Answers an encoded request as an authority on the network would.
     *
     * @param request a DER {@code TimeStampReq}
     * @return a DER {@code TimeStampResp}: granted with a token, or rejected (bad algorithm, malformed request)
     */
    public byte[] respond(byte[] request) {
        return tsa.respond(request);
    }

    @Override
    public TimestampToken stamp(Digest imprint) {
        TimestampRequest req = TimestampRequest.of(imprint, new BigInteger(63, random).setBit(0));
        return TimestampToken.fromResponse(respond(req.encoded()), req);
    }
}

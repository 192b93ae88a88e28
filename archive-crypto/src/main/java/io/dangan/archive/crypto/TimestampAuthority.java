package io.dangan.archive.crypto;

import io.dangan.archive.model.Digest;

/**
 * A time-stamping authority (时间戳服务, RFC 3161) as the SDK uses it: given a message imprint, it returns a
 * signed token binding the imprint to a time. Integrators plug a client of their authority (usually HTTP);
 * {@link LocalTimestampAuthority} is the in-process one for tests and demos.
 *
 * <p>Implementations are thread-safe.
 */
@FunctionalInterface
public interface TimestampAuthority {

    /**
     * Obtains a token for an imprint. Implementations check the answer against the request (status granted,
     * same imprint, same nonce) before returning it.
     *
     * @param imprint the digest of the data to stamp (SM3 or SHA-256)
     * @return the token
     * @throws io.dangan.archive.ArchiveException with code {@code TIMESTAMP_REJECTED} when the authority refuses or
     *     answers with a token for another request, {@code TIMESTAMP_MALFORMED} for an undecodable answer
     */
    TimestampToken stamp(Digest imprint);
}

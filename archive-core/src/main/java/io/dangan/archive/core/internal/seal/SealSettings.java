package io.dangan.archive.core.internal.seal;

import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.TimestampAuthority;
import io.dangan.archive.model.DigestAlgorithm;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How an archive seals and what its verification trusts (封印设置).
 *
 * @param digest the digest algorithm of new seal chains (SM3 by default); an existing chain keeps its algorithm
 * @param signer the signer of new seals (SM2 by default, from a key provider)
 * @param trustedKeys further keys whose seals verify (earlier keys after a key rotation); the signer's key is always
 *     trusted
 * @param timestamps the timestamp authority that stamps new seals, or {@code null} for none
 * @param timestampCertificates the certificates of the authorities whose tokens verify (the authority's own, when it
 *     is a {@link io.dangan.archive.crypto.LocalTimestampAuthority}); empty to check tokens structurally only
 * @param requireTimestamps whether a seal without a token is a finding
 */
public record SealSettings(DigestAlgorithm digest, Signer signer, List<PublicKeyInfo> trustedKeys,
        @Nullable TimestampAuthority timestamps, List<X509Certificate> timestampCertificates,
        boolean requireTimestamps) {

    /** Validates and copies. */
    public SealSettings {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(signer, "signer");
        trustedKeys = List.copyOf(trustedKeys);
        timestampCertificates = List.copyOf(timestampCertificates);
        if (requireTimestamps && timestamps == null) {
            throw new IllegalArgumentException("timestamps are required but no timestamp authority is given");
        }
    }

    /**
     * Settings with SM3, one signer and no timestamps.
     *
     * @param signer the signer
     * @return the settings
     */
    public static SealSettings of(Signer signer) {
        return new SealSettings(DigestAlgorithm.SM3, signer, List.of(), null, List.of(), false);
    }
}

package io.dangan.archive.core;

import io.dangan.archive.core.internal.seal.SealChecker;
import io.dangan.archive.crypto.PublicKeyInfo;
import io.dangan.archive.seal.MaterialProof;
import io.dangan.archive.seal.VerificationReport;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * Checks a {@link MaterialProof} the way a third party does (第三方验证): without any store or archive, trusting only
 * the signer keys and timestamp authorities it names.
 *
 * <pre>{@code
 * VerificationReport r = SealProofs.verify(proof, List.of(archiveKey), List.of(tsaCertificate), Instant.now());
 * if (!r.passed()) { ... r.findings() ... }
 * }</pre>
 */
public final class SealProofs {
    private SealProofs() {
    }

    /**
     * Verifies a material proof: the leaf decodes canonically, its inclusion path leads to the signed root, the
     * seal's signature verifies under the proof's key, that key is one of {@code trustedKeys} and is the key the seal
     * names, and the timestamp token (when present) verifies against one of {@code timestampAuthorities} and binds
     * the signature.
     *
     * @param proof the proof
     * @param trustedKeys the signer keys the relying party trusts
     * @param timestampAuthorities the authority certificates it trusts; empty to check tokens structurally only
     * @param now the time of the check, recorded in the report
     * @return the report; it has passed when it has no findings
     */
    public static VerificationReport verify(MaterialProof proof, Collection<PublicKeyInfo> trustedKeys,
            Collection<X509Certificate> timestampAuthorities, Instant now) {
        Objects.requireNonNull(proof, "proof");
        return new SealChecker(trustedKeys, timestampAuthorities, false).verifyProof(proof, now);
    }
}

package io.dangan.archive.seal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One version of a dossier's seal (档案封印): the signed {@linkplain SealStatement statement}, its signature, an
 * optional RFC 3161 timestamp token bound to the signature, and the consistency proof showing that this version's
 * tree extends the previous version's.
 *
 * <p>The timestamp token's message imprint is the digest, under the statement's digest algorithm, of the signature
 * bytes, so the token binds this very signature (see {@code docs/seal-format.md}). The consistency proof is not
 * signed: anyone holding both seals can check it against the two signed roots.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code MERKLE_PROOF_MALFORMED} when the
 * consistency proof's hashes are of another algorithm than the root, or when version 1 carries a proof.
 *
 * @param statement what was signed
 * @param signature the signature over the statement's canonical encoding
 * @param timestampToken the DER RFC 3161 timestamp token, or {@code null} when the archive has no timestamp authority
 * @param consistencyProof the RFC 6962 consistency proof from {@code previousSize} to {@code treeSize}; empty for
 *     version 1 and when the sizes are equal
 */
public record Seal(SealStatement statement, Octets signature, @Nullable Octets timestampToken,
        List<Digest> consistencyProof) {

    /** Validates and copies. */
    public Seal {
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(signature, "signature");
        consistencyProof = List.copyOf(Objects.requireNonNull(consistencyProof, "consistencyProof"));
        for (Digest d : consistencyProof) {
            if (d.algorithm() != statement.digestAlgorithm()) {
                throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "seal/consistencyProof",
                        "seal %s v%d: consistency proof holds a %s hash, expected %s".formatted(statement.dossier(),
                                statement.version(), d.algorithm().standardName(),
                                statement.digestAlgorithm().standardName()));
            }
        }
        if (statement.version() == 1 && !consistencyProof.isEmpty()) {
            throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "seal/consistencyProof",
                    "seal %s v1 carries a consistency proof, expected none".formatted(statement.dossier()));
        }
    }

    /** @return the timestamp token, when the seal has one */
    public Optional<Octets> timestamp() {
        return Optional.ofNullable(timestampToken);
    }

    /**
     * Returns a copy with another timestamp token (for tools that stamp a seal later).
     *
     * @param token the token, or {@code null} to remove it
     * @return the copy
     */
    public Seal withTimestampToken(@Nullable Octets token) {
        return new Seal(statement, signature, token, consistencyProof);
    }
}

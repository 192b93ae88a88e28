package io.dangan.archive.seal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a seal signs (封印声明): one version of a dossier's seal chain. The canonical byte encoding that is
 * actually signed is specified in {@code docs/seal-format.md}.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code VALUE_OUT_OF_RANGE} when the version,
 * sizes, kind and reason do not fit together (version 1 is the only {@link SealKind#INITIAL} one and starts from
 * size 0; an amendment needs a reason, other kinds have none), or {@code REQUIRED_VALUE_MISSING} for a blank reason.
 *
 * @param dossier the sealed dossier
 * @param version the seal version, 1 for the first seal, then one more per seal
 * @param kind why this version was made
 * @param previousSize the tree size of the previous version (0 for version 1); this version's tree extends it
 * @param treeSize the number of leaves sealed, at least {@code previousSize}
 * @param root the Merkle root (RFC 6962) over the first {@code treeSize} leaves; its algorithm is the seal's digest
 *     algorithm
 * @param signatureAlgorithm the signature algorithm's standard name: {@code SM2}, {@code Ed25519} or {@code ECDSA-P256}
 * @param keyId the signer's key id: lower-case hex SM3 of its canonical public key encoding, 64 characters
 * @param sealedAt when the seal was made, from the archive's clock
 * @param reason why an amendment was made (更正原因), 1-500 characters; {@code null} for other kinds
 */
public record SealStatement(
        DossierId dossier,
        int version,
        SealKind kind,
        long previousSize,
        long treeSize,
        Digest root,
        String signatureAlgorithm,
        String keyId,
        Instant sealedAt,
        @Nullable String reason) {

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern ALGORITHM = Pattern.compile("[A-Za-z0-9-]{1,32}");

    /** Validates. */
    public SealStatement {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(sealedAt, "sealedAt");
        String where = "seal " + dossier + " v" + version;
        if (version < 1) {
            throw range(where + "/version", "%s: version %d, expected 1 or more".formatted(where, version));
        }
        if ((version == 1) != (kind == SealKind.INITIAL)) {
            throw range(where + "/kind", "%s: kind %s, expected INITIAL exactly for version 1".formatted(where, kind));
        }
        if (previousSize < 0 || treeSize < previousSize || (version == 1 && previousSize != 0)) {
            throw range(where + "/treeSize", "%s: sizes %d → %d, expected 0 ≤ previous ≤ size and previous 0 for version 1"
                    .formatted(where, previousSize, treeSize));
        }
        if (!ALGORITHM.matcher(signatureAlgorithm).matches()) {
            throw range(where + "/signatureAlgorithm",
                    "%s: signature algorithm '%s' is not a standard name".formatted(where, signatureAlgorithm));
        }
        if (!KEY_ID.matcher(keyId).matches()) {
            throw range(where + "/keyId", "%s: key id '%s', expected 64 lower-case hex characters".formatted(where, keyId));
        }
        if (kind == SealKind.AMENDMENT) {
            if (reason == null || reason.isBlank()) {
                throw new InvalidInputException(ErrorCode.REQUIRED_VALUE_MISSING, where + "/reason",
                        where + ": an amendment needs a reason");
            }
            reason = reason.strip();
            if (reason.codePointCount(0, reason.length()) > 500) {
                throw new InvalidInputException(ErrorCode.VALUE_TOO_LONG, where + "/reason",
                        "%s: reason is %d characters long, at most 500 allowed".formatted(where,
                                reason.codePointCount(0, reason.length())));
            }
            if (reason.chars().anyMatch(Character::isISOControl)) {
                throw range(where + "/reason", where + ": reason has a control character");
            }
        } else if (reason != null) {
            throw range(where + "/reason", "%s: a %s seal carries no reason".formatted(where, kind));
        }
    }

    /** @return the seal's digest algorithm, that of its root */
    public DigestAlgorithm digestAlgorithm() {
        return root.algorithm();
    }

    private static InvalidInputException range(String location, String message) {
        return new InvalidInputException(ErrorCode.VALUE_OUT_OF_RANGE, location, message);
    }
}

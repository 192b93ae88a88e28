package io.dangan.archive.seal;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a third party needs to check one material without the rest of the dossier (单份材料证明): the
 * material's canonical leaf, its RFC 6962 inclusion proof in the sealed tree, the seal, and the signer's public key
 * (and certificate, when the key has one). Only the relying party's trust in the signer's key comes from outside.
 *
 * <p>The leaf encodes the material's metadata and the digests of its content files, so the party can also hash the
 * files it was given and compare.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code MERKLE_PROOF_MALFORMED} when the leaf
 * does not lie inside the sealed tree, belongs to another dossier, or the path's hashes are of another algorithm.
 *
 * @param seal the seal whose tree includes the leaf
 * @param leaf the material's leaf
 * @param inclusionPath the audit path from the leaf to the seal's root, leaf level first
 * @param signerPublicKey the signer's DER {@code SubjectPublicKeyInfo}
 * @param signerCertificate the signer's DER X.509 certificate, or {@code null}
 */
public record MaterialProof(Seal seal, SealLeaf leaf, List<Digest> inclusionPath, Octets signerPublicKey,
        @Nullable Octets signerCertificate) {

    /** Validates and copies. */
    public MaterialProof {
        Objects.requireNonNull(seal, "seal");
        Objects.requireNonNull(leaf, "leaf");
        Objects.requireNonNull(signerPublicKey, "signerPublicKey");
        inclusionPath = List.copyOf(Objects.requireNonNull(inclusionPath, "inclusionPath"));
        SealStatement s = seal.statement();
        if (!leaf.dossier().equals(s.dossier()) || leaf.index() >= s.treeSize()) {
            throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "proof/leaf",
                    "leaf %d of dossier %s is not inside seal %s v%d of %d leaves".formatted(leaf.index(),
                            leaf.dossier(), s.dossier(), s.version(), s.treeSize()));
        }
        for (Digest d : inclusionPath) {
            if (d.algorithm() != s.digestAlgorithm()) {
                throw new InvalidInputException(ErrorCode.MERKLE_PROOF_MALFORMED, "proof/inclusionPath",
                        "inclusion path holds a %s hash, expected %s".formatted(d.algorithm().standardName(),
                                s.digestAlgorithm().standardName()));
            }
        }
    }

    /** @return the signer's certificate, when given */
    public Optional<Octets> certificate() {
        return Optional.ofNullable(signerCertificate);
    }
}

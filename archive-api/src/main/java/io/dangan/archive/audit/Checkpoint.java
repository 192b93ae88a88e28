package io.dangan.archive.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * A signed checkpoint (签名检查点) of the audit log: the RFC 6962 Merkle tree head over the first
 * {@code treeSize} records (leaf i is record i+1's hash) and the chain head at that size, signed with the
 * archive's key. Two checkpoints are linked by a consistency proof, one record by an inclusion proof.
 *
 * @param treeSize the number of records covered, at least 1
 * @param rootHash lower-case hex Merkle tree head
 * @param chainHead lower-case hex hash of record {@code treeSize}
 * @param createdAt when it was made
 * @param hashAlgorithm the digest, e.g. {@code SM3}
 * @param signatureAlgorithm the signature algorithm, e.g. {@code SM2}
 * @param keyId the signing key's id
 * @param signature base64 signature over {@link #signedText()}
 */
public record Checkpoint(long treeSize, String rootHash, String chainHead, Instant createdAt, String hashAlgorithm,
        String signatureAlgorithm, String keyId, String signature) {
    public Checkpoint {
        if (treeSize < 1) {
            throw new IllegalArgumentException("treeSize " + treeSize + " is below 1");
        }
        Objects.requireNonNull(rootHash, "rootHash");
        Objects.requireNonNull(chainHead, "chainHead");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(hashAlgorithm, "hashAlgorithm");
        Objects.requireNonNull(signatureAlgorithm, "signatureAlgorithm");
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(signature, "signature");
    }

    /** @return the exact text the signature covers, one field per line */
    public String signedText() {
        return "dangan-audit-checkpoint/1\n" + hashAlgorithm + "\n" + treeSize + "\n" + rootHash + "\n" + chainHead
                + "\n" + createdAt + "\n" + keyId + "\n";
    }
}

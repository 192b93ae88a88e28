package io.dangan.archive.audit;

import java.util.List;

/**
 * Proof that one record is in the tree of a checkpoint (RFC 6962 audit path).
 *
 * @param sequence the record's sequence (leaf index + 1)
 * @param treeSize the tree the proof is against
 * @param leafHash lower-case hex record hash (the leaf's data)
 * @param path lower-case hex sibling hashes, leaf to root
 * @param rootHash the tree head the path leads to
 */
public record InclusionProof(long sequence, long treeSize, String leafHash, List<String> path, String rootHash) {
    public InclusionProof {
        if (sequence < 1 || sequence > treeSize) {
            throw new IllegalArgumentException("sequence " + sequence + " is outside 1-" + treeSize);
        }
        path = List.copyOf(path);
    }
}

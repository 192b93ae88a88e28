package io.dangan.archive.audit;

import java.util.List;

/**
 * Proof that the tree of size {@code secondSize} extends the tree of size {@code firstSize}
 * (RFC 6962 consistency proof): nothing covered by the earlier checkpoint was changed or removed.
 *
 * @param firstSize the earlier tree size
 * @param secondSize the later tree size
 * @param firstRoot the earlier tree head
 * @param secondRoot the later tree head
 * @param path lower-case hex proof nodes
 */
public record ConsistencyProof(long firstSize, long secondSize, String firstRoot, String secondRoot, List<String> path) {
    public ConsistencyProof {
        if (firstSize < 1 || firstSize > secondSize) {
            throw new IllegalArgumentException("sizes " + firstSize + ", " + secondSize + " are not 1 <= first <= second");
        }
        path = List.copyOf(path);
    }
}

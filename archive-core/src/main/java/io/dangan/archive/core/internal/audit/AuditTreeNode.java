package io.dangan.archive.core.internal.audit;

import java.util.Objects;

/**
 * One stored subtree hash of the audit log's Merkle tree (子树哈希): the RFC 6962 hash of the complete,
 * aligned subtree of {@code 2^level} leaves starting at leaf {@code index × 2^level}, i.e. records
 * {@code index × 2^level + 1} to {@code (index + 1) × 2^level}. The log stores the subtrees of level
 * {@value AuditTree#STORED_LEVEL} and above as they complete, so a checkpoint or proof reads O(log n) of them
 * instead of every record.
 *
 * @param level the subtree's height, {@code 0..62}
 * @param index its position among the subtrees of that level, from zero
 * @param hash its hash, lower-case hex
 */
public record AuditTreeNode(int level, long index, String hash) {
    public AuditTreeNode {
        if (level < 0 || level > 62) {
            throw new IllegalArgumentException("level " + level + " is outside 0-62");
        }
        if (index < 0 || index > (Long.MAX_VALUE >> level) - 1) {
            throw new IllegalArgumentException("index " + index + " is outside the tree at level " + level);
        }
        Objects.requireNonNull(hash, "hash");
    }

    /** @return the sequence of the first record it covers */
    public long firstSequence() {
        return (index << level) + 1;
    }

    /** @return the sequence of the last record it covers */
    public long lastSequence() {
        return (index + 1) << level;
    }

    /**
     * @param level a level
     * @param index an index
     * @return a key identifying the subtree, unique over every level and index a log can reach
     */
    public static long key(int level, long index) {
        return (index << 6) | level;
    }

    /** @return this subtree's {@link #key(int, long)} */
    public long key() {
        return key(level, index);
    }
}

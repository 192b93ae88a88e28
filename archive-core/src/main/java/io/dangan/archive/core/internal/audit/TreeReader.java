package io.dangan.archive.core.internal.audit;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.IntegrityException;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the subtree hashes a tree head or proof needs from the audit storage (子树读取): the computation runs
 * once against a planner that only notes which subtrees it asks for, then those are read in one query for
 * the stored levels and one range of record hashes per 256-record block below, and the computation runs again
 * on the hashes read. A stored subtree that is missing is computed from its children, down to the records.
 * Instances live for one computation on one thread.
 */
final class TreeReader implements AuditTree.Records {
    private final AuditStorage storage;
    private final DigestAlgorithm algorithm;
    private final Map<Long, byte[]> stored = new HashMap<>();
    /** Leaf hashes by leaf index (sequence - 1). */
    private final Map<Long, byte[]> leaves = new HashMap<>();
    /** Record hashes by leaf index. */
    private final Map<Long, String> records = new HashMap<>();
    /** Computed subtrees below the stored level, by key. */
    private final Map<Long, byte[]> computed = new HashMap<>();

    private TreeReader(AuditStorage storage, DigestAlgorithm algorithm) {
        this.storage = storage;
        this.algorithm = algorithm;
    }

    /**
     * Runs a tree computation on subtree hashes read from storage.
     *
     * @param <T> the result
     * @param storage where the records and stored subtrees are
     * @param algorithm the tree's digest
     * @param work the computation; it must ask for the same subtrees whatever the hashes are (the RFC 6962
     *     recursions do)
     * @return its result
     * @throws IntegrityException {@code AUDIT_DAMAGED} when a record it needs is missing
     */
    static <T> T read(AuditStorage storage, DigestAlgorithm algorithm, Function<AuditTree.Records, T> work) {
        Planner planner = new Planner(algorithm);
        work.apply(planner);
        TreeReader reader = new TreeReader(storage, algorithm);
        reader.load(planner.asked);
        return work.apply(reader);
    }

    private void load(Set<Long> asked) {
        List<Long> nodeKeys = new ArrayList<>();
        List<long[]> ranges = new ArrayList<>();
        for (long key : asked) {
            int level = (int) (key & 63);
            long index = key >>> 6;
            if (level >= AuditTree.STORED_LEVEL) {
                nodeKeys.add(key);
            } else {
                ranges.add(new long[] {index << level, (index + 1) << level});
            }
        }
        if (!nodeKeys.isEmpty()) {
            for (AuditTreeNode n : storage.nodes(nodeKeys)) {
                stored.put(n.key(), AuditCodec.hexBytes(n.hash()));
            }
        }
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        long from = -1;
        long to = -1;
        for (long[] r : ranges) {
            if (from >= 0 && r[0] <= to) {
                to = Math.max(to, r[1]);
                continue;
            }
            if (from >= 0) {
                readLeaves(from, to);
            }
            from = r[0];
            to = r[1];
        }
        if (from >= 0) {
            readLeaves(from, to);
        }
    }

    /** Reads the leaves {@code [from, to)} (leaf indices) that are not read yet. */
    private void readLeaves(long from, long to) {
        Map<Long, String> hashes = storage.hashes(from + 1, to);
        for (Map.Entry<Long, String> e : hashes.entrySet()) {
            if (records.putIfAbsent(e.getKey() - 1, e.getValue()) == null) {
                leaves.put(e.getKey() - 1, AuditCodec.leafHash(algorithm, AuditCodec.hexBytes(e.getValue())));
            }
        }
    }

    @Override
    public String recordHash(long leafIndex) {
        hash(0, leafIndex);
        return records.get(leafIndex);
    }

    @Override
    public DigestAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public byte[] hash(int level, long index) {
        long key = AuditTreeNode.key(level, index);
        if (level >= AuditTree.STORED_LEVEL) {
            byte[] h = stored.get(key);
            if (h == null) {
                List<AuditTreeNode> found = storage.nodes(List.of(key));
                if (!found.isEmpty()) {
                    h = AuditCodec.hexBytes(found.get(0).hash());
                } else if (level == AuditTree.STORED_LEVEL) {
                    h = fromBelow(level, index);
                } else {
                    h = AuditCodec.nodeHash(algorithm, hash(level - 1, 2 * index), hash(level - 1, 2 * index + 1));
                }
                stored.put(key, h);
            }
            return h;
        }
        if (level == 0) {
            byte[] leaf = leaves.get(index);
            if (leaf == null) {
                readLeaves(index, index + 1);
                leaf = leaves.get(index);
            }
            if (leaf == null) {
                throw new IntegrityException(ErrorCode.AUDIT_DAMAGED, "audit " + (index + 1),
                        "audit record %d is missing from storage; verify the log".formatted(index + 1));
            }
            return leaf;
        }
        byte[] h = computed.get(key);
        if (h == null) {
            h = fromBelow(level, index);
            computed.put(key, h);
        }
        return h;
    }

    private byte[] fromBelow(int level, long index) {
        long first = index << level;
        long last = (index + 1) << level;
        if (!leaves.containsKey(first) || !leaves.containsKey(last - 1)) {
            readLeaves(first, last);
        }
        return AuditCodec.nodeHash(algorithm, below(level - 1, 2 * index), below(level - 1, 2 * index + 1));
    }

    private byte[] below(int level, long index) {
        if (level >= AuditTree.STORED_LEVEL) {
            return hash(level, index);
        }
        if (level == 0) {
            return hash(0, index);
        }
        long key = AuditTreeNode.key(level, index);
        byte[] h = computed.get(key);
        if (h == null) {
            h = AuditCodec.nodeHash(algorithm, below(level - 1, 2 * index), below(level - 1, 2 * index + 1));
            computed.put(key, h);
        }
        return h;
    }

    /** Notes the subtrees a computation asks for; answers zeros. */
    private static final class Planner implements AuditTree.Records {
        private final DigestAlgorithm algorithm;
        private final byte[] zeros;
        private final Set<Long> asked = new LinkedHashSet<>();

        Planner(DigestAlgorithm algorithm) {
            this.algorithm = algorithm;
            this.zeros = new byte[algorithm.length()];
        }

        @Override
        public byte[] hash(int level, long index) {
            asked.add(AuditTreeNode.key(level, index));
            return zeros;
        }

        @Override
        public DigestAlgorithm algorithm() {
            return algorithm;
        }

        @Override
        public String recordHash(long leafIndex) {
            hash(0, leafIndex);
            return AuditCodec.GENESIS;
        }
    }
}

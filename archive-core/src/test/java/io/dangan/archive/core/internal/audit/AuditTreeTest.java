package io.dangan.archive.core.internal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The frontier and the subtree-based heads and proofs against the crypto module's {@link MerkleTree} (checked
 * there against Certificate Transparency's known answers).
 */
class AuditTreeTest {
    private static final DigestAlgorithm SM3 = DigestAlgorithm.SM3;
    private static final HexFormat HEX = HexFormat.of();

    /** Record hashes standing in for a log: leaf data of 32 bytes each. */
    private static List<byte[]> data(int n, int seed) {
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            byte[] b = new byte[32];
            for (int j = 0; j < 32; j++) {
                b[j] = (byte) (i * 31 + j * 7 + seed);
            }
            out.add(b);
        }
        return out;
    }

    /** Subtree hashes computed from the leaves. */
    private static final class FromLeaves implements AuditTree.Subtrees {
        final List<byte[]> leafHashes = new ArrayList<>();
        final Map<Long, byte[]> memo = new HashMap<>();

        FromLeaves(List<byte[]> data) {
            data.forEach(d -> leafHashes.add(AuditCodec.leafHash(SM3, d)));
        }

        @Override
        public byte[] hash(int level, long index) {
            return subtree(level, index);
        }

        private byte[] subtree(int level, long index) {
            if (level == 0) {
                return leafHashes.get((int) index);
            }
            long key = AuditTreeNode.key(level, index);
            byte[] h = memo.get(key);
            if (h == null) {
                h = AuditCodec.nodeHash(SM3, subtree(level - 1, 2 * index), subtree(level - 1, 2 * index + 1));
                memo.put(key, h);
            }
            return h;
        }

        @Override
        public DigestAlgorithm algorithm() {
            return SM3;
        }
    }

    private static List<String> hex(List<byte[]> path) {
        return path.stream().map(HEX::formatHex).toList();
    }

    private static List<String> hexDigests(List<Digest> path) {
        return path.stream().map(Digest::hex).toList();
    }

    @Property(tries = 60)
    void headsAndProofsEqualThoseOfTheWholeTree(@ForAll @IntRange(min = 1, max = 700) int n,
            @ForAll @IntRange(min = 0, max = 699) int leaf, @ForAll @IntRange(min = 1, max = 700) int old) {
        List<byte[]> data = data(n, n);
        MerkleTree tree = MerkleTree.fromLeafData(SM3, data);
        FromLeaves s = new FromLeaves(data);
        long m = leaf % n;
        long first = 1 + (old - 1) % n;
        assertThat(HEX.formatHex(AuditTree.root(s, n))).isEqualTo(tree.root().hex());
        assertThat(HEX.formatHex(AuditTree.root(s, first))).isEqualTo(tree.root(first).hex());
        assertThat(hex(AuditTree.inclusionPath(s, m, n))).isEqualTo(hexDigests(tree.inclusionProof(m, n).path()));
        assertThat(HEX.formatHex(AuditTree.rootFromPath(SM3, m, n, s.leafHashes.get((int) m),
                AuditTree.inclusionPath(s, m, n)))).isEqualTo(tree.root().hex());
        assertThat(hex(AuditTree.consistencyPath(s, first, n)))
                .isEqualTo(hexDigests(tree.consistencyProof(first, n).path()));
    }

    @Test
    void aProofInAMillionLeafTreeAsksForLogarithmicallyManySubtrees() {
        AuditTree.Subtrees counting = new AuditTree.Subtrees() {
            int asked;

            @Override
            public byte[] hash(int level, long index) {
                asked++;
                return new byte[32];
            }

            @Override
            public DigestAlgorithm algorithm() {
                return SM3;
            }

            @Override
            public String toString() {
                return Integer.toString(asked);
            }
        };
        AuditTree.inclusionPath(counting, 123_457, 1_000_003);
        AuditTree.consistencyPath(counting, 999_999, 1_000_003);
        AuditTree.root(counting, 1_000_003);
        assertThat(Integer.parseInt(counting.toString())).isLessThanOrEqualTo(3 * 2 * 20);
    }

    @Property(tries = 40)
    void theFrontierGivesEveryPrefixRootAndEmitsEachStoredSubtreeOnce(@ForAll @IntRange(min = 1, max = 1_300) int n) {
        List<byte[]> data = data(n, 7);
        MerkleTree tree = MerkleTree.fromLeafData(SM3, data);
        FromLeaves s = new FromLeaves(data);
        MerkleFrontier f = MerkleFrontier.empty(SM3);
        Map<Long, AuditTreeNode> emitted = new HashMap<>();
        for (int i = 0; i < n; i++) {
            f.append(AuditCodec.leafHash(SM3, data.get(i)), node -> {
                assertThat(emitted.put(node.key(), node)).isNull();
            });
            if (i % 97 == 0 || i == n - 1) {
                assertThat(HEX.formatHex(f.root())).isEqualTo(tree.root(i + 1).hex());
            }
        }
        int expected = 0;
        for (int k = AuditTree.STORED_LEVEL; (1 << k) <= n; k++) {
            expected += n >> k;
        }
        assertThat(emitted).hasSize(expected);
        for (AuditTreeNode node : emitted.values()) {
            assertThat(node.hash()).isEqualTo(HEX.formatHex(s.subtree(node.level(), node.index())));
            assertThat(node.lastSequence()).isLessThanOrEqualTo(n);
        }
        MerkleFrontier rebuilt = MerkleFrontier.of(SM3, n, k -> s.subtree(k, ((long) n >>> k) - 1));
        assertThat(HEX.formatHex(rebuilt.root())).isEqualTo(tree.root().hex());
    }

    @Test
    void aStoredSubtreeNamesTheRecordsItCovers() {
        AuditTreeNode node = new AuditTreeNode(8, 2, "ab".repeat(32));
        assertThat(node.firstSequence()).isEqualTo(513);
        assertThat(node.lastSequence()).isEqualTo(768);
        assertThat(node.key()).isNotEqualTo(new AuditTreeNode(9, 1, "ab".repeat(32)).key());
    }
}

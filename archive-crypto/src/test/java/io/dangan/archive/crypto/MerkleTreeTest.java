package io.dangan.archive.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * RFC 6962 Merkle trees: the Certificate Transparency known-answer vectors for SHA-256, and properties over
 * random trees for both algorithms.
 */
class MerkleTreeTest {
    private static final HexFormat HEX = HexFormat.of();

    /** The eight standard leaves of the Certificate Transparency test suites. */
    private static final List<byte[]> CT_LEAVES = List.of(
            HEX.parseHex(""), HEX.parseHex("00"), HEX.parseHex("10"), HEX.parseHex("2021"), HEX.parseHex("3031"),
            HEX.parseHex("40414243"), HEX.parseHex("5051525354555657"),
            HEX.parseHex("606162636465666768696a6b6c6d6e6f"));

    /** Roots of the trees of 0..8 of those leaves. */
    private static final List<String> CT_ROOTS = List.of(
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
            "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
            "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
            "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
            "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
            "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
            "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
            "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

    private static final MerkleTree CT = MerkleTree.fromLeafData(DigestAlgorithm.SHA_256, CT_LEAVES);

    private static List<Digest> sha(String... hex) {
        return List.of(hex).stream().map(h -> new Digest(DigestAlgorithm.SHA_256, h)).toList();
    }

    @Test
    void rootsEqualTheCertificateTransparencyVectorsForEverySize() {
        for (int n = 0; n <= 8; n++) {
            assertThat(CT.root(n).hex()).as("root of size %d", n).isEqualTo(CT_ROOTS.get(n));
            assertThat(MerkleTree.fromLeafData(DigestAlgorithm.SHA_256, CT_LEAVES.subList(0, n)).root().hex())
                    .isEqualTo(CT_ROOTS.get(n));
        }
    }

    @Test
    void inclusionProofsEqualTheCertificateTransparencyVectors() {
        assertThat(CT.inclusionProof(0, 8).path()).isEqualTo(sha(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(CT.inclusionProof(5, 8).path()).isEqualTo(sha(
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(CT.inclusionProof(2, 3).path()).isEqualTo(sha(
                "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"));
        assertThat(CT.inclusionProof(1, 5).path()).isEqualTo(sha(
                "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
        assertThat(CT.inclusionProof(0, 1).path()).isEmpty();
    }

    @Test
    void consistencyProofsEqualTheCertificateTransparencyVectors() {
        assertThat(CT.consistencyProof(1, 1).path()).isEmpty();
        assertThat(CT.consistencyProof(1, 8).path()).isEqualTo(sha(
                "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"));
        assertThat(CT.consistencyProof(6, 8).path()).isEqualTo(sha(
                "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"));
        assertThat(CT.consistencyProof(2, 5).path()).isEqualTo(sha(
                "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"));
    }

    @Test
    void theVectorProofsVerifyAndTheirMutationsDoNot() {
        for (int[] c : new int[][] {{0, 8}, {5, 8}, {2, 3}, {1, 5}}) {
            InclusionProof p = CT.inclusionProof(c[0], c[1]);
            Digest leaf = MerkleTree.leafHash(DigestAlgorithm.SHA_256, CT_LEAVES.get(c[0]));
            assertThat(p.verify(leaf, CT.root(c[1]))).isTrue();
            assertThat(p.verify(leaf, CT.root(c[1] - 1))).isFalse();
            if (c[0] + 1 < c[1]) {
                assertThat(new InclusionProof(p.algorithm(), c[0] + 1, c[1], p.path()).verify(leaf, CT.root(c[1])))
                        .isFalse();
            }
            assertThat(new InclusionProof(p.algorithm(), c[0], c[1] * 2, p.path()).verify(leaf, CT.root(c[1])))
                    .isFalse();
            List<Digest> longer = new ArrayList<>(p.path());
            longer.add(CT.root(c[1]));
            assertThat(new InclusionProof(p.algorithm(), c[0], c[1], longer).verify(leaf, CT.root(c[1]))).isFalse();
        }
        for (int[] c : new int[][] {{1, 8}, {6, 8}, {2, 5}}) {
            ConsistencyProof p = CT.consistencyProof(c[0], c[1]);
            assertThat(p.verify(CT.root(c[0]), CT.root(c[1]))).isTrue();
            assertThat(p.verify(CT.root(c[1]), CT.root(c[0]))).as("swapped roots").isFalse();
            assertThat(new ConsistencyProof(p.algorithm(), c[0], c[1], List.of())
                    .verify(CT.root(c[0]), CT.root(c[1]))).as("empty proof").isFalse();
            assertThat(new ConsistencyProof(p.algorithm(), c[0] - 1, c[1], p.path())
                    .verify(CT.root(c[0]), CT.root(c[1]))).isFalse();
            List<Digest> truncated = p.path().subList(0, p.path().size() - 1);
            assertThat(new ConsistencyProof(p.algorithm(), c[0], c[1], truncated)
                    .verify(CT.root(c[0]), CT.root(c[1]))).as("truncated").isFalse();
        }
    }

    @Test
    @DisplayName("trivial consistency: an empty tree precedes every tree, equal sizes need equal roots")
    void trivialConsistencyCases() {
        Digest a = CT.root(3);
        Digest b = CT.root(4);
        assertThat(new ConsistencyProof(DigestAlgorithm.SHA_256, 0, 4, List.of()).verify(a, b)).isTrue();
        assertThat(new ConsistencyProof(DigestAlgorithm.SHA_256, 0, 4, List.of(a)).verify(a, b)).isFalse();
        assertThat(new ConsistencyProof(DigestAlgorithm.SHA_256, 4, 4, List.of()).verify(b, b)).isTrue();
        assertThat(new ConsistencyProof(DigestAlgorithm.SHA_256, 4, 4, List.of()).verify(a, b)).isFalse();
        assertThat(new ConsistencyProof(DigestAlgorithm.SHA_256, 4, 4, List.of(b)).verify(b, b)).isFalse();
    }

    @Test
    void leafAndNodeHashesUseTheRfc6962Prefixes() {
        Digest leaf0 = MerkleTree.leafHash(DigestAlgorithm.SHA_256, new byte[0]);
        assertThat(leaf0).isEqualTo(Hasher.digest(DigestAlgorithm.SHA_256, new byte[] {0}));
        byte[] node = new byte[65];
        node[0] = 1;
        System.arraycopy(CT.leafHash(0).bytes(), 0, node, 1, 32);
        System.arraycopy(CT.leafHash(1).bytes(), 0, node, 33, 32);
        assertThat(CT.root(2)).isEqualTo(Hasher.digest(DigestAlgorithm.SHA_256, node));
        MerkleTree sm3 = MerkleTree.fromLeafData(DigestAlgorithm.SM3, List.of(new byte[0]));
        assertThat(sm3.root()).isEqualTo(Hasher.digest(DigestAlgorithm.SM3, new byte[] {0}));
        assertThat(MerkleTree.fromLeafData(DigestAlgorithm.SM3, List.of()).root())
                .isEqualTo(Hasher.digest(DigestAlgorithm.SM3, new byte[0]));
    }

    @Test
    void treesFromLeafHashesEqualTreesFromLeafData() {
        List<Digest> hashes = CT_LEAVES.stream().map(d -> MerkleTree.leafHash(DigestAlgorithm.SHA_256, d)).toList();
        assertThat(MerkleTree.fromLeafHashes(DigestAlgorithm.SHA_256, hashes).root()).isEqualTo(CT.root());
    }

    @Test
    @DisplayName("every inclusion and consistency proof of every tree up to 64 leaves verifies, and only where it belongs")
    void exhaustiveSmallTrees() {
        List<byte[]> leaves = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            leaves.add(new byte[] {(byte) i, (byte) (i * 7)});
        }
        MerkleTree tree = MerkleTree.fromLeafData(DigestAlgorithm.SM3, leaves);
        for (int n = 1; n <= 64; n++) {
            Digest root = tree.root(n);
            for (int i = 0; i < n; i++) {
                InclusionProof p = tree.inclusionProof(i, n);
                assertThat(p.verify(tree.leafHash(i), root)).isTrue();
                assertThat(p.verify(tree.leafHash((i + 1) % 64), root)).isFalse();
            }
            for (int m = 0; m <= n; m++) {
                ConsistencyProof c = tree.consistencyProof(m, n);
                assertThat(c.verify(tree.root(m), root)).as("%d -> %d", m, n).isTrue();
                if (m > 0 && m < n) {
                    assertThat(c.verify(tree.root(m - 1), root)).isFalse();
                }
            }
        }
    }

    @Test
    void rejectsSizesAndIndexesOutsideTheTree() {
        assertThatThrownBy(() -> CT.inclusionProof(8, 8)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.MERKLE_RANGE);
        assertThatThrownBy(() -> CT.root(9)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> CT.consistencyProof(5, 4)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new InclusionProof(DigestAlgorithm.SHA_256, 3, 3, List.of()))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).code()).isEqualTo(ErrorCode.MERKLE_PROOF_MALFORMED);
        assertThatThrownBy(() -> new InclusionProof(DigestAlgorithm.SM3, 0, 3, CT.inclusionProof(0, 3).path()))
                .isInstanceOf(InvalidInputException.class);
    }

    // ---- properties ------------------------------------------------------------------------------------

    record Case(DigestAlgorithm algorithm, List<byte[]> leaves, int a, int b, int bit) {
    }

    @Provide
    Arbitrary<Case> trees() {
        Arbitrary<List<byte[]>> leaves = Arbitraries.bytes().array(byte[].class).ofMaxSize(12).list().ofMinSize(1)
                .ofMaxSize(70);
        return Combinators.combine(Arbitraries.of(DigestAlgorithm.class), leaves,
                Arbitraries.integers().between(0, 1 << 20), Arbitraries.integers().between(0, 1 << 20),
                Arbitraries.integers().between(0, 255))
                .as((alg, l, x, y, bit) -> {
                    int n = l.size();
                    int size = 1 + x % n;
                    int other = y % (size + 1);
                    return new Case(alg, l, Math.min(other, size), size, bit);
                });
    }

    @Property(tries = 300)
    void everyInclusionProofVerifiesAndAnyFlippedBitFails(@ForAll("trees") Case c) {
        MerkleTree tree = MerkleTree.fromLeafData(c.algorithm(), c.leaves());
        int size = c.b();
        int index = Math.min(c.a(), size - 1);
        InclusionProof proof = tree.inclusionProof(index, size);
        Digest leaf = MerkleTree.leafHash(c.algorithm(), c.leaves().get(index));
        Digest root = tree.root(size);
        assertThat(proof.verify(leaf, root)).isTrue();
        assertThat(proof.verify(flip(leaf, c.bit()), root)).isFalse();
        assertThat(proof.verify(leaf, flip(root, c.bit()))).isFalse();
        if (!proof.path().isEmpty()) {
            List<Digest> path = new ArrayList<>(proof.path());
            int at = c.bit() % path.size();
            path.set(at, flip(path.get(at), c.bit()));
            assertThat(new InclusionProof(c.algorithm(), index, size, path).verify(leaf, root)).isFalse();
        }
    }

    @Property(tries = 300)
    void everyConsistencyProofVerifiesAndAnyFlippedBitFails(@ForAll("trees") Case c) {
        MerkleTree tree = MerkleTree.fromLeafData(c.algorithm(), c.leaves());
        int oldSize = c.a();
        int newSize = c.b();
        ConsistencyProof proof = tree.consistencyProof(oldSize, newSize);
        Digest oldRoot = tree.root(oldSize);
        Digest newRoot = tree.root(newSize);
        assertThat(proof.verify(oldRoot, newRoot)).isTrue();
        if (oldSize > 0) {
            assertThat(proof.verify(flip(oldRoot, c.bit()), newRoot)).isFalse();
            assertThat(proof.verify(oldRoot, flip(newRoot, c.bit()))).isFalse();
        }
        if (!proof.path().isEmpty()) {
            List<Digest> path = new ArrayList<>(proof.path());
            int at = c.bit() % path.size();
            path.set(at, flip(path.get(at), c.bit()));
            assertThat(new ConsistencyProof(c.algorithm(), oldSize, newSize, path).verify(oldRoot, newRoot)).isFalse();
        }
    }

    @Property(tries = 100)
    void rootOfAPrefixEqualsTheRootOfTheTreeBuiltFromThatPrefix(@ForAll("trees") Case c) {
        MerkleTree tree = MerkleTree.fromLeafData(c.algorithm(), c.leaves());
        MerkleTree prefix = MerkleTree.fromLeafData(c.algorithm(), c.leaves().subList(0, c.b()));
        assertThat(tree.root(c.b())).isEqualTo(prefix.root());
        assertThat(prefix.inclusionProof(c.b() - 1)).isEqualTo(tree.inclusionProof(c.b() - 1, c.b()));
    }

    private static Digest flip(Digest d, int bit) {
        byte[] b = d.bytes();
        int i = bit % (b.length * 8);
        b[i / 8] ^= (byte) (1 << (i % 8));
        return Digest.of(d.algorithm(), b);
    }
}

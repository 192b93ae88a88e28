package io.dangan.archive.benchmarks.crypto;

import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import java.security.DigestException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The RFC 6962 root of a tree of 1,048,576 leaves (32 bytes each) with SHA-256, built by {@link MerkleTree}
 * (which also keeps every complete subtree for later proofs), against the bare cost of its {@code 2n − 1} hashes:
 * {@code n} leaf hashes over 33 bytes and {@code n − 1} node hashes over 65 bytes with one JDK
 * {@link MessageDigest}, in place in one flat array. Target: tree ≤ 1.25 × raw. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar MerkleBenchmark}.
 *
 * <p>Each comparison is one JMH group: ours and the raw peer run at the same time on two threads, so both see the
 * same load on a shared machine, and their ratio is fair even when the absolute figures are not.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(value = 1, jvmArgs = "-Xmx4g")
public class MerkleBenchmark {
    private static final int N = 1 << 20;
    private List<byte[]> leaves;
    private byte[] flat;
    private MessageDigest md;

    /**
     * Prepares the leaves.
     *
     * @throws NoSuchAlgorithmException never
     */
    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        Random r = new Random(7);
        leaves = new ArrayList<>(N);
        flat = new byte[N * 32];
        for (int i = 0; i < N; i++) {
            byte[] b = new byte[32];
            r.nextBytes(b);
            leaves.add(b);
        }
        md = MessageDigest.getInstance("SHA-256");
    }

    /** @return the root */
    @Benchmark
    @Group("root")
    @GroupThreads(1)
    public Digest merkleTreeRoot() {
        return MerkleTree.fromLeafData(DigestAlgorithm.SHA_256, leaves).root();
    }

    /**
     * The 2n − 1 raw hashes: leaves into a flat array, then pairwise levels in place (n is a power of two here,
     * so this is exactly the RFC 6962 root).
     *
     * @return the root bytes
     * @throws DigestException never
     */
    @Benchmark
    @Group("root")
    @GroupThreads(1)
    public byte[] raw2nMinus1Hashes() throws DigestException {
        for (int i = 0; i < N; i++) {
            md.update((byte) 0);
            md.update(leaves.get(i));
            md.digest(flat, i * 32, 32);
        }
        for (int width = N; width > 1; width >>>= 1) {
            for (int i = 0; i < width / 2; i++) {
                md.update((byte) 1);
                md.update(flat, 2 * i * 32, 64);
                md.digest(flat, i * 32, 32);
            }
        }
        return flat;
    }
}

package io.dangan.archive.benchmarks.crypto;

import io.dangan.archive.crypto.HashResult;
import io.dangan.archive.crypto.Hasher;
import io.dangan.archive.model.DigestAlgorithm;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.SM3Digest;
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
 * Streaming digests through {@link Hasher} (fed in 64 KiB chunks, as the content store feeds it) against raw
 * loops over the same engines: Bouncy Castle's {@code SM3Digest} and the JDK's SHA-256 {@link MessageDigest}.
 * One operation hashes 4 MiB; throughput in MiB/s is {@code 4 × ops/s}. Targets: streaming SM3 ≥ 0.90 × raw SM3,
 * streaming SHA-256 ≥ 0.85 × raw SHA-256, SM3+SHA-256 in one pass ≥ 0.90 × the combined rate
 * {@code 1 / (1/sm3Raw + 1/sha256Raw)}. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar DigestBenchmark}.
 *
 * <p>Each comparison is one JMH group: ours and the raw peer run at the same time on two threads, so both see the
 * same load on a shared machine, and their ratio is fair even when the absolute figures are not.
 * The one-pass group also runs both raw loops beside it, for the combined rate.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class DigestBenchmark {
    private static final int CHUNK = 64 * 1024;
    private final byte[] data = new byte[4 * 1024 * 1024];
    private final byte[] out = new byte[32];
    private SM3Digest rawSm3;
    private MessageDigest rawSha;
    private Hasher sm3;
    private Hasher sha;
    private Hasher both;

    /**
     * Prepares data and engines.
     *
     * @throws NoSuchAlgorithmException never
     */
    @Setup
    public void setUp() throws NoSuchAlgorithmException {
        new Random(1).nextBytes(data);
        rawSm3 = new SM3Digest();
        rawSha = MessageDigest.getInstance("SHA-256");
        sm3 = Hasher.of(DigestAlgorithm.SM3);
        sha = Hasher.of(DigestAlgorithm.SHA_256);
        both = Hasher.of(DigestAlgorithm.SM3, DigestAlgorithm.SHA_256);
    }

    /** @return the digest */
    @Benchmark
    @Group("sm3")
    @GroupThreads(1)
    public byte[] sm3Raw() {
        for (int off = 0; off < data.length; off += CHUNK) {
            rawSm3.update(data, off, CHUNK);
        }
        rawSm3.doFinal(out, 0);
        return out;
    }

    /** @return the digest */
    @Benchmark
    @Group("sm3")
    @GroupThreads(1)
    public HashResult sm3Streaming() {
        for (int off = 0; off < data.length; off += CHUNK) {
            sm3.update(data, off, CHUNK);
        }
        return sm3.finish();
    }

    /** @return the digest */
    @Benchmark
    @Group("sha256")
    @GroupThreads(1)
    public byte[] sha256Raw() {
        for (int off = 0; off < data.length; off += CHUNK) {
            rawSha.update(data, off, CHUNK);
        }
        return rawSha.digest();
    }

    /** @return the digest */
    @Benchmark
    @Group("sha256")
    @GroupThreads(1)
    public HashResult sha256Streaming() {
        for (int off = 0; off < data.length; off += CHUNK) {
            sha.update(data, off, CHUNK);
        }
        return sha.finish();
    }

    /** @return both digests */
    @Benchmark
    @Group("onePass")
    @GroupThreads(1)
    public HashResult sm3AndSha256OnePass() {
        for (int off = 0; off < data.length; off += CHUNK) {
            both.update(data, off, CHUNK);
        }
        return both.finish();
    }

    /** @return the digest (raw SM3 beside the one-pass hasher) */
    @Benchmark
    @Group("onePass")
    @GroupThreads(1)
    public byte[] onePassPeerSm3Raw() {
        return sm3Raw();
    }

    /** @return the digest (raw SHA-256 beside the one-pass hasher) */
    @Benchmark
    @Group("onePass")
    @GroupThreads(1)
    public byte[] onePassPeerSha256Raw() {
        return sha256Raw();
    }
}

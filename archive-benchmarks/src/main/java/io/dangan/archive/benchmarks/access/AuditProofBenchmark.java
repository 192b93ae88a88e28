package io.dangan.archive.benchmarks.access;

import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.Checkpoint;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.core.persistence.AuditLogs;
import io.dangan.archive.crypto.MerkleTree;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.Signer;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.DigestAlgorithm;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a signed checkpoint and an RFC 6962 proof cost on an audit log of 10^5 and 10^6 records in PostgreSQL
 * (检查点与证明开销), milliseconds per operation:
 * <ul>
 *   <li>{@code checkpoint}: {@link AuditLog#checkpoint()} after one more record (appended outside the timing):
 *       the stored head read, the root from the in-memory frontier, one SM2 signature, one insert;</li>
 *   <li>{@code inclusionProof}, {@code consistencyProof}: a proof for a random record (or earlier size) in the
 *       tree of all records, read from the stored subtrees and at most a few blocks of 256 record hashes;</li>
 *   <li>peers in the same run: {@code wholeTreeInclusionProof}, the cost every checkpoint and proof had
 *       before the subtrees were stored, and then only its floor (read every record hash in order by plain
 *       JDBC, build the tree with {@link MerkleTree}, prove; the log used to read whole records); and
 *       {@code sm2Signature}, one signature of a checkpoint-sized text, the floor of a checkpoint.</li>
 * </ul>
 * Each trial fills a fresh schema through the log in batches of 10,000 (not timed; about a minute for 10^6
 * records) and drops it afterwards. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar AuditProofBenchmark -f 1}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class AuditProofBenchmark {
    /** Records in the log. */
    @Param({"100000", "1000000"})
    public int records;

    private AuditBench bench;
    private EntityManagerFactory emf;
    private Connection plain;
    private Signer signer;
    private AuditLog log;
    private DomainEvent next;
    private final SplittableRandom random = new SplittableRandom(6962);
    private final byte[] checkpointText = ("dangan-audit-checkpoint/1\n1000001\n" + "ab".repeat(32) + "\n"
            + "cd".repeat(32) + "\n2026-06-01T02:00:00Z\nSM3\nSM2\narchive\n").getBytes(StandardCharsets.UTF_8);

    /**
     * Fills the log.
     *
     * @throws SQLException when PostgreSQL is not reachable
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        bench = AuditBench.create();
        emf = bench.entityManagerFactory();
        signer = SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom()).signer();
        log = AuditLogs.jpa(emf, signer, Clock.fixed(AccessData.NOW, ZoneOffset.UTC), DigestAlgorithm.SM3, 0);
        List<DomainEvent> batch = AuditBench.events(10_000);
        for (int n = 0; n < records; n += batch.size()) {
            log.appendAll(batch.subList(0, Math.min(batch.size(), records - n)));
        }
        next = batch.get(0);
        plain = bench.connect();
    }

    /**
     * Drops the schema.
     *
     * @throws SQLException when dropping fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        plain.close();
        emf.close();
        bench.close();
    }

    /** Appends one record before each checkpoint, so that each signs a new size. */
    @State(Scope.Benchmark)
    public static class Grown {
        /**
         * @param b the filled log
         */
        @Setup(Level.Invocation)
        public void appendOne(AuditProofBenchmark b) {
            b.log.append(b.next);
        }
    }

    /**
     * @param grown appends one record first
     * @return the checkpoint
     */
    @Benchmark
    public Checkpoint checkpoint(Grown grown) {
        return log.checkpoint();
    }

    /** @return a proof for a random record in the tree of all records */
    @Benchmark
    public InclusionProof inclusionProof() {
        return log.inclusionProof(1 + random.nextLong(records), records);
    }

    /** @return a proof that a random earlier size is a prefix of the tree of all records */
    @Benchmark
    public ConsistencyProof consistencyProof() {
        return log.consistencyProof(1 + random.nextLong(records - 1), records);
    }

    /**
     * @return the proof, from a tree rebuilt over every record hash
     * @throws SQLException when reading fails
     */
    @Benchmark
    public io.dangan.archive.crypto.InclusionProof wholeTreeInclusionProof() throws SQLException {
        List<byte[]> leaves = new ArrayList<>(records);
        HexFormat hex = HexFormat.of();
        try (PreparedStatement ps = plain.prepareStatement(
                "SELECT record_hash FROM dangan_audit_event WHERE sequence_no <= ? ORDER BY sequence_no")) {
            ps.setLong(1, records);
            ps.setFetchSize(10_000);
            plain.setAutoCommit(false);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    leaves.add(hex.parseHex(rs.getString(1)));
                }
            }
            plain.commit();
        }
        return MerkleTree.fromLeafData(DigestAlgorithm.SM3, leaves).inclusionProof(random.nextLong(records));
    }

    /** @return one SM2 signature of a checkpoint-sized text */
    @Benchmark
    public byte[] sm2Signature() {
        return signer.sign(checkpointText);
    }
}

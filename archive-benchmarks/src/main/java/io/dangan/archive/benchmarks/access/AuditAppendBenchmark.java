package io.dangan.archive.benchmarks.access;

import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.core.persistence.AuditLogs;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.DigestAlgorithm;
import jakarta.persistence.EntityManagerFactory;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Audit events appended per second to PostgreSQL (审计写入吞吐), in batches of 1,000 access decisions (ten
 * detail fields each): the audit log with its SM3 hash chain and stored Merkle subtrees through Jakarta
 * Persistence ({@code chainedAppend}: canonical encoding, details as JSON, chaining overlapped with one binary
 * {@code COPY} per batch fed chunk by chunk, one transaction), against a plain JDBC batch insert of the <em>same
 * rows</em> ({@code plainJdbcBatch}: the 1,000 rows the log wrote during set-up, read back and inserted again with
 * new sequence numbers into a table of the same shape and indexes, one transaction per batch, no hashing or
 * encoding). Both connections use {@code reWriteBatchedInserts=true}, so the peer's batch is sent as multi-row
 * inserts. Scores are events per second ({@code @OperationsPerInvocation(1000)}).
 *
 * <p>Needs the PostgreSQL of the test set-up ({@code DANGAN_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}); each trial uses a fresh schema,
 * dropped afterwards. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar AuditAppendBenchmark} (3 forks, each 3 × 3 s warm-up and
 * 5 × 3 s measured: one fork's ratio moves by ±0.15 with the peer's own spread between runs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(3)
public class AuditAppendBenchmark {
    static final int BATCH = 1_000;
    private static final String COLUMNS = "sequence_no, occurred_second, occurred_nano, event_type, actor, resource_ref,"
            + " dossier_id, action_code, outcome, reasons, request_hash, details, previous_hash, record_hash";
    private static final String PLAIN_INSERT = "INSERT INTO bench_plain_event (" + COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditBench bench;
    private EntityManagerFactory emf;
    private AuditLog log;
    private Connection plain;
    private long plainSequence;
    private List<DomainEvent> batch;
    /** The rows the log wrote for one batch: columns 2-14 of each. */
    private final List<Object[]> rows = new ArrayList<>(BATCH);

    /**
     * Creates the schema, the log and the plain table, appends one batch through the log and reads its rows
     * back for the plain insert.
     *
     * @throws SQLException when PostgreSQL is not reachable
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        bench = AuditBench.create();
        try (Connection c = bench.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE bench_plain_event (LIKE dangan_audit_event INCLUDING ALL)");
        }
        emf = bench.entityManagerFactory();
        log = AuditLogs.jpa(emf, SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom()).signer(),
                Clock.fixed(AccessData.NOW, ZoneOffset.UTC), DigestAlgorithm.SM3, 0);
        batch = AuditBench.events(BATCH);
        log.appendAll(batch);
        plain = bench.connect();
        try (Statement st = plain.createStatement();
             ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM dangan_audit_event ORDER BY sequence_no")) {
            while (rs.next()) {
                Object[] row = new Object[13];
                row[0] = rs.getLong(2);
                row[1] = rs.getInt(3);
                for (int i = 2; i < 13; i++) {
                    row[i] = rs.getString(i + 2);
                }
                rows.add(row);
            }
        }
        plain.setAutoCommit(false);
        plainJdbcBatch();
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

    /** @return the last record written */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public AuditRecord chainedAppend() {
        List<AuditRecord> written = log.appendAll(batch);
        return written.get(written.size() - 1);
    }

    /**
     * @return the number of rows written
     * @throws SQLException when the insert fails
     */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int plainJdbcBatch() throws SQLException {
        try (PreparedStatement ps = plain.prepareStatement(PLAIN_INSERT)) {
            for (Object[] row : rows) {
                ps.setLong(1, ++plainSequence);
                ps.setLong(2, (Long) row[0]);
                ps.setInt(3, (Integer) row[1]);
                for (int i = 2; i < 13; i++) {
                    ps.setString(i + 2, (String) row[i]);
                }
                ps.addBatch();
            }
            int n = ps.executeBatch().length;
            plain.commit();
            return n;
        }
    }
}

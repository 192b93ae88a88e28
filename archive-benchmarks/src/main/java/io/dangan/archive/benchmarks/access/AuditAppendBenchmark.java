package io.dangan.archive.benchmarks.access;

import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.core.persistence.AuditLogs;
import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import io.dangan.archive.crypto.SignatureAlgorithm;
import io.dangan.archive.crypto.SigningKey;
import io.dangan.archive.model.DigestAlgorithm;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
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
 * Audit events appended per second to PostgreSQL (审计写入吞吐), in batches of 1,000: the audit log with its
 * SM3 hash chain through Jakarta Persistence ({@code chainedAppend}), against a plain JDBC batch insert of
 * the same rows into a table of the same shape with no hashing ({@code plainJdbcBatch}). Both write one
 * transaction per batch. Scores are events per second ({@code @OperationsPerInvocation(1000)}).
 *
 * <p>Needs the PostgreSQL of the test set-up ({@code DANGAN_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}); each trial uses a fresh schema,
 * dropped afterwards. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar AuditAppendBenchmark -f 1 -wi 2 -i 3}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class AuditAppendBenchmark {
    static final int BATCH = 1_000;
    private static final String PLAIN_INSERT = "INSERT INTO bench_plain_event (sequence_no, occurred_second, occurred_nano,"
            + " event_type, actor, resource_ref, dossier_id, action_code, outcome, reasons, request_hash, details,"
            + " previous_hash, record_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private String base;
    private String schema;
    private EntityManagerFactory emf;
    private AuditLog log;
    private Connection plain;
    private long plainSequence;
    private final List<DomainEvent> batch = new ArrayList<>(BATCH);

    /** One access decision as the guard audits it. */
    record Decided(Instant occurredAt, String actor, String subjectRef, SortedMap<String, String> details)
            implements DomainEvent {
        @Override
        public String type() {
            return "access.permit";
        }
    }

    /**
     * Creates the schema, the log and the plain table.
     *
     * @throws SQLException when PostgreSQL is not reachable
     */
    @Setup(Level.Trial)
    public void setUp() throws SQLException {
        base = System.getenv().getOrDefault("DANGAN_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        schema = "dangan_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
        try (Connection c = DriverManager.getConnection(base, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
            SchemaMigrations.migrate(c);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE bench_plain_event (LIKE dangan_audit_event INCLUDING ALL)");
            }
        }
        PersistenceConfiguration cfg = JpaStores.configuration("bench")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "postgres")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.default_schema", schema)
                .property("hibernate.connection.pool_size", "4");
        emf = cfg.createEntityManagerFactory();
        log = AuditLogs.jpa(emf, SigningKey.generate(SignatureAlgorithm.SM2, new SecureRandom()).signer(),
                Clock.fixed(AccessData.NOW, ZoneOffset.UTC), DigestAlgorithm.SM3, 0);
        plain = DriverManager.getConnection(url, "postgres", "");
        plain.setAutoCommit(false);
        for (int i = 0; i < BATCH; i++) {
            SortedMap<String, String> d = new TreeMap<>();
            d.put("action", i % 3 == 0 ? "copy" : "view");
            d.put("dossier", "D" + (i * 37 % 100_000));
            d.put("outcome", "PERMIT");
            d.put("reasons", "PERMIT_APPROVAL");
            d.put("rules", "baseline.use-approval");
            d.put("obligations", "AUDIT,WATERMARK(user" + i + "),SUPERVISED(2)");
            d.put("policyVersion", "baseline-1");
            d.put("requestHash", String.format("%064x", i));
            d.put("approval", "A" + i);
            d.put("purpose", "appointment");
            batch.add(new Decided(AccessData.NOW.plusNanos(i), "user" + (i % 10_000), "dossier:" + d.get("dossier"), d));
        }
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
        try (Connection c = DriverManager.getConnection(base, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
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
            for (DomainEvent e : batch) {
                SortedMap<String, String> d = e.details();
                ps.setLong(1, ++plainSequence);
                ps.setLong(2, e.occurredAt().getEpochSecond());
                ps.setInt(3, e.occurredAt().getNano());
                ps.setString(4, e.type());
                ps.setString(5, e.actor());
                ps.setString(6, e.subjectRef());
                ps.setString(7, d.get("dossier"));
                ps.setString(8, d.get("action"));
                ps.setString(9, d.get("outcome"));
                ps.setString(10, d.get("reasons"));
                ps.setString(11, d.get("requestHash"));
                ps.setString(12, d.toString());
                ps.setString(13, "");
                ps.setString(14, "");
                ps.addBatch();
            }
            int n = ps.executeBatch().length;
            plain.commit();
            return n;
        }
    }
}

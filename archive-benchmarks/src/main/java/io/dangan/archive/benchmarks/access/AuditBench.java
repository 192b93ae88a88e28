package io.dangan.archive.benchmarks.access;

import io.dangan.archive.audit.DomainEvent;
import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * A fresh PostgreSQL schema with the shipped migrations for one audit benchmark trial, and the access-decision
 * events the benchmarks append. The URL comes from {@code DANGAN_PG_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}); {@code reWriteBatchedInserts=true} is
 * set for every connection, ours and the peers'.
 */
final class AuditBench implements AutoCloseable {
    final String base;
    final String schema;
    final String url;

    /** One access decision as the guard audits it. */
    record Decided(Instant occurredAt, String actor, String subjectRef, SortedMap<String, String> details)
            implements DomainEvent {
        @Override
        public String type() {
            return "access.permit";
        }
    }

    private AuditBench(String base, String schema) {
        this.base = base;
        this.schema = schema;
        this.url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&reWriteBatchedInserts=true";
    }

    /**
     * Creates and migrates a fresh schema.
     *
     * @return the bench
     * @throws SQLException when PostgreSQL is not reachable
     */
    static AuditBench create() throws SQLException {
        String base = System.getenv().getOrDefault("DANGAN_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String schema = "dangan_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(base, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        }
        AuditBench bench = new AuditBench(base, schema);
        try (Connection c = bench.connect()) {
            SchemaMigrations.migrate(c);
        }
        return bench;
    }

    /**
     * @return a new connection to the schema
     * @throws SQLException when connecting fails
     */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** @return an entity manager factory over the schema (Hibernate, its own pool of 4) */
    EntityManagerFactory entityManagerFactory() {
        return JpaStores.configuration("bench")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, "postgres")
                .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                .property("hibernate.default_schema", schema)
                .property("hibernate.connection.pool_size", "4")
                .createEntityManagerFactory();
    }

    /**
     * @param n how many
     * @return access-decision events with ten detail fields each, as the guard emits them
     */
    static List<DomainEvent> events(int n) {
        List<DomainEvent> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
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
            out.add(new Decided(AccessData.NOW.plusNanos(i), "user" + (i % 10_000), "dossier:" + d.get("dossier"), d));
        }
        return out;
    }

    /**
     * Drops the schema.
     *
     * @throws SQLException when dropping fails
     */
    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(base, "postgres", ""); Statement st = c.createStatement()) {
            st.execute("DROP SCHEMA " + schema + " CASCADE");
        }
    }
}

package io.dangan.archive.core.persistence;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;

/**
 * A database for one test class: an H2 in-memory database, or a fresh schema on the real PostgreSQL
 * (settings from {@code DANGAN_PG_URL}, {@code DANGAN_PG_USER}, {@code DANGAN_PG_PASSWORD}; defaults
 * {@code jdbc:postgresql://127.0.0.1:5432/test}, {@code postgres}, empty), dropped by {@link #close()}.
 */
final class TestDatabase implements AutoCloseable {
    final String url;
    final String user;
    final String password;
    final String schema;
    private final boolean postgres;

    private TestDatabase(String url, String user, String password, String schema, boolean postgres) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.postgres = postgres;
    }

    /** @return a new, empty in-memory H2 database that lives until {@link #close()} */
    static TestDatabase h2() {
        String name = "dangan_" + UUID.randomUUID().toString().replace("-", "");
        return new TestDatabase("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000", "sa", "", "PUBLIC",
                false);
    }

    /**
     * @param url an H2 JDBC URL, e.g. of a file database
     * @return that database
     */
    static TestDatabase h2(String url) {
        return new TestDatabase(url, "sa", "", "PUBLIC", false);
    }

    /** @return a new, empty schema on PostgreSQL, dropped by {@link #close()} */
    static TestDatabase postgres() {
        String base = env("DANGAN_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("DANGAN_PG_USER", "postgres");
        String password = env("DANGAN_PG_PASSWORD", "");
        String schema = "dangan_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)
                .toLowerCase(Locale.ROOT);
        try (Connection c = DriverManager.getConnection(base, user, password); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create schema " + schema + " on " + base + " as " + user
                    + " (set DANGAN_PG_URL, DANGAN_PG_USER, DANGAN_PG_PASSWORD): " + e.getMessage(), e);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new TestDatabase(url, user, password, schema, true);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** @return a new connection; the caller closes it */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Applies the shipped scripts. */
    void migrate() throws SQLException {
        try (Connection c = connect()) {
            SchemaMigrations.migrate(c);
        }
    }

    /** @return an entity manager factory (Hibernate ORM) that validates the schema against the mappings */
    EntityManagerFactory entityManagerFactory() {
        PersistenceConfiguration configuration = JpaStores.configuration("dangan-test")
                .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                .property(PersistenceConfiguration.JDBC_URL, url)
                .property(PersistenceConfiguration.JDBC_USER, user)
                .property(PersistenceConfiguration.JDBC_PASSWORD, password)
                .property("hibernate.hbm2ddl.auto", "validate")
                .property("hibernate.connection.pool_size", "8");
        if (postgres) {
            configuration.property("hibernate.default_schema", schema);
        }
        return configuration.createEntityManagerFactory();
    }

    /** Deletes every row of the store tables, except the audit log's (append-only, with tests of their own). */
    void deleteAll() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute("DELETE FROM dangan_approval");
            st.execute("DELETE FROM dangan_tag_binding");
            st.execute("DELETE FROM dangan_env_alert_change");
            st.execute("DELETE FROM dangan_env_alert");
            st.execute("DELETE FROM dangan_seal_leaf");
            st.execute("DELETE FROM dangan_seal");
            st.execute("DELETE FROM dangan_hand_over_item");
            st.execute("DELETE FROM dangan_hand_over");
            st.execute("DELETE FROM dangan_review");
            st.execute("DELETE FROM dangan_missing_material");
            st.execute("DELETE FROM dangan_declared_facts");
            st.execute("DELETE FROM dangan_material_content");
            st.execute("DELETE FROM dangan_material");
            st.execute("DELETE FROM dangan_dossier");
            st.execute("DELETE FROM dangan_subject");
            st.execute("UPDATE dangan_unit SET parent_id = NULL");
            st.execute("DELETE FROM dangan_unit");
        }
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(postgres ? "DROP SCHEMA " + schema + " CASCADE" : "SHUTDOWN");
        }
    }
}

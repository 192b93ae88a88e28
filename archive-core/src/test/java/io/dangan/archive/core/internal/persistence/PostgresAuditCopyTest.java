package io.dangan.archive.core.internal.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which connections the audit log writes to with {@code COPY}: the real PostgreSQL yes, H2 no. */
class PostgresAuditCopyTest {
    @Test
    void appliesToPostgresql() throws SQLException {
        String url = System.getenv().getOrDefault("DANGAN_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = System.getenv().getOrDefault("DANGAN_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("DANGAN_PG_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            assertThat(PostgresAuditCopy.applies(c)).isTrue();
        }
    }

    @Test
    void doesNotApplyToH2() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:mem:copy", "sa", "")) {
            assertThat(PostgresAuditCopy.applies(c)).isFalse();
        }
    }
}

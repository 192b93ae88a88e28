package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.StoreSession;
import io.dangan.archive.testkit.ModelArbitraries;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped migration scripts, their runner, and their agreement with the entity mappings. */
class SchemaMigrationsTest {

    private static TestDatabase open(String kind) {
        return kind.equals("postgresql") ? TestDatabase.postgres() : TestDatabase.h2();
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("the scripts apply once, and Hibernate's schema validation accepts the mappings against them")
    void scriptsAndMappingsAgree(String kind) throws Exception {
        try (TestDatabase db = open(kind)) {
            try (Connection c = db.connect()) {
                assertThat(SchemaMigrations.migrate(c)).startsWith("V1__foundation.sql").contains("V2__filing.sql", "V3__integrity.sql", "V4__access_audit.sql",
                        "V5__hardware.sql", "V6__approvals.sql");
                assertThat(SchemaMigrations.migrate(c)).as("second run").isEmpty();
            }
            try (EntityManagerFactory emf = db.entityManagerFactory()) {  // hbm2ddl.auto=validate
                emf.getSchemaManager().validate();
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("schema validation fails when the schema lacks a mapped column (the check has teeth)")
    void validationDetectsDrift(String kind) throws SQLException {
        try (TestDatabase db = open(kind)) {
            db.migrate();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE dangan_dossier DROP COLUMN location");
            }
            assertThatThrownBy(db::entityManagerFactory).hasStackTraceContaining("location");
        }
    }

    @ParameterizedTest(name = "{1}.{2} dropped on {0}")
    @CsvSource({"h2, dangan_tag_binding, active_dossier_id", "postgresql, dangan_approval, approvers",
        "h2, dangan_env_alert, acknowledged_by", "postgresql, dangan_env_alert_change, change_kind"})
    @DisplayName("schema validation covers the tag, alert and approval tables as well")
    void validationCoversTheNewTables(String kind, String table, String column) throws SQLException {
        try (TestDatabase db = open(kind)) {
            db.migrate();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("ALTER TABLE " + table + " DROP COLUMN " + column);
            }
            assertThatThrownBy(db::entityManagerFactory).hasStackTraceContaining(column);
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("the stores' lookups are index reads: tag by code, active tag, serials, history, approvals, open alerts,"
            + " audit records by time, dossier, actor and action")
    void lookupsUseIndexes(String kind) throws SQLException {
        List<String> lookups = List.of(
                "SELECT * FROM dangan_tag_binding WHERE code = '2C2A00000000000000000001'",
                "SELECT * FROM dangan_tag_binding WHERE active_dossier_id = 'D-1'",
                "SELECT MAX(serial) FROM dangan_tag_binding WHERE scheme = 'gdti-96:6901234.00001'",
                "SELECT * FROM dangan_tag_binding WHERE dossier_id = 'D-1' ORDER BY issued_second, issued_nano, serial",
                "SELECT * FROM dangan_approval WHERE id = 'A-1'",
                "SELECT * FROM dangan_approval WHERE requester = 'reader-zhao' ORDER BY id",
                "SELECT * FROM dangan_approval WHERE dossier_id = 'D-1' ORDER BY id",
                "SELECT * FROM dangan_env_alert WHERE id = 'ENV-000001'",
                "SELECT * FROM dangan_env_alert WHERE state IN ('RAISED', 'ACKNOWLEDGED')"
                        + " ORDER BY raised_second, raised_nano, id",
                "SELECT MAX(serial) FROM dangan_env_alert",
                "SELECT * FROM dangan_env_alert_change WHERE alert_id = 'ENV-000001' ORDER BY ordinal",
                "SELECT * FROM dangan_audit_event WHERE occurred_second >= 1780000000 AND occurred_second < 1780086400",
                "SELECT * FROM dangan_audit_event WHERE dossier_id = 'D-1' ORDER BY sequence_no",
                "SELECT * FROM dangan_audit_event WHERE actor = 'reader-zhao' ORDER BY sequence_no",
                "SELECT * FROM dangan_audit_event WHERE action_code = 'destroy' ORDER BY sequence_no");
        try (TestDatabase db = open(kind)) {
            db.migrate();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                if (kind.equals("postgresql")) {
                    st.execute("SET enable_seqscan = off"); // an empty table would otherwise be scanned: cheaper
                }
                for (String sql : lookups) {
                    StringBuilder plan = new StringBuilder();
                    try (ResultSet rs = st.executeQuery("EXPLAIN " + sql)) {
                        while (rs.next()) {
                            plan.append(rs.getString(1)).append('\n');
                        }
                    }
                    assertThat(plan.toString()).as(sql).doesNotContain("tableScan").doesNotContain("Seq Scan")
                            .containsIgnoringCase(kind.equals("postgresql") ? "index" : "/* PUBLIC.");
                }
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("a recorded script whose checksum differs from the shipped one is a SCHEMA_MISMATCH")
    void changedScript(String kind) throws SQLException {
        try (TestDatabase db = open(kind)) {
            db.migrate();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("UPDATE dangan_schema_history SET checksum = 'abc' WHERE version = 1");
                assertThatThrownBy(() -> SchemaMigrations.migrate(c)).isInstanceOf(ArchiveException.class)
                        .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.SCHEMA_MISMATCH))
                        .hasMessageContaining("V1__foundation.sql").hasMessageContaining("abc");
            }
        }
    }

    @Test
    @DisplayName("a recorded version this SDK does not ship is a SCHEMA_MISMATCH")
    void unknownVersion() throws SQLException {
        try (TestDatabase db = TestDatabase.h2()) {
            db.migrate();
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO dangan_schema_history VALUES (99, 'V99__future.sql', 'x')");
                assertThatThrownBy(() -> SchemaMigrations.migrate(c)).isInstanceOf(ArchiveException.class)
                        .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.SCHEMA_MISMATCH))
                        .hasMessageContaining("V99__future.sql");
            }
        }
    }

    @Test
    @DisplayName("the H2 and PostgreSQL scripts declare the same tables, columns, nullability and indexes")
    void scriptsDeclareTheSameSchema() throws SQLException {
        try (TestDatabase h2 = TestDatabase.h2(); TestDatabase pg = TestDatabase.postgres()) {
            h2.migrate();
            pg.migrate();
            Map<String, String> fromH2;
            Map<String, String> fromPg;
            try (Connection c = h2.connect()) {
                fromH2 = describe(c, null);
            }
            try (Connection c = pg.connect()) {
                fromPg = describe(c, pg.schema);
            }
            assertThat(fromH2).isNotEmpty().containsOnlyKeys(fromPg.keySet());
            assertThat(fromPg).isEqualTo(fromH2);
        }
    }

    /** Table.column → normalised type, size and nullability; table.index → its columns. */
    private static Map<String, String> describe(Connection c, String schema) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        DatabaseMetaData meta = c.getMetaData();
        String schemaPattern = schema == null ? "PUBLIC" : schema;
        try (ResultSet rs = meta.getColumns(null, schemaPattern, "%", "%")) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("dangan_")) {
                    continue;
                }
                String type = switch (rs.getInt("DATA_TYPE")) {
                    case java.sql.Types.VARCHAR -> "varchar(" + rs.getInt("COLUMN_SIZE") + ")";
                    case java.sql.Types.INTEGER -> "integer";
                    case java.sql.Types.BIGINT -> "bigint";
                    case java.sql.Types.DATE -> "date";
                    case java.sql.Types.BOOLEAN, java.sql.Types.BIT -> "boolean";
                case java.sql.Types.DOUBLE, java.sql.Types.FLOAT -> "double";
                    default -> "type " + rs.getInt("DATA_TYPE");
                };
                result.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                        type + (rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? " not null" : ""));
            }
        }
        for (String table : result.keySet().stream().map(k -> k.substring(0, k.indexOf('.'))).distinct().toList()) {
            String name = schema == null ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = meta.getIndexInfo(null, schemaPattern, name, false, false)) {
                while (rs.next()) {
                    String index = rs.getString("INDEX_NAME");
                    if (index == null || !index.toLowerCase(Locale.ROOT).startsWith("ix_")) {
                        continue;
                    }
                    result.merge(table + "#" + index.toLowerCase(Locale.ROOT),
                            rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT), (a, b) -> a + "," + b);
                }
            }
        }
        return result;
    }

    @Test
    @DisplayName("an H2 file database (the embedded default) keeps its data across restarts and is not migrated twice")
    void h2FileSurvivesRestart(@TempDir Path dir) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        TestDatabase first = TestDatabase.h2(url);
        try (Connection c = first.connect()) {
            assertThat(SchemaMigrations.migrate(c)).startsWith("V1__foundation.sql").contains("V2__filing.sql", "V3__integrity.sql", "V4__access_audit.sql",
                        "V5__hardware.sql", "V6__approvals.sql");
        }
        var subject = ModelArbitraries.subjects().sample();
        var unit = ModelArbitraries.units().sample();
        var root = new io.dangan.archive.model.Unit(unit.id(), unit.name(), unit.code(), null);
        try (EntityManagerFactory emf = first.entityManagerFactory()) {
            ArchiveStore store = JpaStores.store(emf);
            store.write((StoreSession s) -> {
                s.units().insert(root);
                s.subjects().insert(subject);
                return s.dossiers().insert(Dossier.open(DossierId.of("D1"), subject.id(), root.id()));
            });
        }
        first.close();

        TestDatabase second = TestDatabase.h2(url);
        try (Connection c = second.connect()) {
            assertThat(SchemaMigrations.migrate(c)).isEmpty();
        }
        try (EntityManagerFactory emf = second.entityManagerFactory()) {
            ArchiveStore store = JpaStores.store(emf);
            assertThat(store.read((StoreSession s) -> s.subjects().find(subject.id()))).contains(subject);
            assertThat(store.read((StoreSession s) -> s.dossiers().findBySubject(subject.id()).map(Dossier::custodian)))
                    .contains(root.id());
            assertThat(store.read((StoreSession s) -> s.units().find(UnitId.of(root.id().value())))).contains(root);
            assertThat(store.read((StoreSession s) -> s.dossiers().find(DossierId.of("D1")).map(Dossier::subject)))
                    .contains(SubjectId.of(subject.id().value()));
        }
        second.close();
    }

    @Test
    @DisplayName("scripts split into statements at semicolons outside quotes and comments")
    void splitsStatements() {
        assertThat(SchemaMigrations.statements("""
                -- a comment; with a semicolon
                CREATE TABLE t (a VARCHAR(3) DEFAULT ';');  -- trailing; comment
                CREATE INDEX "odd;name" ON t (a);
                ;
                """)).containsExactly("CREATE TABLE t (a VARCHAR(3) DEFAULT ';')", "CREATE INDEX \"odd;name\" ON t (a)");
    }

    @Test
    @DisplayName("every reserved script that is shipped exists for both databases")
    void bothDatabasesShipTheSameVersions() {
        assertThat(SchemaMigrations.scripts(SchemaMigrations.Database.H2)).extracting(SchemaMigrations.Script::name)
                .containsExactlyElementsOf(SchemaMigrations.scripts(SchemaMigrations.Database.POSTGRESQL).stream()
                        .map(SchemaMigrations.Script::name).toList())
                .contains("V1__foundation.sql");
    }
}

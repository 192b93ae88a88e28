package io.dangan.archive.core.persistence;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The shipped schema migration scripts (数据库迁移脚本) and a small runner for them.
 *
 * <p>The scripts are resources {@code db/migration/h2/V<n>__<name>.sql} and
 * {@code db/migration/postgresql/V<n>__<name>.sql}, named as Flyway expects, so an integrator may run
 * them with their own migration tool instead. The shipped versions, one per area:
 * {@value #RESERVED_VERSIONS}.
 *
 * <p>{@link #migrate(Connection)} applies every shipped script the database has not yet recorded, in
 * version order, each in its own transaction (PostgreSQL rolls a failed script back entirely; H2 commits
 * DDL statement by statement), and records it with its SHA-256 checksum in the table
 * {@code dangan_schema_history}. Running it again is harmless. It is meant for tests, demos and the CLI;
 * two processes must not migrate the same database at the same time.
 */
public final class SchemaMigrations {
    /** The shipped versions and their areas, as documented. */
    public static final String RESERVED_VERSIONS = "V1 foundation, V2 filing, V3 integrity, V4 access and audit,"
            + " V5 hardware (tag bindings, environment alerts), V6 approvals, V7 audit subtrees, V8 audit time as a block-range index (PostgreSQL)";

    /** Script names by version; a new script adds its line here. */
    private static final Map<Integer, String> SCRIPTS = new TreeMap<>(Map.of(
            1, "V1__foundation.sql",
            2, "V2__filing.sql",
            3, "V3__integrity.sql",
            4, "V4__access_audit.sql",
            5, "V5__hardware.sql",
            6, "V6__approvals.sql",
            7, "V7__audit_speed.sql",
            8, "V8__audit_time_brin.sql"));

    private static final String HISTORY = "dangan_schema_history";

    private SchemaMigrations() {
    }

    /** A database the scripts are written for. */
    public enum Database {
        /** H2 2.x, the embedded default. */
        H2("h2"),
        /** PostgreSQL 12 or later. */
        POSTGRESQL("postgresql");

        private final String folder;

        Database(String folder) {
            this.folder = folder;
        }

        /** @return the resource folder of its scripts, e.g. {@code db/migration/h2} */
        public String resourceFolder() {
            return "db/migration/" + folder;
        }

        /**
         * Recognises the database behind a connection.
         *
         * @param connection an open connection
         * @return the database
         * @throws ArchiveException {@code STORE_FAILURE} when it is neither H2 nor PostgreSQL
         */
        public static Database of(Connection connection) {
            String product;
            try {
                product = connection.getMetaData().getDatabaseProductName();
            } catch (SQLException e) {
                throw new ArchiveException(ErrorCode.STORE_FAILURE, "database",
                        "cannot read the database product name: " + e.getMessage(), e);
            }
            String p = product.toLowerCase(Locale.ROOT);
            if (p.contains("h2")) {
                return H2;
            }
            if (p.contains("postgres")) {
                return POSTGRESQL;
            }
            throw new ArchiveException(ErrorCode.STORE_FAILURE, "database", "database '" + product
                    + "' has no shipped scripts, expected H2 or PostgreSQL; run the PostgreSQL scripts with your own"
                    + " migration tool if your database is compatible", null);
        }
    }

    /**
     * One shipped script.
     *
     * @param version its version
     * @param name its file name, e.g. {@code V1__foundation.sql}
     * @param sql its text
     */
    public record Script(int version, String name, String sql) {
        public Script {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(sql, "sql");
        }

        /** @return the SHA-256 of the script's UTF-8 bytes, in lower-case hex */
        public String checksum() {
            try {
                return HexFormat.of().formatHex(
                        MessageDigest.getInstance("SHA-256").digest(sql.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }

    /**
     * The scripts shipped for a database, in version order.
     *
     * @param database the database
     * @return the scripts present on the class path
     */
    public static List<Script> scripts(Database database) {
        List<Script> result = new ArrayList<>();
        for (Map.Entry<Integer, String> e : SCRIPTS.entrySet()) {
            load(database.resourceFolder() + "/" + e.getValue())
                    .ifPresent(sql -> result.add(new Script(e.getKey(), e.getValue(), sql)));
        }
        return result;
    }

    /**
     * Applies the missing scripts through a connection taken from a data source.
     *
     * @param dataSource where the schema lives
     * @return the names of the scripts applied now, empty when the schema was up to date
     * @throws ArchiveException {@code STORE_FAILURE} when a script fails, {@code SCHEMA_MISMATCH} when the
     *     history records a script that differs from the shipped one
     */
    public static List<String> migrate(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return migrate(connection);
        } catch (SQLException e) {
            throw new ArchiveException(ErrorCode.STORE_FAILURE, "database", "cannot connect to migrate: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Applies the missing scripts through a connection (in its current schema). The connection's
     * auto-commit setting is restored afterwards; the connection stays open.
     *
     * @param connection an open connection
     * @return the names of the scripts applied now, empty when the schema was up to date
     * @throws ArchiveException {@code STORE_FAILURE} when a script fails, {@code SCHEMA_MISMATCH} when the
     *     history records a script that differs from the shipped one or a version this SDK does not ship
     */
    public static List<String> migrate(Connection connection) {
        Database database = Database.of(connection);
        List<String> applied = new ArrayList<>();
        boolean autoCommit;
        try {
            autoCommit = connection.getAutoCommit();
        } catch (SQLException e) {
            throw failure("reading the connection's auto-commit mode", e);
        }
        try {
            connection.setAutoCommit(true);
            try (Statement st = connection.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS " + HISTORY
                        + " (version INTEGER NOT NULL PRIMARY KEY, script VARCHAR(128) NOT NULL,"
                        + " checksum VARCHAR(64) NOT NULL)");
            }
            Map<Integer, String[]> history = new TreeMap<>();
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT version, script, checksum FROM " + HISTORY)) {
                while (rs.next()) {
                    history.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            List<Script> shipped = scripts(database);
            for (Map.Entry<Integer, String[]> recorded : history.entrySet()) {
                Script script = shipped.stream().filter(s -> s.version() == recorded.getKey()).findFirst()
                        .orElseThrow(() -> new ArchiveException(ErrorCode.SCHEMA_MISMATCH, HISTORY,
                                "the database records migration %s (V%d), which this SDK does not ship; it was"
                                        .formatted(recorded.getValue()[0], recorded.getKey())
                                        + " written by a newer version of Dangan", null));
                if (!script.checksum().equals(recorded.getValue()[1])) {
                    throw new ArchiveException(ErrorCode.SCHEMA_MISMATCH, HISTORY, ("migration %s was applied with"
                            + " checksum %s, but the shipped script has checksum %s; a released script must not change")
                            .formatted(script.name(), recorded.getValue()[1], script.checksum()), null);
                }
            }
            connection.setAutoCommit(false);
            for (Script script : shipped) {
                if (history.containsKey(script.version())) {
                    continue;
                }
                apply(connection, script);
                applied.add(script.name());
            }
            return applied;
        } catch (SQLException e) {
            throw failure("migrating the schema", e);
        } finally {
            try {
                connection.setAutoCommit(autoCommit);
            } catch (SQLException e) {
                // the connection is unusable anyway; the primary outcome stands
            }
        }
    }

    private static void apply(Connection connection, Script script) throws SQLException {
        List<String> statements = statements(script.sql());
        int n = 0;
        try (Statement st = connection.createStatement()) {
            for (String sql : statements) {
                n++;
                st.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + HISTORY + " (version, script, checksum) VALUES (?, ?, ?)")) {
                insert.setInt(1, script.version());
                insert.setString(2, script.name());
                insert.setString(3, script.checksum());
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r);
            }
            throw new ArchiveException(ErrorCode.STORE_FAILURE, script.name(), "migration %s failed at statement %d of %d: %s"
                    .formatted(script.name(), n, statements.size(), e.getMessage()), e);
        }
    }

    /**
     * Splits a script into statements at semicolons outside quotes, dropping {@code --} comments.
     *
     * @param sql the script
     * @return the statements, without their semicolons, none blank
     */
    static List<String> statements(String sql) {
        List<String> result = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                current.append(c);
            } else if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
                while (i < sql.length() && sql.charAt(i) != '\n') {
                    i++;
                }
                current.append('\n');
            } else if (c == ';') {
                add(result, current);
            } else {
                current.append(c);
            }
        }
        add(result, current);
        return result;
    }

    private static void add(List<String> result, StringBuilder current) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            result.add(s);
        }
        current.setLength(0);
    }

    private static Optional<String> load(String resource) {
        ClassLoader loader = SchemaMigrations.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static ArchiveException failure(String doing, SQLException e) {
        return new ArchiveException(ErrorCode.STORE_FAILURE, "database",
                "%s failed (SQL state %s): %s".formatted(doing, e.getSQLState(), e.getMessage()), e);
    }
}

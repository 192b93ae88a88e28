package io.dangan.archive.core.persistence;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test database migrated with the shipped scripts for one test class, with Hibernate over it: register it as a
 * static {@code @RegisterExtension} field, and each store contract's {@code emptyStore()} asks {@link #fresh} for a
 * store over emptied tables.
 */
final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {
    private final Supplier<TestDatabase> opener;
    private @Nullable TestDatabase database;
    private @Nullable EntityManagerFactory factory;
    /** The containers open: the test class and its {@code @Nested} classes, which inherit the extension. */
    private int open;

    private MigratedDatabase(Supplier<TestDatabase> opener) {
        this.opener = opener;
    }

    /** @return an embedded H2 database */
    static MigratedDatabase h2() {
        return new MigratedDatabase(TestDatabase::h2);
    }

    /** @return a fresh schema on the real PostgreSQL, dropped afterwards */
    static MigratedDatabase postgres() {
        return new MigratedDatabase(TestDatabase::postgres);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        if (open++ > 0) {
            return;
        }
        database = opener.get();
        database.migrate();
        factory = database.entityManagerFactory();
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (--open > 0) {
            return;
        }
        if (factory != null) {
            factory.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /**
     * @return the database product the driver reports ({@code H2}, {@code PostgreSQL}), so a contract run can show
     *     it ran on the database it names
     * @throws SQLException when the database cannot be reached
     */
    String product() throws SQLException {
        try (Connection c = Objects.requireNonNull(database, "the database is opened before all tests").connect()) {
            return c.getMetaData().getDatabaseProductName();
        }
    }

    /**
     * Empties every table and opens a store over the database.
     *
     * @param store the store over an entity manager factory, e.g. {@code JpaStores::alerts}
     * @param <S> the store type
     * @return the store
     */
    <S> S fresh(Function<EntityManagerFactory, S> store) {
        try {
            Objects.requireNonNull(database, "the database is opened before all tests").deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException("emptying the test database failed", e);
        }
        return store.apply(Objects.requireNonNull(factory));
    }
}

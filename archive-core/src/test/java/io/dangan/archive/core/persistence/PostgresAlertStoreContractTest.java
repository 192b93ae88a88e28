package io.dangan.archive.core.persistence;

import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA alert store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the alert store contract. */
class PostgresAlertStoreContractTest extends AlertStoreContract {
    private static TestDatabase database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.postgres();
        database.migrate();
        factory = database.entityManagerFactory();
    }

    @AfterAll
    static void stop() throws SQLException {
        factory.close();
        database.close();
    }

    @Override
    protected AlertStore emptyStore() {
        try {
            database.deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JpaStores.alerts(factory);
    }
}

package io.dangan.archive.core.persistence;

import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA alert store on H2 (Hibernate ORM, schema from the shipped scripts) passes the alert store contract. */
class H2AlertStoreContractTest extends AlertStoreContract {
    private static TestDatabase database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void start() throws SQLException {
        database = TestDatabase.h2();
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

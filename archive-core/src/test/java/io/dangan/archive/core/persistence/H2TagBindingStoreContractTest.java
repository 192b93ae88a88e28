package io.dangan.archive.core.persistence;

import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA tag binding store on H2 (Hibernate ORM, schema from the shipped scripts) passes the tag binding store contract. */
class H2TagBindingStoreContractTest extends TagBindingStoreContract {
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
    protected TagBindingStore emptyStore() {
        try {
            database.deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JpaStores.tagBindings(factory);
    }
}

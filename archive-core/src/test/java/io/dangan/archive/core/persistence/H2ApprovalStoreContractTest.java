package io.dangan.archive.core.persistence;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA approval store on H2 (Hibernate ORM, schema from the shipped scripts) passes the approval store contract. */
class H2ApprovalStoreContractTest extends ApprovalStoreContract {
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
    protected ApprovalStore emptyStore() {
        try {
            database.deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JpaStores.approvals(factory);
    }
}

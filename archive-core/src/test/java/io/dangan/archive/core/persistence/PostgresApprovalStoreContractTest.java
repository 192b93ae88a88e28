package io.dangan.archive.core.persistence;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The JPA approval store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the approval store contract. */
class PostgresApprovalStoreContractTest extends ApprovalStoreContract {
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
    protected ApprovalStore emptyStore() {
        try {
            database.deleteAll();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return JpaStores.approvals(factory);
    }
}

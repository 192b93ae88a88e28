package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA approval store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the approval store contract. */
class PostgresApprovalStoreContractTest extends ApprovalStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected ApprovalStore emptyStore() {
        return DATABASE.fresh(JpaStores::approvals);
    }

    @Test
    void runsOnTheRealPostgresql() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("PostgreSQL");
    }
}

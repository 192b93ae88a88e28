package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA approval store on H2 (Hibernate ORM, schema from the shipped scripts) passes the approval store contract. */
class H2ApprovalStoreContractTest extends ApprovalStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected ApprovalStore emptyStore() {
        return DATABASE.fresh(JpaStores::approvals);
    }

    @Test
    void runsOnH2() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("H2");
    }
}

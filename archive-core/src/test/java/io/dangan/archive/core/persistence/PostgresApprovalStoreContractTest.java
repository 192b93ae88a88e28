package io.dangan.archive.core.persistence;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA approval store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the approval store contract. */
class PostgresApprovalStoreContractTest extends ApprovalStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected ApprovalStore emptyStore() {
        return DATABASE.fresh(JpaStores::approvals);
    }
}

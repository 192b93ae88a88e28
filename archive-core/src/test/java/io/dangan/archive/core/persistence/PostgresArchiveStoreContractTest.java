package io.dangan.archive.core.persistence;

import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.tck.ArchiveStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the store contract. */
class PostgresArchiveStoreContractTest extends ArchiveStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected ArchiveStore emptyStore() {
        return DATABASE.fresh(JpaStores::store);
    }
}

package io.dangan.archive.core.persistence;

import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.tck.ArchiveStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA store on H2 (Hibernate ORM, schema from the shipped scripts) passes the store contract. */
class H2ArchiveStoreContractTest extends ArchiveStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected ArchiveStore emptyStore() {
        return DATABASE.fresh(JpaStores::store);
    }
}

package io.dangan.archive.core.persistence;

import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA tag binding store on H2 (Hibernate ORM, schema from the shipped scripts) passes the tag binding store contract. */
class H2TagBindingStoreContractTest extends TagBindingStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected TagBindingStore emptyStore() {
        return DATABASE.fresh(JpaStores::tagBindings);
    }
}

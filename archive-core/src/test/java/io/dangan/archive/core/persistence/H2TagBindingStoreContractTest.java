package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA tag binding store on H2 (Hibernate ORM, schema from the shipped scripts) passes the tag binding store contract. */
class H2TagBindingStoreContractTest extends TagBindingStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected TagBindingStore emptyStore() {
        return DATABASE.fresh(JpaStores::tagBindings);
    }

    @Test
    void runsOnH2() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("H2");
    }
}

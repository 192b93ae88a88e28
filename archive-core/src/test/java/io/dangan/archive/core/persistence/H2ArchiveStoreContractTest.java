package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.tck.ArchiveStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA store on H2 (Hibernate ORM, schema from the shipped scripts) passes the store contract. */
class H2ArchiveStoreContractTest extends ArchiveStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected ArchiveStore emptyStore() {
        return DATABASE.fresh(JpaStores::store);
    }

    @Test
    void runsOnH2() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("H2");
    }
}

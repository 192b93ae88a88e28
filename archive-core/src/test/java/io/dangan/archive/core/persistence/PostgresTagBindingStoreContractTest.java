package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA tag binding store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the tag binding store contract. */
class PostgresTagBindingStoreContractTest extends TagBindingStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected TagBindingStore emptyStore() {
        return DATABASE.fresh(JpaStores::tagBindings);
    }

    @Test
    void runsOnTheRealPostgresql() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("PostgreSQL");
    }
}

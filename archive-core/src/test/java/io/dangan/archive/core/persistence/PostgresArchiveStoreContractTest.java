package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.tck.ArchiveStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the store contract. */
class PostgresArchiveStoreContractTest extends ArchiveStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected ArchiveStore emptyStore() {
        return DATABASE.fresh(JpaStores::store);
    }

    @Test
    void runsOnTheRealPostgresql() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("PostgreSQL");
    }
}

package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA alert store on the real PostgreSQL (Hibernate ORM, a fresh schema from the shipped scripts, dropped afterwards) passes the alert store contract. */
class PostgresAlertStoreContractTest extends AlertStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.postgres();

    @Override
    protected AlertStore emptyStore() {
        return DATABASE.fresh(JpaStores::alerts);
    }

    @Test
    void runsOnTheRealPostgresql() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("PostgreSQL");
    }
}

package io.dangan.archive.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JPA alert store on H2 (Hibernate ORM, schema from the shipped scripts) passes the alert store contract. */
class H2AlertStoreContractTest extends AlertStoreContract {
    @RegisterExtension
    static final MigratedDatabase DATABASE = MigratedDatabase.h2();

    @Override
    protected AlertStore emptyStore() {
        return DATABASE.fresh(JpaStores::alerts);
    }

    @Test
    void runsOnH2() throws SQLException {
        assertThat(DATABASE.product()).isEqualTo("H2");
    }
}

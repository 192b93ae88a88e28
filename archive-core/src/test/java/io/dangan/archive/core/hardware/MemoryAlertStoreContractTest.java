package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;
import org.junit.jupiter.api.Test;

/** The in-memory alert store passes the alert store contract. */
class MemoryAlertStoreContractTest extends AlertStoreContract {
    @Override
    protected AlertStore emptyStore() {
        return Hardware.inMemoryAlerts();
    }

    /** Every contract test must start from a store of its own, or one test's records would leak into the next. */
    @Test
    void eachTestGetsAStoreOfItsOwn() {
        assertThat(emptyStore()).isNotSameAs(emptyStore());
    }
}

package io.dangan.archive.core.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.testkit.tck.AlertStoreContract;

/** The in-memory alert store passes the alert store contract. */
class MemoryAlertStoreContractTest extends AlertStoreContract {
    @Override
    protected AlertStore emptyStore() {
        return Hardware.inMemoryAlerts();
    }
}

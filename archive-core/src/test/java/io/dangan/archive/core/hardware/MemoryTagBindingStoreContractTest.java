package io.dangan.archive.core.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;

/** The in-memory tag binding store passes the tag binding store contract. */
class MemoryTagBindingStoreContractTest extends TagBindingStoreContract {
    @Override
    protected TagBindingStore emptyStore() {
        return Hardware.inMemoryTagBindings();
    }
}

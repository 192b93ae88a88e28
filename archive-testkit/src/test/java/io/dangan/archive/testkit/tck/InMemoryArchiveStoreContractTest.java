package io.dangan.archive.testkit.tck;

import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.InMemoryArchiveStore;

/** The testkit's own in-memory store passes the store contract. */
class InMemoryArchiveStoreContractTest extends ArchiveStoreContract {
    @Override
    protected ArchiveStore emptyStore() {
        return new InMemoryArchiveStore();
    }
}

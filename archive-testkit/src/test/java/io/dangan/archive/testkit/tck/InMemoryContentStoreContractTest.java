package io.dangan.archive.testkit.tck;

import io.dangan.archive.model.Digest;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.testkit.InMemoryContentStore;

/** The testkit's in-memory content store (JDK SHA-256) passes its own contract. */
class InMemoryContentStoreContractTest extends ContentStoreContract {
    @Override
    protected ContentStore newStore(long maxObjectSize) {
        return InMemoryContentStore.sha256(maxObjectSize);
    }

    @Override
    protected void corrupt(ContentStore store, Digest address) {
        ((InMemoryContentStore) store).tamper(address, b -> {
            b[b.length / 2] ^= 0x10;
            return b;
        });
    }
}

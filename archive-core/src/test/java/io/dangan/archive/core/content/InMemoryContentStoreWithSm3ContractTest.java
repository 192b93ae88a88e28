package io.dangan.archive.core.content;

import io.dangan.archive.core.ContentStores;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DigestAlgorithm;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.testkit.InMemoryContentStore;
import io.dangan.archive.testkit.tck.ContentStoreContract;
import java.util.EnumSet;

/** The testkit's in-memory store, given the crypto module's SM3 and SHA-256 hashers, passes the contract too. */
class InMemoryContentStoreWithSm3ContractTest extends ContentStoreContract {
    @Override
    protected ContentStore newStore(long maxObjectSize) {
        return new InMemoryContentStore(ContentStores.hashers(EnumSet.allOf(DigestAlgorithm.class)), DigestAlgorithm.SM3,
                maxObjectSize);
    }

    @Override
    protected void corrupt(ContentStore store, Digest address) {
        ((InMemoryContentStore) store).tamper(address, b -> {
            b[0] ^= 1;
            return b;
        });
    }
}

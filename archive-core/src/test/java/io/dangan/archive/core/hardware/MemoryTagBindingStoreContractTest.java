package io.dangan.archive.core.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.testkit.tck.TagBindingStoreContract;
import org.junit.jupiter.api.Test;

/** The in-memory tag binding store passes the tag binding store contract. */
class MemoryTagBindingStoreContractTest extends TagBindingStoreContract {
    @Override
    protected TagBindingStore emptyStore() {
        return Hardware.inMemoryTagBindings();
    }

    /** Every contract test must start from a store of its own, or one test's records would leak into the next. */
    @Test
    void eachTestGetsAStoreOfItsOwn() {
        assertThat(emptyStore()).isNotSameAs(emptyStore());
    }
}

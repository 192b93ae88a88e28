package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;
import org.junit.jupiter.api.Test;

/** The in-memory access directory, as the approval workflow's store, passes the approval store contract. */
class MemoryApprovalStoreContractTest extends ApprovalStoreContract {
    @Override
    protected ApprovalStore emptyStore() {
        return new MemoryAccessDirectory();
    }

    /** Every contract test must start from a store of its own, or one test's records would leak into the next. */
    @Test
    void eachTestGetsAStoreOfItsOwn() {
        assertThat(emptyStore()).isNotSameAs(emptyStore());
    }
}

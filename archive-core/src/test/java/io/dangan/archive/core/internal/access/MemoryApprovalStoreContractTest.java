package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.testkit.tck.ApprovalStoreContract;

/** The in-memory access directory, as the approval workflow's store, passes the approval store contract. */
class MemoryApprovalStoreContractTest extends ApprovalStoreContract {
    @Override
    protected ApprovalStore emptyStore() {
        return new MemoryAccessDirectory();
    }
}

package io.dangan.archive.inventory;

/** Where a dossier is allowed to be (保管状态), as far as the gate is concerned. */
public enum Custody {
    /** In the store; it must not leave. */
    IN_STORE,
    /** On an approved loan (借阅) that is active now; it may leave. */
    ON_LOAN,
    /** In an approved transfer (转递) that is under way; it may leave. */
    IN_TRANSFER,
    /** Unknown to custody: treated like {@link #IN_STORE} (fail closed). */
    UNKNOWN;

    /** @return whether the dossier may pass an exit gate */
    public boolean mayLeave() {
        return this == ON_LOAN || this == IN_TRANSFER;
    }
}

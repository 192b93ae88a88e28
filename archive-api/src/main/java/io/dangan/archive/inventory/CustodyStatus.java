package io.dangan.archive.inventory;

import io.dangan.archive.model.DossierId;
import java.time.Instant;

/**
 * The custody lookup the gate and inventory use (保管状态查询): is a dossier on an active loan or transfer at an
 * instant. The borrowing and transfer services implement it; thread-safe.
 */
@FunctionalInterface
public interface CustodyStatus {
    /**
     * @param dossier a dossier
     * @param at the instant
     * @return its custody then
     */
    Custody of(DossierId dossier, Instant at);

    /** @return a lookup that knows no loans or transfers: every dossier is in store */
    static CustodyStatus allInStore() {
        return (dossier, at) -> Custody.IN_STORE;
    }
}

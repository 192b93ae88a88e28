package io.dangan.archive.core.internal.inventory;

import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.DossierStatus;
import io.dangan.archive.store.ArchiveStore;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Custody as the archive's store records it: the dossier's {@link DossierStatus} now. {@code ON_LOAN} (借出) and
 * {@code IN_TRANSFER} (转递中) may leave; {@code ACTIVE} (在库) and {@code CLOSED} (已封存) are in store; a dossier
 * already {@code TRANSFERRED} (已转出) or unknown to the store is {@link Custody#UNKNOWN}, and so is every dossier
 * while the store cannot be read: the gate fails closed and raises its alarm rather than let a listener's exception
 * swallow it. The store holds the current status only, so the instant asked about is not consulted. Thread-safe as
 * the store is; one read session per question.
 */
public final class StoreCustodyStatus implements CustodyStatus {
    private final ArchiveStore store;

    /** @param store the archive's store */
    public StoreCustodyStatus(ArchiveStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Custody of(DossierId dossier, Instant at) {
        Objects.requireNonNull(dossier, "dossier");
        Optional<Dossier> d;
        try {
            d = store.read(s -> s.dossiers().find(dossier));
        } catch (RuntimeException e) {
            return Custody.UNKNOWN;
        }
        return d.map(x -> of(x.status())).orElse(Custody.UNKNOWN);
    }

    /**
     * @param status a dossier's lifecycle state
     * @return what it means at the gate
     */
    static Custody of(DossierStatus status) {
        return switch (status) {
            case ACTIVE, CLOSED -> Custody.IN_STORE;
            case ON_LOAN -> Custody.ON_LOAN;
            case IN_TRANSFER -> Custody.IN_TRANSFER;
            case TRANSFERRED -> Custody.UNKNOWN;
        };
    }
}

package io.dangan.archive.cli;

import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The demo's loan register (演示借阅登记), standing in for an integrator's own loan system: dossiers lent here are
 * {@link Custody#ON_LOAN}; every other dossier is answered by the archive's store. Handed to the archive builder's
 * {@code custody(...)}, so the gate and the inventory see the demo's loans. Thread-safe.
 */
final class DemoLoans implements CustodyStatus {
    private final Set<DossierId> lent = ConcurrentHashMap.newKeySet();
    private final CustodyStatus otherwise;

    /** @param otherwise the custody of dossiers not lent here */
    DemoLoans(CustodyStatus otherwise) {
        this.otherwise = Objects.requireNonNull(otherwise, "otherwise");
    }

    /** @param dossier a dossier to record as lent */
    void lend(DossierId dossier) {
        lent.add(Objects.requireNonNull(dossier, "dossier"));
    }

    @Override
    public Custody of(DossierId dossier, Instant at) {
        return lent.contains(dossier) ? Custody.ON_LOAN : otherwise.of(dossier, at);
    }
}

package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.util.Objects;

/**
 * A wired archive (档案库): the services of the SDK over one store, clock and event sink.
 * Obtain one from {@link Archives#builder()}. Thread-safe; share one instance per store.
 */
public final class Archive {
    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;
    private final DossierService dossiers;

    Archive(Clock clock, ArchiveStore store, EventSink events, DossierService dossiers) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
    }

    /** @return the clock every service reads */
    public Clock clock() {
        return clock;
    }

    /** @return the metadata store */
    public ArchiveStore store() {
        return store;
    }

    /** @return the sink every service emits its events to */
    public EventSink events() {
        return events;
    }

    /** @return registration of units, subjects, dossiers and materials (档案登记) */
    public DossierService dossiers() {
        return dossiers;
    }
}

package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.seal.SealService;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.ContentStore;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A wired archive (档案库): the services of the SDK over one store, clock and event sink.
 * Obtain one from {@link Archives#builder()}. Thread-safe; share one instance per store.
 */
public final class Archive {
    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;
    private final DossierService dossiers;
    private final @Nullable SealService seals;
    private final @Nullable ContentStore contents;
    private final Filing filing;

    Archive(Clock clock, ArchiveStore store, EventSink events, DossierService dossiers, @Nullable SealService seals,
            @Nullable ContentStore contents, Filing filing) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.seals = seals;
        this.contents = contents;
        this.filing = Objects.requireNonNull(filing, "filing");
    }

    /**
     * @return the filing workflow (register, review, file or return, catalogue) and the filing audits
     *     (completeness, missing-materials register, migration report, special audit 专审), against the
     *     archive's filing standards
     */
    public Filing filing() {
        return filing;
    }

    /** @return the content store holding materials' files, when the archive was built with one */
    public Optional<ContentStore> contentStore() {
        return Optional.ofNullable(contents);
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

    /**
     * @return sealing and integrity verification (封印与完整性检测)
     * @throws IllegalStateException when the archive was built without a signing key ({@code Archives.Builder#keys})
     */
    public SealService seals() {
        if (seals == null) {
            throw new IllegalStateException("this archive has no signing key: build it with keys(provider, alias)");
        }
        return seals;
    }
}

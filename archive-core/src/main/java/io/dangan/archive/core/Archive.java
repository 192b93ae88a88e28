package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.inventory.CustodyStatus;
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
    private final HardwareServices hardware;

    /**
     * The hardware-facing services of one archive; the tag-bound ones are absent without a tag code scheme.
     *
     * @param custody the custody status every one of them asks
     * @param tags the tag registry
     * @param locations the location tracker
     * @param gate the gate control
     * @param environment the environment monitor
     */
    record HardwareServices(CustodyStatus custody, @Nullable HardwareTagRegistry tags,
            @Nullable LocationTracker locations, @Nullable GateControl gate, EnvironmentMonitor environment) {
        HardwareServices {
            Objects.requireNonNull(custody, "custody");
            Objects.requireNonNull(environment, "environment");
        }
    }

    Archive(Clock clock, ArchiveStore store, EventSink events, DossierService dossiers, @Nullable SealService seals,
            @Nullable ContentStore contents, Filing filing, HardwareServices hardware) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.seals = seals;
        this.contents = contents;
        this.filing = Objects.requireNonNull(filing, "filing");
        this.hardware = Objects.requireNonNull(hardware, "hardware");
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

    /**
     * @return the tag registry (标签登记): one code per dossier (一人一档一码) from the scheme and first serial given to
     *     {@link Archives.Builder#tagCodes}, its {@code tag.*} events to {@link #events()}, its times from
     *     {@link #clock()}; the same instance on every call
     * @throws IllegalStateException when the archive was built without {@code tagCodes(scheme, firstSerial)}
     */
    public HardwareTagRegistry tagRegistry() {
        return requireTags(hardware.tags());
    }

    /**
     * @return location tracking and inventory reconciliation (位置解析与盘点) over {@link #tagRegistry()} and
     *     {@link #custody()}, emitting {@code inventory.completed} to {@link #events()}; one tracker for the
     *     archive's readers (its window is shared: for separate, concurrent inventory sessions make more with
     *     {@link Hardware#locationTracker} from this archive's registry, custody and sink)
     * @throws IllegalStateException when the archive was built without {@code tagCodes(scheme, firstSerial)}
     */
    public LocationTracker locationTracker() {
        return requireTags(hardware.locations());
    }

    /**
     * @return gate control (出口门禁) over the gates and doors given to {@link Archives.Builder#exitGates}, resolving
     *     tags through {@link #tagRegistry()} and asking {@link #custody()} whether a dossier may leave; its alarms
     *     and their door follow-ups go to {@link #events()}
     * @throws IllegalStateException when the archive was built without {@code tagCodes(scheme, firstSerial)}
     */
    public GateControl gateControl() {
        return requireTags(hardware.gate());
    }

    /**
     * @return environment monitoring (温湿度监控) against the profile table given to
     *     {@link Archives.Builder#environmentProfiles} (the shipped table by default), with the archive's clock and
     *     its alert changes to {@link #events()}
     */
    public EnvironmentMonitor environmentMonitor() {
        return hardware.environment();
    }

    /**
     * @return the custody status (保管状态) the gate and the inventory ask: the one given to
     *     {@link Archives.Builder#custody}, or else the dossier status in the archive's store
     *     ({@link Hardware#custodyFromStore})
     */
    public CustodyStatus custody() {
        return hardware.custody();
    }

    private static <T> T requireTags(@Nullable T service) {
        if (service == null) {
            throw new IllegalStateException(
                    "this archive has no tag code scheme: build it with tagCodes(scheme, firstSerial)");
        }
        return service;
    }
}

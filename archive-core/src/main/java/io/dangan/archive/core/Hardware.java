package io.dangan.archive.core;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.core.internal.environment.DefaultEnvironmentMonitor;
import io.dangan.archive.core.internal.environment.MemoryAlertStore;
import io.dangan.archive.core.internal.environment.SensorFeed;
import io.dangan.archive.core.internal.inventory.DefaultGateControl;
import io.dangan.archive.core.internal.inventory.DefaultLocationTracker;
import io.dangan.archive.core.internal.inventory.StoreCustodyStatus;
import io.dangan.archive.core.internal.tags.DefaultTagRegistry;
import io.dangan.archive.core.internal.tags.MemoryTagBindingStore;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.inventory.TagRegistry;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.DeviceListener;
import io.dangan.archive.rfid.spi.SensorEvent;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Factories for the hardware-facing services (硬件服务): the tag registry, location tracking and inventory
 * reconciliation, gate control and environment monitoring. Plain constructors behind static methods, for standalone
 * use; an {@link Archive} wires one of each through these same factories, sharing its clock, event sink and custody
 * status (see {@link Archive#tagRegistry()} and the {@link Archives.Builder} settings {@code tagCodes},
 * {@code exitGates}, {@code environmentProfiles}, {@code custody}).
 */
public final class Hardware {
    private Hardware() {
    }

    /**
     * A tag registry issuing codes from the archive's scheme, e.g.
     * {@code TagCodeScheme.gdti96(companyPrefix, "00001", 0)}.
     *
     * @param scheme the code scheme
     * @param firstSerial the first serial to issue
     * @param clock the clock
     * @param events the event sink
     * @return the registry
     */
    public static HardwareTagRegistry tagRegistry(TagCodeScheme scheme, long firstSerial, Clock clock, EventSink events) {
        return new DefaultTagRegistry(scheme, firstSerial, clock, events);
    }

    /**
     * A tag registry keeping its bindings in a store, e.g. {@code JpaStores.tagBindings(entityManagerFactory)}, so
     * that bindings and their history survive a restart. Issuing continues after the highest serial the store holds
     * for the scheme, so no code is issued twice.
     *
     * @param scheme the code scheme
     * @param firstSerial the lowest serial to issue
     * @param clock the clock
     * @param events the event sink
     * @param store where the bindings live; each issue, re-issue and retirement is one step of it
     * @return the registry
     */
    public static HardwareTagRegistry tagRegistry(TagCodeScheme scheme, long firstSerial, Clock clock, EventSink events,
            TagBindingStore store) {
        return new DefaultTagRegistry(scheme, firstSerial, clock, events, store);
    }

    /** @return an empty, thread-safe tag binding store in memory, for tools, demos and tests */
    public static TagBindingStore inMemoryTagBindings() {
        return new MemoryTagBindingStore();
    }

    /**
     * Location tracking with the practice defaults: an alias needs 2 reads, RSSI smoothed with factor 0.3, a tag
     * departs after 5 minutes of silence.
     *
     * @param registry resolves unexpected tags
     * @param custody tells present-but-on-loan items apart
     * @param events receives {@code inventory.completed}
     * @param expectedTags a capacity hint
     * @return the tracker
     */
    public static LocationTracker locationTracker(TagRegistry registry, CustodyStatus custody, EventSink events,
            int expectedTags) {
        return locationTracker(registry, custody, events, expectedTags, 2, 0.3, Duration.ofMinutes(5));
    }

    /**
     * Location tracking with explicit parameters.
     *
     * @param registry resolves unexpected tags
     * @param custody tells present-but-on-loan items apart
     * @param events receives {@code inventory.completed}
     * @param expectedTags a capacity hint
     * @param minReads reads at an alias before it can be a location
     * @param alpha the RSSI smoothing factor in (0, 1]
     * @param departAfter silence after which a tag has departed
     * @return the tracker
     */
    public static LocationTracker locationTracker(TagRegistry registry, CustodyStatus custody, EventSink events,
            int expectedTags, int minReads, double alpha, Duration departAfter) {
        return new DefaultLocationTracker(minReads, alpha, departAfter, expectedTags, registry, custody, events);
    }

    /**
     * Gate control correlating door events 30 s either side of a dossier's reads, in both arrival orders (a door
     * event arriving after the alarm is attached and published as a {@code gate.door_correlated} follow-up);
     * repeat reads of a dossier at a gate raise no new alarm for 60 s; events arriving up to 60 s behind the newest
     * one are correlated as if they had arrived in order.
     *
     * @param doorsByGate each exit gate's antenna alias and the door ids it watches
     * @param registry resolves tags to dossiers
     * @param custody tells whether a dossier may leave
     * @param events receives the alarms and their follow-ups
     * @return the gate control
     */
    public static GateControl gateControl(Map<String, Set<String>> doorsByGate, TagRegistry registry,
            CustodyStatus custody, EventSink events) {
        return new DefaultGateControl(doorsByGate, registry, custody, events, Duration.ofSeconds(30),
                Duration.ofSeconds(60), Duration.ofSeconds(60));
    }

    /**
     * Environment monitoring; {@code EnvironmentProfiles.defaults()} gives the shipped profile table.
     *
     * @param profiles the profile table per room type
     * @param missedIntervals expected intervals of silence before a sensor is offline
     * @param clock the clock
     * @param events receives alert changes
     * @return the monitor
     */
    public static EnvironmentMonitor environmentMonitor(Map<String, EnvironmentProfile> profiles, int missedIntervals,
            Clock clock, EventSink events) {
        return new DefaultEnvironmentMonitor(profiles, missedIntervals, clock, events);
    }

    /**
     * Environment monitoring recording every alert change in a store, e.g. {@code JpaStores.alerts(factory)}; the
     * store's open alerts are reloaded now (an acknowledged alert stays acknowledged), and a sensor registered again
     * takes its open alerts back. Readings that change no alert do not touch the store.
     *
     * @param profiles the profile table per room type
     * @param missedIntervals expected intervals of silence before a sensor is offline
     * @param clock the clock
     * @param events receives alert changes
     * @param store where alerts and their changes are kept
     * @return the monitor
     */
    public static EnvironmentMonitor environmentMonitor(Map<String, EnvironmentProfile> profiles, int missedIntervals,
            Clock clock, EventSink events, AlertStore store) {
        return new DefaultEnvironmentMonitor(profiles, missedIntervals, clock, events, store);
    }

    /** @return an empty, thread-safe alert store in memory keeping every alert and its changes, for tools and tests */
    public static AlertStore inMemoryAlerts() {
        return MemoryAlertStore.retaining();
    }

    /**
     * Custody as the archive's store records it (保管状态): a dossier whose status is {@code ON_LOAN} (借出) or
     * {@code IN_TRANSFER} (转递中) may leave; {@code ACTIVE} and {@code CLOSED} are in store; a dossier already
     * {@code TRANSFERRED}, unknown to the store, or asked about while the store cannot be read is
     * {@link io.dangan.archive.inventory.Custody#UNKNOWN} (the gate fails closed). The store holds the current
     * status only, so the instant asked about is not consulted. This is an archive's default custody status; an
     * integrator whose loans and transfers live elsewhere passes its own to {@link Archives.Builder#custody}.
     *
     * @param store the archive's store
     * @return the custody status, thread-safe; one read session per question
     */
    public static CustodyStatus custodyFromStore(ArchiveStore store) {
        return new StoreCustodyStatus(store);
    }

    /**
     * A listener feeding a sensor device's measurements and alarms into a monitor.
     *
     * @param monitor the monitor
     * @return the listener, for {@code device.subscribe(...)}
     */
    public static DeviceListener<SensorEvent> sensorFeed(EnvironmentMonitor monitor) {
        return new SensorFeed(monitor);
    }
}

package io.dangan.archive.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Limits;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.inventory.GateDoorCorrelated;
import io.dangan.archive.inventory.InventoryCompleted;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagChanged;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.DossierStatus;
import io.dangan.archive.model.Subject;
import io.dangan.archive.model.Unit;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.DoorForced;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.testkit.Fixtures;
import io.dangan.archive.testkit.InMemoryArchiveStore;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The hardware services an {@link Archive} wires: shared clock, event sink and custody status. */
class ArchiveHardwareTest {
    private static final TagCodeScheme SCHEME = TagCodeScheme.gdti96("6901234", "00001", 0);
    private final ManualClock clock = ManualClock.at("2026-11-25T08:00:00Z");
    private final InMemoryArchiveStore store = new InMemoryArchiveStore();
    private final RecordingEventSink events = new RecordingEventSink();
    private final Fixtures fx = Fixtures.seeded(11);

    private Archives.Builder builder() {
        return Archives.builder().clock(clock).store(store).events(events);
    }

    private Dossier openDossier(Archive archive, String id) {
        Unit unit = archive.dossiers().registerUnit(fx.unit(null));
        Subject subject = archive.dossiers().registerSubject(fx.subject());
        return archive.dossiers().openDossier(DossierId.of(id), subject.id(), unit.id());
    }

    private static void setStatus(ArchiveStore store, DossierId id, DossierStatus status) {
        store.write(s -> s.dossiers().update(s.dossiers().find(id).orElseThrow().withStatus(status)));
    }

    private static TagObserved read(TagBinding b, String antenna, Instant at) {
        return TagObserved.of("gate-reader", 0, at, TagId.epc(b.code().hex()), 1, antenna, -40.0);
    }

    @Test
    @DisplayName("tags come from the configured scheme and first serial, with the archive's clock and sink")
    void tagRegistry() {
        Archive archive = builder().tagCodes(SCHEME, 500).build();
        TagBinding b = archive.tagRegistry().issue(DossierId.of("D-1"), "clerk");
        assertThat(SCHEME.decode(TagId.epc(b.code().hex()))).hasValue(500);
        assertThat(b.issuedAt()).isEqualTo(clock.instant());
        assertThat(events.ofClass(TagChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.occurredAt()).isEqualTo(clock.instant()));
        assertThat(archive.tagRegistry()).isSameAs(archive.tagRegistry());
        assertThat(archive.gateControl()).isSameAs(archive.gateControl());
        assertThat(archive.locationTracker()).isSameAs(archive.locationTracker());
    }

    @Test
    @DisplayName("the gate asks the dossier status in the archive's store: on loan passes, in store raises the alarm")
    void gateUsesTheStoresCustody() {
        Archive archive = builder().tagCodes(SCHEME, 1).exitGates(Map.of("exit-gate", Set.of("exit-1"))).build();
        Dossier lent = openDossier(archive, "D-LENT");
        Dossier kept = openDossier(archive, "D-KEPT");
        setStatus(store, lent.id(), DossierStatus.ON_LOAN);
        TagBinding lentTag = archive.tagRegistry().issue(lent.id(), "clerk");
        TagBinding keptTag = archive.tagRegistry().issue(kept.id(), "clerk");
        assertThat(archive.custody().of(lent.id(), clock.instant())).isEqualTo(Custody.ON_LOAN);
        assertThat(archive.custody().of(DossierId.of("NOBODY"), clock.instant())).isEqualTo(Custody.UNKNOWN);

        Instant t = clock.instant();
        archive.gateControl().readers().onEvent(read(lentTag, "exit-gate", t));
        archive.gateControl().readers().onEvent(read(keptTag, "exit-gate", t));
        archive.gateControl().doors().onEvent(new DoorForced("doors", 0, t.plusSeconds(2), "exit-1"));

        assertThat(archive.gateControl().alarms()).singleElement().satisfies(a -> {
            assertThat(a.dossier()).isEqualTo(kept.id());
            assertThat(a.custody()).isEqualTo(Custody.IN_STORE);
            assertThat(a.doorEvents()).hasSize(1);
        });
        assertThat(events.ofClass(GateAlarm.class)).hasSize(1);
        assertThat(events.ofClass(GateDoorCorrelated.class)).singleElement()
                .satisfies(f -> assertThat(f.dossier()).isEqualTo(kept.id()));
    }

    @Test
    @DisplayName("the store's statuses map to custody: transfer under way may leave, transferred or closed may not")
    void storeStatusesMapToCustody() {
        Archive archive = builder().build();
        Dossier d = openDossier(archive, "D-1");
        Map<DossierStatus, Custody> seen = new HashMap<>();
        for (DossierStatus s : DossierStatus.values()) {
            setStatus(store, d.id(), s);
            seen.put(s, archive.custody().of(d.id(), clock.instant()));
        }
        assertThat(seen).containsExactlyInAnyOrderEntriesOf(Map.of(DossierStatus.ACTIVE, Custody.IN_STORE,
                DossierStatus.ON_LOAN, Custody.ON_LOAN, DossierStatus.IN_TRANSFER, Custody.IN_TRANSFER,
                DossierStatus.TRANSFERRED, Custody.UNKNOWN, DossierStatus.CLOSED, Custody.IN_STORE));
    }

    @Test
    @DisplayName("a store that cannot be read makes custody unknown, so the gate fails closed")
    void unreadableStoreFailsClosed() {
        ArchiveStore broken = new ArchiveStore() {
            @Override
            public <T> T read(java.util.function.Function<? super io.dangan.archive.store.StoreSession, ? extends T> work) {
                throw new IllegalStateException("database down");
            }

            @Override
            public <T> T write(java.util.function.Function<? super io.dangan.archive.store.StoreSession, ? extends T> work) {
                throw new IllegalStateException("database down");
            }
        };
        Archive archive = Archives.builder().clock(clock).store(broken).events(events).tagCodes(SCHEME, 1)
                .exitGates(Map.of("exit-gate", Set.of())).build();
        TagBinding b = archive.tagRegistry().issue(DossierId.of("D-1"), "clerk");
        archive.gateControl().readers().onEvent(read(b, "exit-gate", clock.instant()));
        assertThat(archive.gateControl().alarms()).singleElement()
                .satisfies(a -> assertThat(a.custody()).isEqualTo(Custody.UNKNOWN));
    }

    @Test
    @DisplayName("a custody status given to the builder replaces the store's for the gate and the inventory")
    void custodyFromTheBuilder() {
        DossierId lent = DossierId.of("D-9");
        Archive archive = builder().tagCodes(SCHEME, 1).exitGates(Map.of("exit-gate", Set.of()))
                .custody((d, at) -> d.equals(lent) ? Custody.ON_LOAN : Hardware.custodyFromStore(store).of(d, at))
                .build();
        TagBinding b = archive.tagRegistry().issue(lent, "clerk");
        archive.gateControl().readers().onEvent(read(b, "exit-gate", clock.instant()));
        assertThat(archive.gateControl().alarms()).isEmpty();

        archive.locationTracker().beginWindow(clock.instant());
        for (int i = 0; i < 2; i++) {
            archive.locationTracker().onEvent(read(b, "room-1/cab-1", clock.instant()));
        }
        InventoryReport r = archive.locationTracker().reconcile(InventoryScope.of("room-1"), List.<ExpectedItem>of(),
                clock.instant(), "clerk");
        assertThat(r.unexpected()).isEqualTo(1);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.reason()).hasToString("ON_LOAN"));
        assertThat(events.ofClass(InventoryCompleted.class)).hasSize(1);
    }

    @Test
    @DisplayName("the environment monitor uses the configured profile table, the archive's clock and its sink")
    void environmentMonitor() {
        EnvironmentProfile vault = new EnvironmentProfile("vault", new Limits(16, 18, 1, 3, 0.2, 3, 2),
                EnvironmentProfiles.defaults().get("paper").humidity());
        Archive archive = builder().environmentProfiles(Map.of("vault", vault)).sensorOfflineAfter(2).build();
        archive.environmentMonitor().registerSensor("th-1", "vault-1", "vault", Duration.ofMinutes(1));
        assertThatThrownBy(() -> archive.environmentMonitor().registerSensor("th-2", "r", "paper", Duration.ofMinutes(1)))
                .hasMessageContaining("vault");
        List<EnvironmentAlert> changed = archive.environmentMonitor().accept(
                new Reading("th-1", Measure.TEMPERATURE, 18.5, true, clock.instant()));
        assertThat(changed).singleElement().satisfies(a -> assertThat(a.raisedAt()).isEqualTo(clock.instant()));
        assertThat(events.ofClass(AlertChanged.class)).hasSize(1);
        // offline after two missed one-minute intervals
        assertThat(archive.environmentMonitor().checkOffline(clock.instant().plus(Duration.ofSeconds(121)))).hasSize(1);
    }

    @Test
    @DisplayName("without a tag scheme the tag-bound services say how to get them; the monitor is always there")
    void withoutTagScheme() {
        Archive archive = builder().build();
        assertThatThrownBy(archive::tagRegistry).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("tagCodes(scheme, firstSerial)");
        assertThatThrownBy(archive::locationTracker).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(archive::gateControl).isInstanceOf(IllegalStateException.class);
        assertThat(archive.environmentMonitor()).isNotNull();
        assertThat(archive.custody()).isNotNull();
    }

    @Test
    @DisplayName("the builder rejects bad hardware settings at once")
    void builderValidates() {
        Archives.Builder b = builder();
        assertThatThrownBy(() -> b.tagCodes(SCHEME, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.tagCodes(SCHEME, SCHEME.maxSerial() + 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(SCHEME.id());
        assertThatThrownBy(() -> b.environmentProfiles(Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.sensorOfflineAfter(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.exitGates(Map.of(" ", Set.of("d")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.exitGates(Map.of("g", Set.of("")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.expectedTags(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}

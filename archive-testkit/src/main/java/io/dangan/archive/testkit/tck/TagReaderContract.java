package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.InventoryResult;
import io.dangan.archive.rfid.spi.InventoryStarted;
import io.dangan.archive.rfid.spi.InventoryStopped;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagKind;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.rfid.spi.TagReader;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The tag reader conformance kit (读写器一致性套件). A vendor's whole test:
 * <pre>{@code
 * class AcmeReaderConformanceTest extends TagReaderContract {
 *     @Override protected TagReaderProvider provider() { return new AcmeReaderProvider(); }
 *     @Override protected ReaderConfig config() { return AcmeBench.config(); }
 * }
 * }</pre>
 * Override {@link #bench(TagReader)} for the tests that need traffic, tags in the field or link faults: without
 * it they fail, unless listed in {@link #waived()} with a reason.
 */
public abstract class TagReaderContract extends DeviceContract<ReaderEvent, TagReader> {
    /** @return the provider under test */
    protected abstract TagReaderProvider provider();

    /** @return a configuration that works on the bench */
    protected abstract ReaderConfig config();

    /**
     * @param reader the reader under test
     * @return its bench; the default can do nothing, which fails the tests needing it unless they are waived
     */
    protected ReaderBench bench(TagReader reader) {
        return ReaderBench.NONE;
    }

    @Override
    protected final TagReader openWith(UnaryOperator<DeviceConfig> tweak) {
        ReaderConfig c = config();
        return provider().open(new ReaderConfig(tweak.apply(c.device()), c.antennas(), c.required(), c.session()));
    }

    /** @return the vendor's configuration with the kit's link settings, valid for the reader's capabilities */
    private ReaderConfig benchConfig() {
        ReaderConfig c = config();
        return new ReaderConfig(fast(c.device()), c.antennas(), c.required(), c.session());
    }

    @Override
    protected final DeviceBench benchFor(TagReader device) {
        return bench(device);
    }

    @Override
    protected final Set<Capability> declaredCapabilities() {
        return provider().capabilities();
    }

    @Override
    protected void activate(TagReader device) {
        device.start();
    }

    @Nested
    @DisplayName("Inventory")
    class Inventory {
        @Test
        @DisplayName("start and stop are idempotent and each transition is delivered once")
        void startStopIdempotent() {
            Recorder<ReaderEvent> r = new Recorder<>();
            TagReader reader = connected(r);
            reader.start();
            reader.start();
            assertThat(reader.state()).isEqualTo(ConnectionState.INVENTORYING);
            reader.stop();
            reader.stop();
            assertThat(reader.state()).isEqualTo(ConnectionState.CONNECTED);
            reader.close();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            assertThat(r.events(InventoryStarted.class)).hasSize(1);
            assertThat(r.events(InventoryStopped.class)).singleElement()
                    .satisfies(s -> assertThat(s.reason()).isEqualTo(InventoryStopped.Reason.REQUESTED));
        }

        @Test
        @DisplayName("starting before connecting throws DEVICE_NOT_CONNECTED")
        void startBeforeConnect() {
            TagReader reader = open();
            assertThatThrownBy(reader::start).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.DEVICE_NOT_CONNECTED));
        }

        @Test
        @DisplayName("a one-shot inventory returns the tags in the field and leaves the reader idle")
        void oneShotInventory() {
            Recorder<ReaderEvent> r = new Recorder<>();
            TagReader reader = connected(r);
            Set<TagId> expected = bench(reader).tagsInField();
            requireBench(!expected.isEmpty(), "name tags in the field (tagsInField())");
            InventoryResult result = reader.inventoryOnce(Duration.ofMillis(500));
            assertThat(result.tags()).containsAll(expected);
            assertThat(result.deviceId()).isEqualTo(reader.deviceId());
            assertThat(result.endedAt()).isAfterOrEqualTo(result.startedAt());
            assertThat(reader.state()).isEqualTo(ConnectionState.CONNECTED);
        }

        @Test
        @DisplayName("a one-shot inventory called from a listener is refused instead of deadlocking")
        void oneShotFromListenerRefused() {
            TagReader reader = open();
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Recorder<ReaderEvent> r = new Recorder<>();
            reader.subscribe(e -> {
                if (e instanceof io.dangan.archive.rfid.spi.ConnectionChanged c && c.to() == ConnectionState.CONNECTED) {
                    try {
                        reader.inventoryOnce(Duration.ofMillis(10));
                    } catch (RuntimeException ex) {
                        thrown.set(ex);
                    }
                }
            });
            reader.subscribe(r);
            reader.connect();
            reader.close();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            assertThat(thrown.get()).isInstanceOf(IllegalStateException.class);
        }

        @Test
        @DisplayName("a listener may stop the inventory from inside a callback without deadlock")
        void stopFromCallback() {
            TagReader reader = open();
            Recorder<ReaderEvent> r = new Recorder<>();
            reader.subscribe(e -> {
                if (e instanceof TagObserved) {
                    reader.stop();
                }
            });
            reader.subscribe(r);
            reader.connect();
            reader.start();
            requireBench(bench(reader).generate(20), "generate traffic");
            assertThat(r.awaitAny(e -> e instanceof InventoryStopped, PROMPTLY)).isTrue();
            assertThat(reader.state()).isEqualTo(ConnectionState.CONNECTED);
        }

        @Test
        @DisplayName("a lost link stops the inventory, and it resumes after the reconnect")
        void resumesAfterReconnect() {
            assumeTrue(provider().capabilities().contains(Capability.RECONNECT), "RECONNECT not declared");
            Recorder<ReaderEvent> r = new Recorder<>();
            TagReader reader = connected(r);
            reader.start();
            requireBench(bench(reader).dropLink(), "drop the link");
            assertThat(r.awaitAny(e -> e instanceof InventoryStarted s && s.reason() == InventoryStarted.Reason.RESUMED,
                    PROMPTLY)).isTrue();
            assertThat(r.events(InventoryStopped.class)).extracting(InventoryStopped::reason)
                    .contains(InventoryStopped.Reason.CONNECTION_LOST);
            assertThat(reader.state()).isEqualTo(ConnectionState.INVENTORYING);
        }
    }

    @Nested
    @DisplayName("Field validity")
    class FieldValidity {
        @Test
        @DisplayName("every observation names a configured antenna and carries only plausible values")
        void observationsArePlausible() {
            Recorder<ReaderEvent> r = new Recorder<>();
            TagReader reader = connected(r);
            reader.start();
            requireBench(bench(reader).generate(200), "generate traffic");
            assertThat(r.await(l -> l.stream().filter(e -> e instanceof TagObserved).count() >= 200, PROMPTLY)).isTrue();
            ReaderConfig c = config();
            Set<Integer> ports = new java.util.HashSet<>();
            c.antennas().forEach(a -> ports.add(a.port()));
            assertThat(r.events(TagObserved.class)).allSatisfy(t -> {
                assertThat(t.deviceId()).isEqualTo(reader.deviceId());
                assertThat(ports).contains(t.antennaPort());
                assertThat(t.antennaAlias()).isEqualTo(c.aliasOf(t.antennaPort()));
                assertThat(t.seenCount()).isPositive();
                if (t.rssiDbm() != null) {
                    assertThat(TagObserved.plausibleRssi(t.rssiDbm())).isTrue();
                }
                if (t.tag().kind() == TagKind.EPC) {
                    assertThat(reader.capabilities()).contains(Capability.READ_EPC);
                }
                if (t.rssiDbm() != null) {
                    assertThat(reader.capabilities()).contains(Capability.RSSI);
                }
            });
        }
    }

    @Nested
    @DisplayName("Configuration rejection")
    class Configuration {
        @Test
        @DisplayName("a configuration requiring an undeclared capability is rejected when opening")
        void undeclaredCapabilityRejected() {
            EnumSet<Capability> missing = EnumSet.complementOf(EnumSet.copyOf(provider().capabilities()));
            assumeFalse(missing.isEmpty(), "the reader declares every capability");
            ReaderConfig c = benchConfig().requiring(Set.of(missing.iterator().next()));
            assertThatThrownBy(() -> provider().open(c)).isInstanceOfSatisfying(HardwareException.class, e -> {
                assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
                assertThat(e.getMessage()).contains(missing.iterator().next().name());
            });
        }

        @Test
        @DisplayName("an antenna port the reader does not have is rejected when opening")
        void unknownAntennaRejected() {
            ReaderConfig c = benchConfig();
            List<AntennaConfig> antennas = new ArrayList<>(c.antennas());
            antennas.add(AntennaConfig.of(1024, "nowhere"));
            ReaderConfig bad = new ReaderConfig(c.device(), antennas, c.required(), c.session());
            assertThatThrownBy(() -> provider().open(bad)).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED));
        }
    }

    @Nested
    @DisplayName("Writing tags (optional capability WRITE_EPC)")
    class Writing {
        @Test
        @DisplayName("a written EPC is what the tag reads back")
        void writeEpcReadsBack() {
            assumeTrue(provider().capabilities().contains(Capability.WRITE_EPC), "WRITE_EPC not declared");
            Recorder<ReaderEvent> r = new Recorder<>();
            TagReader reader = connected(r);
            Set<TagId> inField = bench(reader).tagsInField();
            requireBench(inField.stream().anyMatch(t -> t.kind() == TagKind.EPC), "name an EPC tag in the field");
            TagId target = inField.stream().filter(t -> t.kind() == TagKind.EPC).findFirst().orElseThrow();
            TagId written = TagId.epc("2C1A5A4F2000000000000007");
            reader.writeEpc(target, written);
            assertThat(reader.inventoryOnce(Duration.ofMillis(500)).tags()).contains(written).doesNotContain(target);
            reader.writeEpc(written, target);
        }

        @Test
        @DisplayName("a reader that cannot write says so with CAPABILITY_UNSUPPORTED")
        void readOnlyReaderRefusesWrites() {
            assumeFalse(provider().capabilities().contains(Capability.WRITE_EPC), "WRITE_EPC declared");
            TagReader reader = connected(new Recorder<>());
            assertThatThrownBy(() -> reader.writeEpc(TagId.epc("3074257BF7194E4000001A85"),
                    TagId.epc("3074257BF7194E4000001A86"))).isInstanceOfSatisfying(HardwareException.class,
                            e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.CAPABILITY_UNSUPPORTED));
        }
    }
}

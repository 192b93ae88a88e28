package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeliveryOverflow;
import io.dangan.archive.rfid.spi.DeliveryStats;
import io.dangan.archive.rfid.spi.Device;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DeviceEvent;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.KeepalivePolicy;
import io.dangan.archive.rfid.spi.ReconnectPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What every device must do (设备通用契约): lifecycle, ordering, threading, back-pressure, resource release, link
 * loss and timeouts. Extended by {@link TagReaderContract}, {@link SensorDeviceContract} and
 * {@link DoorControllerContract}; a vendor extends one of those.
 *
 * <p>The kit adjusts the vendor's configuration for fast tests: keepalive every 100 ms (3 missed), reconnects from
 * 50 ms doubling to 400 ms, at most 20 attempts.
 *
 * @param <E> the device's event type
 * @param <D> the device type
 */
@Timeout(60)
public abstract class DeviceContract<E extends DeviceEvent, D extends Device<E>> {
    /** How long the kit waits for something that should happen promptly. */
    protected static final Duration PROMPTLY = Duration.ofSeconds(10);

    private final List<Device<?>> opened = new ArrayList<>();

    /**
     * Opens a device with the vendor's configuration whose common settings are adjusted by {@code tweak}.
     *
     * @param tweak adjusts the common settings
     * @return a new device, not connected
     */
    protected abstract D openWith(UnaryOperator<DeviceConfig> tweak);

    /**
     * The bench around a device, for tests that need traffic or link faults. The default can do nothing.
     *
     * @param device the device under test
     * @return its bench
     */
    protected DeviceBench benchFor(D device) {
        return DeviceBench.NONE;
    }

    /**
     * An endpoint at which a connect is accepted by nothing and answered by nothing, for the timeout test.
     *
     * @return the endpoint, or empty to skip the test
     */
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.empty();
    }

    /**
     * An endpoint that refuses connections, for the connect-failure test.
     *
     * @return the endpoint, or empty to skip the test
     */
    protected Optional<String> refusingEndpoint() {
        return Optional.empty();
    }

    /** @return the number of traffic events a device delivers in about a second in normal use (default 1,000) */
    protected int nominalLoad() {
        return 1000;
    }

    /**
     * Makes a connected device produce traffic (readers start an inventory).
     *
     * @param device the device
     */
    protected void activate(D device) {
    }

    /** @return the vendor's declared capabilities */
    protected abstract java.util.Set<Capability> declaredCapabilities();

    /**
     * The kit's adjustments: fast keepalive and reconnects.
     *
     * @param d the vendor's settings
     * @return the adjusted settings
     */
    protected static DeviceConfig fast(DeviceConfig d) {
        return d.withKeepalive(KeepalivePolicy.of(Duration.ofMillis(100), 3))
                .withReconnect(new ReconnectPolicy(20, Duration.ofMillis(50), Duration.ofMillis(400), 2.0));
    }

    /**
     * Opens a device tracked for closing after the test.
     *
     * @param tweak more adjustments after {@link #fast}
     * @return the device
     */
    protected final D open(UnaryOperator<DeviceConfig> tweak) {
        D d = openWith(c -> tweak.apply(fast(c)));
        opened.add(d);
        return d;
    }

    /** @return a device with the kit's adjustments only */
    protected final D open() {
        return open(UnaryOperator.identity());
    }

    /**
     * Opens, subscribes a recorder and connects.
     *
     * @param recorder the recorder
     * @return the connected device
     */
    protected final D connected(Recorder<E> recorder) {
        D d = open();
        d.subscribe(recorder);
        d.connect();
        return d;
    }

    @AfterEach
    final void closeOpened() {
        for (Device<?> d : opened) {
            d.close();
        }
        opened.clear();
    }

    static boolean reached(List<? extends DeviceEvent> events, ConnectionState to) {
        return events.stream().anyMatch(e -> e instanceof ConnectionChanged c && c.to() == to);
    }

    static List<ConnectionState> states(List<? extends DeviceEvent> events) {
        return events.stream().filter(e -> e instanceof ConnectionChanged).map(e -> ((ConnectionChanged) e).to()).toList();
    }

    static boolean traffic(DeviceEvent e) {
        return !(e instanceof ConnectionChanged) && !(e instanceof DeliveryOverflow)
                && !(e instanceof io.dangan.archive.rfid.spi.DeviceFault)
                && !(e instanceof io.dangan.archive.rfid.spi.InventoryStarted)
                && !(e instanceof io.dangan.archive.rfid.spi.InventoryStopped)
                && !(e instanceof io.dangan.archive.rfid.spi.SensorHealthChanged);
    }

    private static int liveThreads() {
        return Thread.getAllStackTraces().size();
    }

    @Nested
    @DisplayName("Lifecycle")
    class Lifecycle {
        @Test
        @DisplayName("a new device is NEW, and connecting goes through CONNECTING to CONNECTED")
        void connectGoesThroughConnecting() {
            Recorder<E> r = new Recorder<>();
            D d = open();
            assertThat(d.state()).isEqualTo(ConnectionState.NEW);
            d.subscribe(r);
            d.connect();
            assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
            assertThat(r.await(l -> reached(l, ConnectionState.CONNECTED), PROMPTLY)).isTrue();
            assertThat(states(r.events())).startsWith(ConnectionState.CONNECTING, ConnectionState.CONNECTED);
        }

        @Test
        @DisplayName("connect and close are idempotent, and close is delivered once")
        void connectAndCloseAreIdempotent() {
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            d.connect();
            d.close();
            d.close();
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
            assertThat(states(r.events())).containsOnlyOnce(ConnectionState.CLOSED)
                    .containsOnlyOnce(ConnectionState.CONNECTED).endsWith(ConnectionState.CLOSED);
        }

        @Test
        @DisplayName("after close, connecting and subscribing throw DEVICE_CLOSED")
        void closedDeviceRefusesWork() {
            D d = open();
            d.close();
            assertThatThrownBy(d::connect).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.DEVICE_CLOSED));
            assertThatThrownBy(() -> d.subscribe(new Recorder<>())).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.DEVICE_CLOSED));
        }

        @Test
        @DisplayName("closing a device that never connected is allowed")
        void closeWithoutConnect() {
            D d = open();
            d.close();
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
        }
    }

    @Nested
    @DisplayName("Event ordering")
    class Ordering {
        @Test
        @DisplayName("sequence numbers start at 0 and increase by one when nothing is dropped")
        void sequenceIsGapless() {
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            activate(d);
            assumeTrue(benchFor(d).generate(200), "the bench cannot generate traffic");
            assertThat(r.await(l -> l.stream().filter(DeviceContract::traffic).count() >= 200, PROMPTLY)).isTrue();
            List<E> events = r.events();
            assertThat(events.get(0).sequence()).isZero();
            for (int i = 1; i < events.size(); i++) {
                assertThat(events.get(i).sequence()).as("event %d", i).isEqualTo(events.get(i - 1).sequence() + 1);
            }
            assertThat(events).allSatisfy(e -> assertThat(e.deviceId()).isEqualTo(d.deviceId()));
        }
    }

    @Nested
    @DisplayName("Listener threading")
    class Threading {
        @Test
        @DisplayName("listeners run on one device thread, never on the caller's")
        void oneDeviceThread() {
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            activate(d);
            benchFor(d).generate(50);
            d.close();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            assertThat(r.threads()).hasSize(1).doesNotContain(Thread.currentThread());
        }

        @Test
        @DisplayName("a listener may close the device from inside a callback without deadlock")
        void closeFromCallback() {
            D d = open();
            Recorder<E> r = new Recorder<>();
            d.subscribe(e -> {
                if (e instanceof ConnectionChanged c && c.to() == ConnectionState.CONNECTED) {
                    d.close();
                }
            });
            d.subscribe(r);
            d.connect();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
        }

        @Test
        @DisplayName("a throwing listener is isolated: the others still receive every event")
        void throwingListenerIsIsolated() {
            D d = open();
            AtomicInteger calls = new AtomicInteger();
            d.subscribe(e -> {
                calls.incrementAndGet();
                throw new IllegalStateException("listener bug");
            });
            Recorder<E> r = new Recorder<>();
            d.subscribe(r);
            d.connect();
            d.close();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            assertThat(calls.get()).isEqualTo(r.events().size());
            assertThat(d.deliveryStats().listenerFailures()).isEqualTo(calls.get());
        }
    }

    @Nested
    @DisplayName("Back-pressure")
    class BackPressure {
        @Test
        @DisplayName("a slow listener makes the queue drop the oldest traffic, report the count, and keep state events")
        void slowListener() {
            D d = open(c -> c.withQueueCapacity(64));
            List<E> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            Recorder<E> r = new Recorder<>();
            d.subscribe(e -> {
                seen.add(e);
                if (traffic(e)) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException ex) {
                        Thread.currentThread().interrupt();
                    }
                }
            });
            d.subscribe(r);
            d.connect();
            activate(d);
            assumeTrue(benchFor(d).generate(3000), "the bench cannot generate traffic");
            d.close();
            assertThat(r.await(l -> reached(l, ConnectionState.CLOSED), PROMPTLY)).isTrue();
            List<E> events = r.events();
            DeliveryStats stats = d.deliveryStats();
            long reported = events.stream().filter(e -> e instanceof DeliveryOverflow)
                    .mapToLong(e -> ((DeliveryOverflow) e).dropped()).sum();
            long overflowEvents = events.stream().filter(e -> e instanceof DeliveryOverflow).count();
            assertThat(reported).isEqualTo(stats.dropped());
            assertThat((long) events.size()).isEqualTo(stats.published() - stats.dropped() + overflowEvents);
            assertThat(events).extracting(DeviceEvent::sequence).isSorted().doesNotHaveDuplicates();
            assertThat(states(events)).contains(ConnectionState.CONNECTED).endsWith(ConnectionState.CLOSED);
            boolean droppable = events.stream().filter(DeviceContract::traffic).anyMatch(DeviceEvent::droppable);
            if (droppable) {
                assertThat(stats.dropped()).as("drops under a slow listener").isPositive();
            } else {
                assertThat(stats.dropped()).as("non-droppable traffic").isZero();
            }
        }

        @Test
        @DisplayName("no traffic is lost at nominal load")
        void noLossAtNominalLoad() {
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            activate(d);
            int n = nominalLoad();
            assumeTrue(benchFor(d).generate(n), "the bench cannot generate traffic");
            assertThat(r.await(l -> l.stream().filter(DeviceContract::traffic).count() >= n, PROMPTLY))
                    .as("all %d traffic events delivered", n).isTrue();
            assertThat(d.deliveryStats().dropped()).isZero();
            assertThat(r.events(DeliveryOverflow.class)).isEmpty();
        }
    }

    @Nested
    @DisplayName("Resource release")
    class Resources {
        @Test
        @DisplayName("closing returns the thread count to its baseline")
        void threadsReturnToBaseline() throws InterruptedException {
            cycle(); // warm up lazily started JVM and library threads
            int baseline = liveThreads();
            String id = cycle();
            long deadline = System.nanoTime() + PROMPTLY.toNanos();
            while (liveThreads() > baseline && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(liveThreads()).as("live threads after close").isLessThanOrEqualTo(baseline);
            assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
                    .noneMatch(n -> n.contains(id));
        }

        private String cycle() {
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            activate(d);
            benchFor(d).generate(100);
            d.close();
            return d.deviceId();
        }
    }

    @Nested
    @DisplayName("Link loss and reconnect")
    class LinkLoss {
        @Test
        @DisplayName("an abruptly lost link is reported as RECONNECTING and the device reconnects")
        void reconnectsAfterDrop() {
            assumeTrue(declaredCapabilities().contains(Capability.RECONNECT), "RECONNECT not declared");
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            activate(d);
            assumeTrue(benchFor(d).dropLink(), "the bench cannot drop the link");
            assertThat(r.await(l -> reached(l, ConnectionState.RECONNECTING), PROMPTLY)).isTrue();
            assertThat(r.await(l -> {
                List<ConnectionState> s = states(l);
                int lost = s.indexOf(ConnectionState.RECONNECTING);
                return lost >= 0 && s.subList(lost, s.size()).stream().anyMatch(ConnectionState::isLinked);
            }, PROMPTLY)).as("reconnected").isTrue();
            assertThat(d.state().isLinked()).isTrue();
        }

        @Test
        @DisplayName("keepalive detects a silent link, and the device reconnects once it answers again")
        void keepaliveDetectsSilence() {
            assumeTrue(declaredCapabilities().contains(Capability.KEEPALIVE), "KEEPALIVE not declared");
            Recorder<E> r = new Recorder<>();
            D d = connected(r);
            DeviceBench bench = benchFor(d);
            assumeTrue(bench.silenceLink(), "the bench cannot silence the link");
            assertThat(r.await(l -> reached(l, ConnectionState.RECONNECTING), PROMPTLY)).as("loss detected").isTrue();
            assertThat(bench.restoreLink()).isTrue();
            assertThat(r.await(l -> {
                List<ConnectionState> s = states(l);
                int lost = s.indexOf(ConnectionState.RECONNECTING);
                return s.subList(lost, s.size()).contains(ConnectionState.CONNECTED);
            }, PROMPTLY)).as("reconnected").isTrue();
        }

        @Test
        @DisplayName("reconnecting gives up after the policy's attempts, and connect works again later")
        void givesUpThenConnectsAgain() {
            assumeTrue(declaredCapabilities().contains(Capability.KEEPALIVE), "KEEPALIVE not declared");
            Recorder<E> r = new Recorder<>();
            D d = open(c -> c.withReconnect(new ReconnectPolicy(2, Duration.ofMillis(20), Duration.ofMillis(40), 2.0)));
            d.subscribe(r);
            d.connect();
            DeviceBench bench = benchFor(d);
            assumeTrue(bench.silenceLink(), "the bench cannot silence the link");
            assertThat(r.await(l -> reached(l, ConnectionState.FAILED), PROMPTLY)).as("gave up").isTrue();
            assertThat(d.state()).isEqualTo(ConnectionState.FAILED);
            assertThat(bench.restoreLink()).isTrue();
            connectAgain(d);
            assertThat(d.state()).isEqualTo(ConnectionState.CONNECTED);
        }

        /**
         * Connects a failed device again, as an integrator would: a link that has just come back may still lose the
         * first attempt (a stale session being torn down), so up to three attempts are made before the test fails.
         */
        private void connectAgain(D d) {
            for (int attempt = 1; ; attempt++) {
                try {
                    d.connect();
                    return;
                } catch (HardwareException e) {
                    if (attempt == 3 || e.code() != HardwareErrorCode.CONNECT_TIMEOUT
                            && e.code() != HardwareErrorCode.CONNECT_FAILED) {
                        throw e;
                    }
                }
            }
        }
    }

    @Nested
    @DisplayName("Timeouts and connect failures")
    class Timeouts {
        @Test
        @DisplayName("connecting to a device that does not answer fails with CONNECT_TIMEOUT, about on time")
        void connectTimesOut() {
            Optional<String> endpoint = unresponsiveEndpoint();
            assumeTrue(endpoint.isPresent(), "no unresponsive endpoint configured");
            D d = open(c -> new DeviceConfig(c.deviceId(), endpoint.orElseThrow(), Duration.ofSeconds(1),
                    c.operationTimeout(), c.keepalive(), c.reconnect(), c.queueCapacity(), c.options(), c.clock()));
            long start = System.nanoTime();
            try {
                d.connect();
                fail("connect to an unresponsive endpoint returned");
            } catch (HardwareException e) {
                assertThat(e.code()).isEqualTo(HardwareErrorCode.CONNECT_TIMEOUT);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(d.state()).isEqualTo(ConnectionState.FAILED);
        }

        @Test
        @DisplayName("a refused connection fails with CONNECT_FAILED and leaves the device closable")
        void refusedConnect() {
            Optional<String> endpoint = refusingEndpoint();
            assumeTrue(endpoint.isPresent(), "no refusing endpoint configured");
            D d = open(c -> new DeviceConfig(c.deviceId(), endpoint.orElseThrow(), c.connectTimeout(),
                    c.operationTimeout(), c.keepalive(), c.reconnect(), c.queueCapacity(), c.options(), c.clock()));
            assertThatThrownBy(d::connect).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isIn(HardwareErrorCode.CONNECT_FAILED, HardwareErrorCode.CONNECT_TIMEOUT));
            assertThat(d.state()).isEqualTo(ConnectionState.FAILED);
            d.close();
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
        }
    }
}

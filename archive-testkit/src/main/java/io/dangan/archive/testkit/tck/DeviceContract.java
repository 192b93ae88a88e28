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
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.Timeout;

/**
 * What every device must do (设备通用契约): lifecycle, ordering, threading, back-pressure, resource release, link
 * loss and timeouts. Extended by {@link TagReaderContract}, {@link SensorDeviceContract} and
 * {@link DoorControllerContract}; a vendor extends one of those.
 *
 * <p>The kit adjusts the vendor's configuration for fast tests: keepalive every 100 ms (3 missed) when the device
 * declares {@link Capability#KEEPALIVE}, reconnects from 50 ms doubling to 400 ms, at most 20 attempts, when it
 * declares {@link Capability#RECONNECT}; what it does not declare is switched off.
 *
 * <p><b>Skips and waivers (豁免).</b> A test about a capability the device does not declare is skipped: that is
 * correct. A test that needs something from the vendor's test bench (traffic, link faults, an unresponsive
 * endpoint, tags in the field) <em>fails</em> when the bench cannot do it, so a kit run cannot pass by skipping.
 * A vendor that truly cannot script something lists the test in {@link #waived()} with a reason; the test is then
 * reported as skipped with that reason, and the waiver is visible in the vendor's own code.
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
     * An endpoint at which a connect is accepted by nothing and answered by nothing, for the timeout tests.
     *
     * @return the endpoint; empty fails those tests unless they are {@linkplain #waived() waived}
     */
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.empty();
    }

    /**
     * An endpoint that refuses connections, for the connect-failure test.
     *
     * @return the endpoint; empty fails the test unless it is {@linkplain #waived() waived}
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
     * Tests the vendor's bench cannot run, by test method name (e.g. {@code "noLossAtNominalLoad"}), each with the
     * reason shown in the report. A waived test is skipped; any other test whose bench support is missing fails.
     * Naming a test the kit does not have fails every test, so a typo cannot waive nothing silently. The default
     * waives nothing.
     *
     * @return test method name to reason
     */
    protected Map<String, String> waived() {
        return Map.of();
    }

    @BeforeEach
    final void honourWaivers(TestInfo info) {
        Map<String, String> waivers = waived();
        if (waivers.isEmpty()) {
            return;
        }
        Set<String> known = kitTests(getClass());
        Set<String> unknown = new TreeSet<>(waivers.keySet());
        unknown.removeAll(known);
        if (!unknown.isEmpty()) {
            fail("waived() names tests this kit does not have: " + unknown + "; the kit's tests are " + known);
        }
        String name = info.getTestMethod().map(Method::getName).orElse("");
        String reason = waivers.get(name);
        assumeTrue(reason == null, () -> "waived by the vendor: " + reason);
    }

    private static Set<String> kitTests(Class<?> type) {
        Set<String> out = new TreeSet<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method m : c.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    out.add(m.getName());
                }
            }
            for (Class<?> nested : c.getDeclaredClasses()) {
                if (nested.isAnnotationPresent(Nested.class)) {
                    out.addAll(kitTests(nested));
                }
            }
        }
        return out;
    }

    /**
     * Fails the current test when the bench could not do what it needs (unless the test is waived, in which case
     * it never gets here).
     *
     * @param benchDidIt what the bench returned
     * @param what what the test needed, e.g. {@code "generate traffic"}
     */
    protected static void requireBench(boolean benchDidIt, String what) {
        if (!benchDidIt) {
            fail("the bench cannot " + what + "; implement it in bench(...) or list this test in waived() with a"
                    + " reason");
        }
    }

    /**
     * The kit's adjustments: fast keepalive when {@link Capability#KEEPALIVE} is declared and fast reconnects when
     * {@link Capability#RECONNECT} is, each switched off otherwise.
     *
     * @param d the vendor's settings
     * @return the adjusted settings
     */
    protected final DeviceConfig fast(DeviceConfig d) {
        Set<Capability> caps = declaredCapabilities();
        return d.withKeepalive(caps.contains(Capability.KEEPALIVE) ? KeepalivePolicy.of(Duration.ofMillis(100), 3)
                        : KeepalivePolicy.disabled())
                .withReconnect(caps.contains(Capability.RECONNECT)
                        ? new ReconnectPolicy(20, Duration.ofMillis(50), Duration.ofMillis(400), 2.0)
                        : ReconnectPolicy.never());
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
            requireBench(benchFor(d).generate(200), "generate traffic");
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
            requireBench(benchFor(d).generate(3000), "generate traffic");
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
            requireBench(benchFor(d).generate(n), "generate traffic");
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
            cycle(); // warm up lazily started JVM and third-party threads
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
            requireBench(benchFor(d).dropLink(), "drop the link");
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
            requireBench(bench.silenceLink(), "silence the link");
            if (!declaredCapabilities().contains(Capability.RECONNECT)) {
                assertThat(r.await(l -> reached(l, ConnectionState.FAILED), PROMPTLY))
                        .as("loss detected; without RECONNECT the device fails").isTrue();
                assertThat(states(r.events())).doesNotContain(ConnectionState.RECONNECTING);
                return;
            }
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
            assumeTrue(declaredCapabilities().contains(Capability.RECONNECT), "RECONNECT not declared");
            Recorder<E> r = new Recorder<>();
            D d = open(c -> c.withReconnect(new ReconnectPolicy(2, Duration.ofMillis(20), Duration.ofMillis(40), 2.0)));
            d.subscribe(r);
            d.connect();
            DeviceBench bench = benchFor(d);
            requireBench(bench.silenceLink(), "silence the link");
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
        @DisplayName("connecting to a device that does not answer fails with CONNECT_TIMEOUT, on time")
        void connectTimesOut() {
            Optional<String> endpoint = unresponsiveEndpoint();
            requireBench(endpoint.isPresent(), "offer an unresponsive endpoint (unresponsiveEndpoint())");
            D d = open(c -> new DeviceConfig(c.deviceId(), endpoint.orElseThrow(), Duration.ofSeconds(1),
                    c.operationTimeout(), c.keepalive(), c.reconnect(), c.queueCapacity(), c.options(), c.clock()));
            long start = System.nanoTime();
            try {
                d.connect();
                fail("connect to an unresponsive endpoint returned");
            } catch (HardwareException e) {
                assertThat(e.code()).isEqualTo(HardwareErrorCode.CONNECT_TIMEOUT);
            }
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("time to CONNECT_TIMEOUT with a 1 s timeout")
                    .isLessThan(Duration.ofMillis(2500));
            assertThat(d.state()).isEqualTo(ConnectionState.FAILED);
        }

        @Test
        @DisplayName("close() from another thread during a connect that does not answer returns within the timeout")
        void closeDuringConnect() throws InterruptedException {
            Optional<String> endpoint = unresponsiveEndpoint();
            requireBench(endpoint.isPresent(), "offer an unresponsive endpoint (unresponsiveEndpoint())");
            Duration timeout = Duration.ofSeconds(4);
            D d = open(c -> new DeviceConfig(c.deviceId(), endpoint.orElseThrow(), timeout,
                    c.operationTimeout(), c.keepalive(), c.reconnect(), c.queueCapacity(), c.options(), c.clock()));
            java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
            Thread caller = new Thread(() -> {
                try {
                    d.connect();
                } catch (RuntimeException e) {
                    thrown.set(e);
                }
            }, "tck-connect-caller");
            caller.setDaemon(true);
            caller.start();
            long deadline = System.nanoTime() + PROMPTLY.toNanos();
            while (d.state() != ConnectionState.CONNECTING && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(d.state()).isEqualTo(ConnectionState.CONNECTING);
            Thread.sleep(200); // let the driver get stuck
            long start = System.nanoTime();
            d.close();
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("close() during a hanging connect, timeout %s", timeout).isLessThan(timeout);
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
            caller.join(PROMPTLY.toMillis());
            assertThat(caller.isAlive()).as("the connect caller returned").isFalse();
            assertThat(thrown.get()).isInstanceOfSatisfying(HardwareException.class, e -> assertThat(e.code())
                    .isIn(HardwareErrorCode.DEVICE_CLOSED, HardwareErrorCode.CONNECT_TIMEOUT,
                            HardwareErrorCode.CONNECT_FAILED));
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
        }

        @Test
        @DisplayName("a refused connection fails with CONNECT_FAILED and leaves the device closable")
        void refusedConnect() {
            Optional<String> endpoint = refusingEndpoint();
            requireBench(endpoint.isPresent(), "offer a refusing endpoint (refusingEndpoint())");
            D d = open(c -> new DeviceConfig(c.deviceId(), endpoint.orElseThrow(), c.connectTimeout(),
                    c.operationTimeout(), c.keepalive(), c.reconnect(), c.queueCapacity(), c.options(), c.clock()));
            assertThatThrownBy(d::connect).isInstanceOfSatisfying(HardwareException.class,
                    e -> assertThat(e.code()).isIn(HardwareErrorCode.CONNECT_FAILED, HardwareErrorCode.CONNECT_TIMEOUT));
            assertThat(d.state()).isEqualTo(ConnectionState.FAILED);
            d.close();
            assertThat(d.state()).isEqualTo(ConnectionState.CLOSED);
        }
    }

    @Nested
    @DisplayName("Link policies the device cannot honour")
    class LinkPolicies {
        @Test
        @DisplayName("keepalive on a device that does not declare KEEPALIVE is rejected when opening")
        void undeclaredKeepaliveRejected() {
            assumeTrue(!declaredCapabilities().contains(Capability.KEEPALIVE), "KEEPALIVE declared");
            assertThatThrownBy(() -> openWith(c -> fast(c).withKeepalive(KeepalivePolicy.of(Duration.ofMillis(100), 3))))
                    .isInstanceOfSatisfying(HardwareException.class, e -> {
                        assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
                        assertThat(e.getMessage()).contains("keepalive").contains("KEEPALIVE");
                    });
        }

        @Test
        @DisplayName("reconnecting on a device that does not declare RECONNECT is rejected when opening")
        void undeclaredReconnectRejected() {
            assumeTrue(!declaredCapabilities().contains(Capability.RECONNECT), "RECONNECT declared");
            assertThatThrownBy(() -> openWith(c -> fast(c).withReconnect(ReconnectPolicy.defaults())))
                    .isInstanceOfSatisfying(HardwareException.class, e -> {
                        assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
                        assertThat(e.getMessage()).contains("reconnect").contains("RECONNECT");
                    });
        }
    }
}

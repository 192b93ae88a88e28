package io.dangan.archive.rfid.spi.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.KeepalivePolicy;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.ReconnectPolicy;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The base class enforces the connect timeout itself, whatever the driver does. */
@Timeout(30)
class AbstractDeviceConnectTest {
    private static final Set<Capability> CAPS = Set.of(Capability.READ_EPC, Capability.KEEPALIVE, Capability.RECONNECT);
    private final List<StubbornReader> opened = new CopyOnWriteArrayList<>();

    /** A driver whose connect ignores the timeout and interrupts until released, then succeeds. */
    static final class StubbornReader extends AbstractTagReader {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger disconnects = new AtomicInteger();
        final AtomicInteger connects = new AtomicInteger();
        final AtomicInteger interrupts = new AtomicInteger();
        final AtomicReference<Thread> connectThread = new AtomicReference<>();
        volatile boolean stubborn = true;
        volatile int politeConnects;

        StubbornReader(ReaderConfig config) {
            super(config, CAPS, 4);
        }

        @Override
        protected void doConnect(Duration timeout) {
            if (connects.incrementAndGet() <= politeConnects) {
                return;
            }
            connectThread.set(Thread.currentThread());
            entered.countDown();
            while (stubborn) {
                try {
                    if (release.await(10, TimeUnit.SECONDS)) {
                        return;
                    }
                } catch (InterruptedException e) {
                    interrupts.incrementAndGet(); // ignored, as a careless driver would
                }
            }
        }

        @Override
        protected void doDisconnect() {
            disconnects.incrementAndGet();
        }

        @Override
        protected void doStartInventory() {
        }

        @Override
        protected void doStopInventory() {
        }
    }

    private StubbornReader open(Duration connectTimeout) {
        DeviceConfig d = DeviceConfig.of("stubborn-1", "test:hang").withConnectTimeout(connectTimeout);
        StubbornReader r = new StubbornReader(ReaderConfig.of(d, List.of(AntennaConfig.of(1, "shelf-1"))));
        opened.add(r);
        return r;
    }

    @AfterEach
    void closeAll() {
        for (StubbornReader r : opened) {
            r.release.countDown();
            r.close();
        }
    }

    @Test
    @DisplayName("a driver that ignores the timeout still yields CONNECT_TIMEOUT on time, and the device is FAILED")
    void timeoutIsEnforcedByTheBase() {
        StubbornReader r = open(Duration.ofMillis(300));
        long start = System.nanoTime();
        assertThatThrownBy(r::connect).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONNECT_TIMEOUT);
            assertThat(e.getMessage()).contains("stubborn-1").contains("300 ms");
        });
        long elapsedMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(elapsedMs).as("connect returned after %d ms", elapsedMs).isBetween(290L, 1300L);
        assertThat(r.state()).isEqualTo(ConnectionState.FAILED);
        assertThat(r.connectThread.get()).isNotSameAs(Thread.currentThread());
    }

    @Test
    @DisplayName("the abandoned connect is interrupted, and a link it opens late is closed again, never adopted")
    void lateLinkIsReleased() throws Exception {
        StubbornReader r = open(Duration.ofMillis(200));
        List<ReaderEvent> events = new CopyOnWriteArrayList<>();
        r.subscribe(events::add);
        assertThatThrownBy(r::connect).isInstanceOfSatisfying(HardwareException.class,
                e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.CONNECT_TIMEOUT));
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (r.interrupts.get() == 0 && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(r.interrupts.get()).as("the abandoned connect was interrupted").isPositive();
        assertThat(r.disconnects.get()).isZero();
        r.release.countDown(); // the driver now "succeeds", too late
        r.connectThread.get().join(5000);
        assertThat(r.disconnects.get()).as("late link closed").isEqualTo(1);
        assertThat(r.state()).isEqualTo(ConnectionState.FAILED);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (events.stream().noneMatch(e -> e instanceof DeviceFault f && f.code().equals("LATE_CONNECT"))
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(events).filteredOn(e -> e instanceof DeviceFault).extracting(e -> ((DeviceFault) e).code())
                .containsExactly("LATE_CONNECT");
        assertThat(events).filteredOn(e -> e instanceof ConnectionChanged)
                .extracting(e -> ((ConnectionChanged) e).to()).doesNotContain(ConnectionState.CONNECTED);
        // the next connect works once the driver behaves
        r.stubborn = false;
        r.connect();
        assertThat(r.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(r.connects.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("close() from another thread is not held up by a hanging connect; the connect ends DEVICE_CLOSED")
    void closeIsNotBlockedByAHangingConnect() throws Exception {
        StubbornReader r = open(Duration.ofSeconds(5));
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                r.connect();
            } catch (RuntimeException e) {
                thrown.set(e);
            }
        }, "test-connect-caller");
        caller.start();
        assertThat(r.entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(r.state()).isEqualTo(ConnectionState.CONNECTING);
        long start = System.nanoTime();
        r.close();
        long closeMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(closeMs).as("close took %d ms with a 5,000 ms connect timeout", closeMs).isLessThan(2000L);
        assertThat(r.state()).isEqualTo(ConnectionState.CLOSED);
        caller.join(2000);
        assertThat(caller.isAlive()).as("the connect caller returned").isFalse();
        assertThat(thrown.get()).isInstanceOfSatisfying(HardwareException.class,
                e -> assertThat(e.code()).isEqualTo(HardwareErrorCode.DEVICE_CLOSED));
        r.release.countDown();
        r.connectThread.get().join(5000);
        assertThat(r.disconnects.get()).as("late link closed after close").isEqualTo(1);
        assertThat(r.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    @DisplayName("a second connect while one is in flight waits for its outcome instead of starting another")
    void concurrentConnectWaits() throws Exception {
        StubbornReader r = open(Duration.ofSeconds(5));
        Thread first = new Thread(r::connect, "test-first-connect");
        first.start();
        assertThat(r.entered.await(5, TimeUnit.SECONDS)).isTrue();
        r.stubborn = false;
        r.release.countDown();
        r.connect();
        first.join(5000);
        assertThat(r.state()).isEqualTo(ConnectionState.CONNECTED);
        assertThat(r.connects.get()).isEqualTo(1);
    }

    @Test
    @DisplayName("a stubborn reconnect does not hold close() up either")
    void stubbornReconnectDoesNotBlockClose() throws Exception {
        DeviceConfig d = DeviceConfig.of("stubborn-2", "test:hang").withConnectTimeout(Duration.ofSeconds(5))
                .withReconnect(new ReconnectPolicy(3, Duration.ofMillis(10), Duration.ofMillis(10), 1.0));
        StubbornReader r = new StubbornReader(ReaderConfig.of(d, List.of(AntennaConfig.of(1, "shelf-1"))));
        r.politeConnects = 1;
        opened.add(r);
        r.connect();
        r.connectionLost("test: link dropped");
        assertThat(r.entered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(r.state()).isEqualTo(ConnectionState.RECONNECTING);
        long start = System.nanoTime();
        r.close();
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2000L);
        assertThat(r.state()).isEqualTo(ConnectionState.CLOSED);
    }

    @Test
    @DisplayName("keepalive enabled on a reader without KEEPALIVE is rejected, naming the field and the capability")
    void keepaliveWithoutCapabilityRejected() {
        DeviceConfig d = DeviceConfig.of("plain-1", "test:ok").withReconnect(ReconnectPolicy.never());
        ReaderConfig c = ReaderConfig.of(d, List.of(AntennaConfig.of(1, "shelf-1")));
        assertThatThrownBy(() -> new PlainReader(c)).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
            assertThat(e.source()).isEqualTo("plain-1");
            assertThat(e.getMessage()).contains("keepalive is enabled").contains("does not declare KEEPALIVE")
                    .contains("[READ_EPC]");
        });
        new PlainReader(ReaderConfig.of(d.withKeepalive(KeepalivePolicy.disabled()),
                List.of(AntennaConfig.of(1, "shelf-1")))).close();
    }

    @Test
    @DisplayName("reconnecting enabled on a reader without RECONNECT is rejected, naming the field and the capability")
    void reconnectWithoutCapabilityRejected() {
        DeviceConfig d = DeviceConfig.of("plain-2", "test:ok").withKeepalive(KeepalivePolicy.disabled());
        ReaderConfig c = ReaderConfig.of(d, List.of(AntennaConfig.of(1, "shelf-1")));
        int threadsBefore = Thread.activeCount();
        assertThatThrownBy(() -> new PlainReader(c)).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
            assertThat(e.getMessage()).contains("reconnect is enabled (up to 10 attempts)")
                    .contains("does not declare RECONNECT");
        });
        assertThat(Thread.activeCount()).as("no dispatcher thread left behind").isLessThanOrEqualTo(threadsBefore);
    }

    @Test
    @DisplayName("sensor devices and door controllers reject the same link policies they cannot honour")
    void sensorAndDoorRejectUndeclaredLinkPolicies() {
        DeviceConfig d = DeviceConfig.of("plain-3", "test:ok");
        SensorConfig sensors = SensorConfig.of(d, List.of(SensorDescriptor.thermoHygrometer("th-1", "room-1",
                Duration.ofSeconds(60))));
        Set<Capability> th = Set.of(Capability.TEMPERATURE, Capability.HUMIDITY);
        assertThatThrownBy(() -> new PlainSensor(sensors, th)).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
            assertThat(e.getMessage()).contains("sensor device plain-3: keepalive is enabled")
                    .contains("does not declare KEEPALIVE");
        });
        Set<Capability> thKeepalive = Set.of(Capability.TEMPERATURE, Capability.HUMIDITY, Capability.KEEPALIVE);
        assertThatThrownBy(() -> new PlainSensor(sensors, thKeepalive)).isInstanceOfSatisfying(HardwareException.class,
                e -> assertThat(e.getMessage()).contains("reconnect is enabled").contains("does not declare RECONNECT"));
        new PlainSensor(SensorConfig.of(d.withKeepalive(KeepalivePolicy.disabled()).withReconnect(ReconnectPolicy.never()),
                sensors.sensors()), th).close();
        DoorConfig doors = DoorConfig.of(d.withKeepalive(KeepalivePolicy.disabled()), List.of("exit-1"));
        assertThatThrownBy(() -> new PlainDoor(doors)).isInstanceOfSatisfying(HardwareException.class, e -> {
            assertThat(e.code()).isEqualTo(HardwareErrorCode.CONFIG_REJECTED);
            assertThat(e.getMessage()).contains("door controller plain-3: reconnect is enabled")
                    .contains("does not declare RECONNECT");
        });
        new PlainDoor(DoorConfig.of(doors.device().withReconnect(ReconnectPolicy.never()), List.of("exit-1"))).close();
    }

    static final class PlainSensor extends AbstractSensorDevice {
        PlainSensor(SensorConfig config, Set<Capability> caps) {
            super(config, caps);
        }

        @Override
        protected void doConnect(Duration timeout) {
        }

        @Override
        protected void doDisconnect() {
        }
    }

    static final class PlainDoor extends AbstractDoorController {
        PlainDoor(DoorConfig config) {
            super(config, Set.of(Capability.ACCESS_EVENTS));
        }

        @Override
        protected void doConnect(Duration timeout) {
        }

        @Override
        protected void doDisconnect() {
        }
    }

    /** A reader declaring neither KEEPALIVE nor RECONNECT. */
    static final class PlainReader extends AbstractTagReader {
        PlainReader(ReaderConfig config) {
            super(config, Set.of(Capability.READ_EPC), 1);
        }

        @Override
        protected void doConnect(Duration timeout) {
        }

        @Override
        protected void doDisconnect() {
        }

        @Override
        protected void doStartInventory() {
        }

        @Override
        protected void doStopInventory() {
        }
    }
}

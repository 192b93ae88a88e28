package io.dangan.archive.rfid.spi.support;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.ConnectionChanged;
import io.dangan.archive.rfid.spi.ConnectionState;
import io.dangan.archive.rfid.spi.DeviceAlarm;
import io.dangan.archive.rfid.spi.DeviceFault;
import io.dangan.archive.rfid.spi.Measurement;
import io.dangan.archive.rfid.spi.Quality;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorDevice;
import io.dangan.archive.rfid.spi.SensorEvent;
import io.dangan.archive.rfid.spi.SensorHealth;
import io.dangan.archive.rfid.spi.SensorHealthChanged;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A sensor device with the SPI contract implemented (传感设备基类): readings are quality-marked (NaN, infinite or
 * impossible values become {@link Quality#INVALID}, never silently dropped), reports for unknown sensors or
 * undeclared quantities become faults, and each sensor's health is tracked: {@link SensorHealth#OFFLINE} after
 * {@link SensorConfig#offlineAfterMissed()} expected intervals of silence, {@link SensorHealth#DEGRADED} after an
 * invalid reading, {@link SensorHealth#ONLINE} again on the next usable one.
 */
public abstract class AbstractSensorDevice extends AbstractDevice<SensorEvent> implements SensorDevice {
    /** The device's configuration. */
    protected final SensorConfig sensorConfig;
    private final Map<String, Track> tracks = new HashMap<>();
    private boolean healthTimerStarted;

    private static final class Track {
        final SensorDescriptor descriptor;
        long lastNanos;
        SensorHealth health = SensorHealth.ONLINE;

        Track(SensorDescriptor descriptor) {
            this.descriptor = descriptor;
        }
    }

    /**
     * Validates the configuration against what the device can do and creates the device.
     *
     * @param config the configuration
     * @param capabilities what the device can do
     * @throws io.dangan.archive.rfid.spi.HardwareException {@code CONFIG_REJECTED} when a sensor measures a quantity the device does not
     *     declare, or keepalive or reconnecting is enabled without {@code KEEPALIVE} or {@code RECONNECT}
     */
    protected AbstractSensorDevice(SensorConfig config, Set<Capability> capabilities) {
        super(validated(config, capabilities), capabilities, EventDispatcher.forSensor(config.device().deviceId(),
                config.device().queueCapacity(), config.device().clock()));
        this.sensorConfig = config;
        for (SensorDescriptor s : config.sensors()) {
            tracks.put(s.sensorId(), new Track(s));
        }
    }

    private static io.dangan.archive.rfid.spi.DeviceConfig validated(SensorConfig config, Set<Capability> caps) {
        String id = config.device().deviceId();
        for (SensorDescriptor s : config.sensors()) {
            for (Quantity q : s.quantities()) {
                Capability needed = q == Quantity.TEMPERATURE ? Capability.TEMPERATURE : Capability.HUMIDITY;
                if (!caps.contains(needed)) {
                    throw configRejected(id, "sensor " + s.sensorId() + " measures " + q + " but device " + id
                            + " declares " + sorted(caps));
                }
            }
        }
        requireLinkCapabilities("sensor device", config.device(), caps);
        return config.device();
    }

    @Override
    final SensorEvent connectionChanged(long sequence, Instant at, ConnectionState from, ConnectionState to, String detail) {
        return new ConnectionChanged(deviceId(), sequence, at, from, to, detail);
    }

    @Override
    final SensorEvent fault(long sequence, Instant at, String code, String message) {
        return new DeviceFault(deviceId(), sequence, at, code, message);
    }

    @Override
    public final List<SensorDescriptor> sensors() {
        return sensorConfig.sensors();
    }

    @Override
    void afterConnect() {
        long now = System.nanoTime();
        synchronized (tracks) {
            tracks.values().forEach(t -> t.lastNanos = now);
        }
        if (!healthTimerStarted) {
            healthTimerStarted = true;
            Duration shortest = sensorConfig.sensors().stream().map(SensorDescriptor::expectedInterval)
                    .min(Duration::compareTo).orElseThrow();
            Duration period = shortest.dividedBy(4);
            if (period.toMillis() < 5) {
                period = Duration.ofMillis(5);
            }
            scheduleAtFixedRate(this::checkOffline, period);
        }
    }

    private void checkOffline() {
        if (!state().isLinked()) {
            return;
        }
        long now = System.nanoTime();
        synchronized (tracks) {
            for (Track t : tracks.values()) {
                long limit = t.descriptor.expectedInterval().multipliedBy(sensorConfig.offlineAfterMissed()).toNanos();
                if (t.health != SensorHealth.OFFLINE && now - t.lastNanos > limit) {
                    t.health = SensorHealth.OFFLINE;
                    String id = t.descriptor.sensorId();
                    publish(seq -> new SensorHealthChanged(deviceId(), seq, now(), id, SensorHealth.OFFLINE,
                            "silent for more than " + sensorConfig.offlineAfterMissed() + " intervals of "
                                    + t.descriptor.expectedInterval().toMillis() + " ms"));
                }
            }
        }
    }

    /**
     * Reports a reading measured now.
     *
     * @param sensorId the sensor
     * @param quantity what was measured
     * @param value the value; NaN, infinite or impossible values are delivered as {@link Quality#INVALID}
     * @return the sequence number, or -1 when not delivered
     */
    protected final long reportMeasurement(String sensorId, Quantity quantity, double value) {
        return reportMeasurement(sensorId, quantity, value, Quality.GOOD, now());
    }

    /**
     * Reports a reading.
     *
     * @param sensorId the sensor
     * @param quantity what was measured
     * @param value the value
     * @param deviceQuality the quality the device claims; downgraded to {@link Quality#INVALID} when the value is
     *     not possible
     * @param measuredAt when it was measured
     * @return the sequence number, or -1 when not delivered
     */
    protected final long reportMeasurement(String sensorId, Quantity quantity, double value, Quality deviceQuality,
            Instant measuredAt) {
        if (!state().isLinked()) {
            return -1;
        }
        noteAlive();
        SensorHealth change = null;
        synchronized (tracks) {
            Track t = tracks.get(sensorId);
            if (t == null) {
                reportFault("UNKNOWN_SENSOR", "device " + deviceId() + " received a reading for sensor '" + sensorId
                        + "', which is not configured");
                return -1;
            }
            if (!t.descriptor.quantities().contains(quantity)) {
                reportFault("UNEXPECTED_QUANTITY", "sensor " + sensorId + " reported " + quantity
                        + " but is configured for " + t.descriptor.quantities());
                return -1;
            }
            t.lastNanos = System.nanoTime();
            Quality q = quantity.possible(value) ? deviceQuality : Quality.INVALID;
            SensorHealth h = q == Quality.INVALID ? SensorHealth.DEGRADED : SensorHealth.ONLINE;
            if (h != t.health) {
                t.health = h;
                change = h;
            }
            long seq = publish(s -> new Measurement(deviceId(), s, measuredAt, sensorId, quantity, value, q));
            if (change != null) {
                SensorHealth nh = change;
                publish(s -> new SensorHealthChanged(deviceId(), s, now(), sensorId, nh,
                        nh == SensorHealth.DEGRADED ? quantity + " reading " + value + " is not usable" : "reporting again"));
            }
            return seq;
        }
    }

    /**
     * Passes a device alarm through.
     *
     * @param sensorId the sensor, or the device id for a device-wide alarm
     * @param alarmCode the vendor's alarm code
     * @param message the vendor's text
     */
    protected final void reportDeviceAlarm(String sensorId, String alarmCode, String message) {
        publish(seq -> new DeviceAlarm(deviceId(), seq, now(), sensorId, alarmCode, message));
    }
}

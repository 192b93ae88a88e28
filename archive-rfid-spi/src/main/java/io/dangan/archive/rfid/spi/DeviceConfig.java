package io.dangan.archive.rfid.spi;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What every device configuration has (设备配置): the device's id, where to reach it, timeouts, link monitoring,
 * reconnecting, the delivery queue's capacity, vendor options and the clock events are stamped with.
 *
 * @param deviceId the device's id in the archive, e.g. {@code room-3-reader-1}
 * @param endpoint where to reach it ({@code host:port}, a serial port, a broker URI)
 * @param connectTimeout how long connecting may take
 * @param operationTimeout how long one operation (a tag write, a command) may take
 * @param keepalive link monitoring
 * @param reconnect reconnecting after a lost link
 * @param queueCapacity the delivery queue's capacity in events, 16 to 16,777,216
 * @param options vendor-specific options, copied and sorted
 * @param clock the clock events are stamped with
 */
public record DeviceConfig(
        String deviceId,
        String endpoint,
        Duration connectTimeout,
        Duration operationTimeout,
        KeepalivePolicy keepalive,
        ReconnectPolicy reconnect,
        int queueCapacity,
        Map<String, String> options,
        Clock clock) {

    /** The default delivery queue capacity. */
    public static final int DEFAULT_QUEUE_CAPACITY = 65_536;

    public DeviceConfig {
        Checks.name(deviceId, "deviceId");
        Checks.name(endpoint, "endpoint");
        Checks.positive(connectTimeout, "connectTimeout");
        Checks.positive(operationTimeout, "operationTimeout");
        Objects.requireNonNull(keepalive, "keepalive");
        Objects.requireNonNull(reconnect, "reconnect");
        if (queueCapacity < 16 || queueCapacity > 16_777_216) {
            throw new IllegalArgumentException("queueCapacity " + queueCapacity + " is outside 16..16777216");
        }
        options = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(Objects.requireNonNull(options, "options")));
        Objects.requireNonNull(clock, "clock");
    }

    /**
     * A configuration with defaults: 5 s connect and operation timeouts, {@link KeepalivePolicy#defaults()},
     * {@link ReconnectPolicy#defaults()}, {@link #DEFAULT_QUEUE_CAPACITY}, no options, the UTC system clock.
     *
     * @param deviceId the device's id
     * @param endpoint where to reach it
     * @return the configuration
     */
    public static DeviceConfig of(String deviceId, String endpoint) {
        return new DeviceConfig(deviceId, endpoint, Duration.ofSeconds(5), Duration.ofSeconds(5),
                KeepalivePolicy.defaults(), ReconnectPolicy.defaults(), DEFAULT_QUEUE_CAPACITY, Map.of(), Clock.systemUTC());
    }

    /**
     * @param timeout the connect timeout
     * @return a copy with another connect timeout
     */
    public DeviceConfig withConnectTimeout(Duration timeout) {
        return new DeviceConfig(deviceId, endpoint, timeout, operationTimeout, keepalive, reconnect, queueCapacity, options, clock);
    }

    /**
     * @param timeout the operation timeout
     * @return a copy with another operation timeout
     */
    public DeviceConfig withOperationTimeout(Duration timeout) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, timeout, keepalive, reconnect, queueCapacity, options, clock);
    }

    /**
     * @param policy the keepalive policy
     * @return a copy with another keepalive policy
     */
    public DeviceConfig withKeepalive(KeepalivePolicy policy) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, operationTimeout, policy, reconnect, queueCapacity, options, clock);
    }

    /**
     * @param policy the reconnect policy
     * @return a copy with another reconnect policy
     */
    public DeviceConfig withReconnect(ReconnectPolicy policy) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, operationTimeout, keepalive, policy, queueCapacity, options, clock);
    }

    /**
     * @param capacity the delivery queue capacity
     * @return a copy with another queue capacity
     */
    public DeviceConfig withQueueCapacity(int capacity) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, operationTimeout, keepalive, reconnect, capacity, options, clock);
    }

    /**
     * @param newOptions the vendor options
     * @return a copy with other options
     */
    public DeviceConfig withOptions(Map<String, String> newOptions) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, operationTimeout, keepalive, reconnect, queueCapacity, newOptions, clock);
    }

    /**
     * @param newClock the clock
     * @return a copy with another clock
     */
    public DeviceConfig withClock(Clock newClock) {
        return new DeviceConfig(deviceId, endpoint, connectTimeout, operationTimeout, keepalive, reconnect, queueCapacity, options, newClock);
    }
}

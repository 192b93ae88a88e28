package io.dangan.archive.rfid.spi;

import java.util.Set;

/**
 * What every device has (设备): a lifecycle, capabilities and subscribers.
 *
 * <p>Lifecycle: {@link ConnectionState#NEW} → {@code connect()} → {@link ConnectionState#CONNECTED}; a lost link
 * goes to {@link ConnectionState#RECONNECTING} and back, or to {@link ConnectionState#FAILED} when the reconnect
 * policy gives up; {@link #close()} ends in {@link ConnectionState#CLOSED}. {@code connect()} and {@code close()}
 * are idempotent. Every state change is delivered as a {@link ConnectionChanged}.
 *
 * <p>Thread-safe. Events go to listeners on one dispatcher thread per device (see {@link DeviceListener}); closing
 * releases every thread the device started.
 *
 * @param <E> the device's event type
 */
public interface Device<E extends DeviceEvent> extends AutoCloseable {
    /** @return the device's id from its configuration */
    String deviceId();

    /** @return what the device can do */
    Set<Capability> capabilities();

    /** @return the current state */
    ConnectionState state();

    /**
     * Connects, waiting at most the configured connect timeout. Does nothing when already connected.
     *
     * @throws HardwareException {@code CONNECT_TIMEOUT}, {@code CONNECT_FAILED}, or {@code DEVICE_CLOSED}
     */
    void connect();

    /**
     * Registers a listener; it receives the events published from now on.
     *
     * @param listener the listener
     * @return its subscription
     * @throws HardwareException {@code DEVICE_CLOSED} after close
     */
    Subscription subscribe(DeviceListener<? super E> listener);

    /** @return the delivery queue's counters */
    DeliveryStats deliveryStats();

    /**
     * Disconnects and releases every resource, delivering a final {@link ConnectionChanged} to
     * {@link ConnectionState#CLOSED}. Idempotent; may be called from inside a listener.
     */
    @Override
    void close();
}

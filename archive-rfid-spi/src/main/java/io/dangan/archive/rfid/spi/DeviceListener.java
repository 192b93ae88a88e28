package io.dangan.archive.rfid.spi;

/**
 * Receives a device's events (事件监听器).
 *
 * <p>Threading: called on the device's own dispatcher thread, never on the caller's thread or a driver I/O thread,
 * one event at a time in sequence order. A slow listener delays only its device's later events (the queue drops the
 * oldest tag observations when it fills); a listener that throws is isolated: the exception is counted and the
 * next listener and event proceed. A listener may call {@code stop()}, {@code close()} or
 * {@link Subscription#close()} without deadlock.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface DeviceListener<E extends DeviceEvent> {
    /**
     * Receives one event.
     *
     * @param event the event
     */
    void onEvent(E event);
}

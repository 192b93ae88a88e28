package io.dangan.archive.rfid.spi;

import java.time.Instant;

/**
 * An event a device delivers (设备事件). Immutable. Each device numbers its events with a sequence that starts at 0
 * and increases by one per event published; listeners receive them in that order (gaps mean dropped tag
 * observations, reported by a {@link DeliveryOverflow}).
 */
public sealed interface DeviceEvent permits ReaderEvent, DoorEvent, SensorEvent {
    /** @return the device's id */
    String deviceId();

    /** @return the per-device sequence number, from 0 */
    long sequence();

    /** @return when the event happened, from the device configuration's clock */
    Instant at();

    /**
     * @return whether the delivery queue may drop this event under back-pressure (only tag observations and
     *     measurements; never state events)
     */
    default boolean droppable() {
        return false;
    }
}

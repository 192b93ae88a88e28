package io.dangan.archive.rfid.spi;

/** The lifecycle state of a device (设备状态). */
public enum ConnectionState {
    /** Created, never connected. */
    NEW,
    /** Connecting for the first time or on an explicit {@code connect()}. */
    CONNECTING,
    /** Connected and idle. */
    CONNECTED,
    /** Connected and running an inventory (readers only). */
    INVENTORYING,
    /** The link was lost; reconnecting following the reconnect policy. */
    RECONNECTING,
    /** Connecting failed or the reconnect policy gave up; {@code connect()} may be called again. */
    FAILED,
    /** Closed for good; every further operation throws {@code DEVICE_CLOSED}. */
    CLOSED;

    /** @return whether the device has a live link ({@link #CONNECTED} or {@link #INVENTORYING}) */
    public boolean isLinked() {
        return this == CONNECTED || this == INVENTORYING;
    }
}

package io.dangan.archive.rfid.spi;

/** A listener's registration (订阅); closing it stops further deliveries to that listener. Idempotent. */
public interface Subscription extends AutoCloseable {
    /** Stops deliveries; may be called from inside the listener. */
    @Override
    void close();
}

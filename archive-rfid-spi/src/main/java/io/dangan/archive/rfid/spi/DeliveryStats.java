package io.dangan.archive.rfid.spi;

/**
 * Counters of a device's delivery queue (投递统计), for monitoring and the conformance kit.
 *
 * @param published events published by the driver
 * @param delivered events handed to listeners (each event counts once, whatever the number of listeners)
 * @param dropped events dropped under back-pressure
 * @param listenerFailures listener invocations that threw
 * @param queued events waiting now
 */
public record DeliveryStats(long published, long delivered, long dropped, long listenerFailures, int queued) {
    public DeliveryStats {
        if (published < 0 || delivered < 0 || dropped < 0 || listenerFailures < 0 || queued < 0) {
            throw new IllegalArgumentException("delivery counters are negative");
        }
    }
}

package io.dangan.archive.testkit.tck;

import io.dangan.archive.rfid.spi.Quantity;

/** A {@link DeviceBench} for sensor devices that can make one sensor report. */
public interface SensorBench extends DeviceBench {
    /** A bench that can do nothing. */
    SensorBench NONE = new SensorBench() {
    };

    /**
     * Makes a configured sensor report a reading.
     *
     * @param sensorId the sensor
     * @param quantity what
     * @param value the value
     * @return whether the bench did it
     */
    default boolean report(String sensorId, Quantity quantity, double value) {
        return false;
    }

    /**
     * Makes a configured sensor report a garbage temperature (NaN, or a value no probe can measure).
     *
     * @param sensorId the sensor
     * @return whether the bench did it
     */
    default boolean reportGarbage(String sensorId) {
        return false;
    }
}

package io.dangan.archive.rfid.spi;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * One environmental sensor behind a sensor device (传感器描述): its id, the room it is in, what it measures and how
 * often it is expected to report.
 *
 * @param sensorId the sensor's id, unique within the archive
 * @param room the room id it is in
 * @param quantities what it measures, at least one
 * @param expectedInterval how often it reports
 */
public record SensorDescriptor(String sensorId, String room, Set<Quantity> quantities, Duration expectedInterval) {
    public SensorDescriptor {
        Checks.name(sensorId, "sensorId");
        Checks.name(room, "room");
        quantities = Set.copyOf(Objects.requireNonNull(quantities, "quantities"));
        if (quantities.isEmpty()) {
            throw new IllegalArgumentException("sensor " + sensorId + " measures nothing");
        }
        Checks.positive(expectedInterval, "expectedInterval");
    }

    /**
     * @param sensorId the id
     * @param room the room
     * @param expectedInterval the reporting interval
     * @return a temperature and humidity sensor
     */
    public static SensorDescriptor thermoHygrometer(String sensorId, String room, Duration expectedInterval) {
        return new SensorDescriptor(sensorId, room, Set.of(Quantity.TEMPERATURE, Quantity.RELATIVE_HUMIDITY), expectedInterval);
    }
}

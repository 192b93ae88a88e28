package io.dangan.archive.environment;

import java.util.Objects;

/**
 * The environmental limits of one room type (库房温湿度标准).
 *
 * @param roomType the room type, e.g. {@code paper}
 * @param temperature the temperature limits in °C
 * @param humidity the relative humidity limits in %RH
 */
public record EnvironmentProfile(String roomType, Limits temperature, Limits humidity) {
    public EnvironmentProfile {
        Objects.requireNonNull(roomType, "roomType");
        Objects.requireNonNull(temperature, "temperature");
        Objects.requireNonNull(humidity, "humidity");
    }

    /**
     * @param measure a measure
     * @return its limits
     */
    public Limits limits(Measure measure) {
        return measure == Measure.TEMPERATURE ? temperature : humidity;
    }
}

package io.dangan.archive.rfid.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A sensor device's configuration (传感设备配置): the sensors behind it and after how many missed intervals a silent
 * sensor is reported offline.
 *
 * @param device the common settings
 * @param sensors the sensors, at least one, distinct ids
 * @param offlineAfterMissed missed intervals before a sensor is offline, at least 1
 */
public record SensorConfig(DeviceConfig device, List<SensorDescriptor> sensors, int offlineAfterMissed) {
    public SensorConfig {
        Objects.requireNonNull(device, "device");
        sensors = List.copyOf(sensors);
        if (sensors.isEmpty()) {
            throw new IllegalArgumentException("sensor device " + device.deviceId() + " has no sensor configured");
        }
        Set<String> ids = new HashSet<>();
        for (SensorDescriptor s : sensors) {
            if (!ids.add(s.sensorId())) {
                throw new IllegalArgumentException("sensor device " + device.deviceId() + ": sensor " + s.sensorId()
                        + " listed twice");
            }
        }
        if (offlineAfterMissed < 1) {
            throw new IllegalArgumentException("offlineAfterMissed " + offlineAfterMissed + " is below 1");
        }
    }

    /**
     * @param device the common settings
     * @param sensors the sensors
     * @return a configuration reporting offline after 3 missed intervals
     */
    public static SensorConfig of(DeviceConfig device, List<SensorDescriptor> sensors) {
        return new SensorConfig(device, sensors, 3);
    }

    /**
     * @param sensorId a sensor id
     * @return its descriptor, if configured
     */
    public Optional<SensorDescriptor> sensor(String sensorId) {
        return sensors.stream().filter(s -> s.sensorId().equals(sensorId)).findFirst();
    }
}

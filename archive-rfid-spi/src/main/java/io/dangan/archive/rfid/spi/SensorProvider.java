package io.dangan.archive.rfid.spi;

/** Creates {@link SensorDevice}s (温湿度传感设备). Discovered through {@link java.util.ServiceLoader}. */
public interface SensorProvider extends HardwareProvider {
    /**
     * Validates the configuration and creates a sensor device, not yet connected.
     *
     * @param config the sensor configuration
     * @return a new device in state {@link ConnectionState#NEW}
     * @throws HardwareException {@code CONFIG_REJECTED} when the configuration is not acceptable
     */
    SensorDevice open(SensorConfig config);
}

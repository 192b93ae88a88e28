package io.dangan.archive.sensor.mqtt;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.HardwareProvider;
import io.dangan.archive.rfid.spi.Quantity;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorDescriptor;
import io.dangan.archive.rfid.spi.SensorProvider;
import java.util.Set;

/**
 * The MQTT sensor provider (id {@code mqtt}), registered for {@link java.util.ServiceLoader}. The device
 * configuration's endpoint is the broker URI ({@code tcp://host:1883}, {@code ssl://host:8883}); its options hold the
 * {@link MqttMapping}. A configuration is rejected up front when the mapping is incomplete or a sensor measures a
 * quantity the mapping has no field for.
 */
public final class MqttSensorProvider implements SensorProvider {
    private static final Set<Capability> CAPABILITIES = Set.of(Capability.TEMPERATURE, Capability.HUMIDITY,
            Capability.DEVICE_ALARMS, Capability.KEEPALIVE, Capability.RECONNECT);

    @Override
    public String id() {
        return "mqtt";
    }

    @Override
    public int spiVersion() {
        return HardwareProvider.SPI_VERSION;
    }

    @Override
    public Set<Capability> capabilities() {
        return CAPABILITIES;
    }

    @Override
    public MqttSensorDevice open(SensorConfig config) {
        String id = config.device().deviceId();
        String endpoint = config.device().endpoint();
        if (!(endpoint.startsWith("tcp://") || endpoint.startsWith("ssl://") || endpoint.startsWith("ws://")
                || endpoint.startsWith("wss://"))) {
            throw new HardwareException(HardwareErrorCode.CONFIG_REJECTED, id, "MQTT device " + id + ": endpoint '"
                    + endpoint + "' is not a broker URI (tcp://, ssl://, ws:// or wss://)");
        }
        MqttMapping mapping;
        try {
            mapping = MqttMapping.from(config.device().options());
        } catch (IllegalArgumentException e) {
            throw new HardwareException(HardwareErrorCode.CONFIG_REJECTED, id, "MQTT device " + id + ": " + e.getMessage(), e);
        }
        for (SensorDescriptor s : config.sensors()) {
            for (Quantity q : s.quantities()) {
                if (!mapping.fields().containsKey(q)) {
                    throw new HardwareException(HardwareErrorCode.CONFIG_REJECTED, id, "MQTT device " + id + ": sensor "
                            + s.sensorId() + " measures " + q + " but no payload field is mapped for it");
                }
            }
        }
        return new MqttSensorDevice(config, CAPABILITIES, mapping);
    }
}

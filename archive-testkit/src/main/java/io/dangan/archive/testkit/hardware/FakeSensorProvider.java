package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.HardwareErrorCode;
import io.dangan.archive.rfid.spi.HardwareException;
import io.dangan.archive.rfid.spi.HardwareProvider;
import io.dangan.archive.rfid.spi.SensorConfig;
import io.dangan.archive.rfid.spi.SensorProvider;
import java.util.Set;

/** Provider of {@link FakeSensorDevice}s (id {@code fake-sensor}), registered for {@link java.util.ServiceLoader}. */
public final class FakeSensorProvider implements SensorProvider {
    /** What the fake sensor device can do by default. */
    public static final Set<Capability> DEFAULT_CAPABILITIES = Set.of(Capability.TEMPERATURE, Capability.HUMIDITY,
            Capability.DEVICE_ALARMS, Capability.KEEPALIVE, Capability.RECONNECT);

    private final Set<Capability> capabilities;

    /** A provider with {@link #DEFAULT_CAPABILITIES}. */
    public FakeSensorProvider() {
        this(DEFAULT_CAPABILITIES);
    }

    /** @param capabilities what its devices can do (e.g. without {@code HUMIDITY} for a thermometer) */
    public FakeSensorProvider(Set<Capability> capabilities) {
        this.capabilities = Set.copyOf(capabilities);
    }

    @Override
    public String id() {
        return "fake-sensor";
    }

    @Override
    public int spiVersion() {
        return HardwareProvider.SPI_VERSION;
    }

    @Override
    public Set<Capability> capabilities() {
        return capabilities;
    }

    /**
     * Opens a device.
     *
     * @param config the configuration; its endpoint must be a {@code fake:} endpoint
     * @return the device, not connected
     * @throws HardwareException {@code CONFIG_REJECTED} for another endpoint, or a configuration the declared
     *     capabilities cannot serve
     */
    @Override
    public FakeSensorDevice open(SensorConfig config) {
        String endpoint = config.device().endpoint();
        if (!endpoint.startsWith("fake:")) {
            throw new HardwareException(HardwareErrorCode.CONFIG_REJECTED, config.device().deviceId(), "fake sensor device "
                    + config.device().deviceId() + ": endpoint '" + endpoint + "' is not a fake: endpoint");
        }
        return new FakeSensorDevice(config, capabilities);
    }
}

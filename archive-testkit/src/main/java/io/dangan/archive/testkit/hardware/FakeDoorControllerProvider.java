package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.DoorControllerProvider;
import io.dangan.archive.rfid.spi.HardwareProvider;
import java.util.Set;

/** Provider of {@link FakeDoorController}s (id {@code fake-door}), registered for {@link java.util.ServiceLoader}. */
public final class FakeDoorControllerProvider implements DoorControllerProvider {
    private static final Set<Capability> CAPABILITIES = Set.of(Capability.ACCESS_EVENTS, Capability.FORCED_DETECTION,
            Capability.KEEPALIVE, Capability.RECONNECT);

    @Override
    public String id() {
        return "fake-door";
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
    public FakeDoorController open(DoorConfig config) {
        return new FakeDoorController(config, CAPABILITIES);
    }
}

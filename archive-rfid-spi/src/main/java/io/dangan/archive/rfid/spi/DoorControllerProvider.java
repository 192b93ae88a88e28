package io.dangan.archive.rfid.spi;

/** Creates {@link DoorController}s (门禁控制器). Discovered through {@link java.util.ServiceLoader}. */
public interface DoorControllerProvider extends HardwareProvider {
    /**
     * Validates the configuration and creates a controller, not yet connected.
     *
     * @param config the controller configuration
     * @return a new controller in state {@link ConnectionState#NEW}
     * @throws HardwareException {@code CONFIG_REJECTED} when the configuration is not acceptable
     */
    DoorController open(DoorConfig config);
}

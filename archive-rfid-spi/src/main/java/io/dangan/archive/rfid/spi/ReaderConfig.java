package io.dangan.archive.rfid.spi;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A tag reader's configuration (读写器配置): the common device settings, the antennas in use and the capabilities the
 * integrator relies on. A provider rejects it up front ({@code CONFIG_REJECTED}) when it asks for an antenna port
 * or a capability the reader does not have.
 *
 * @param device the common settings
 * @param antennas the antennas in use, at least one, distinct ports
 * @param required capabilities the integrator relies on
 * @param session the Gen2 session 0 to 3
 */
public record ReaderConfig(DeviceConfig device, List<AntennaConfig> antennas, Set<Capability> required, int session) {
    public ReaderConfig {
        Objects.requireNonNull(device, "device");
        antennas = List.copyOf(antennas);
        required = Set.copyOf(required);
        if (antennas.isEmpty()) {
            throw new IllegalArgumentException("reader " + device.deviceId() + " has no antenna configured");
        }
        Set<Integer> ports = new HashSet<>();
        for (AntennaConfig a : antennas) {
            if (!ports.add(a.port())) {
                throw new IllegalArgumentException("reader " + device.deviceId() + ": antenna port " + a.port()
                        + " configured twice");
            }
        }
        if (session < 0 || session > 3) {
            throw new IllegalArgumentException("Gen2 session " + session + " is outside 0..3");
        }
    }

    /**
     * @param device the common settings
     * @param antennas the antennas
     * @return a configuration requiring only EPC reads, session 1
     */
    public static ReaderConfig of(DeviceConfig device, List<AntennaConfig> antennas) {
        return new ReaderConfig(device, antennas, Set.of(Capability.READ_EPC), 1);
    }

    /**
     * @param capabilities the capabilities required
     * @return a copy requiring these capabilities
     */
    public ReaderConfig requiring(Set<Capability> capabilities) {
        return new ReaderConfig(device, antennas, capabilities, session);
    }

    /**
     * @param port an antenna port
     * @return its alias, or {@code antenna-N} when the port is not configured
     */
    public String aliasOf(int port) {
        for (AntennaConfig a : antennas) {
            if (a.port() == port) {
                return a.alias();
            }
        }
        return "antenna-" + port;
    }
}

package io.dangan.archive.rfid.spi;

import org.jspecify.annotations.Nullable;

/**
 * One antenna port of a reader and its alias (天线), the name inventory uses for a location, e.g.
 * {@code room-3/cabinet-12/shelf-2}.
 *
 * @param port the port number, from 1
 * @param alias the alias
 * @param powerDbm the transmit power in dBm, or {@code null} for the reader's default
 */
public record AntennaConfig(int port, String alias, @Nullable Double powerDbm) {
    public AntennaConfig {
        if (port < 1 || port > 1024) {
            throw new IllegalArgumentException("antenna port " + port + " is outside 1..1024");
        }
        Checks.name(alias, "alias");
        if (powerDbm != null && (!Double.isFinite(powerDbm) || powerDbm < -20 || powerDbm > 36)) {
            throw new IllegalArgumentException("antenna power " + powerDbm + " dBm is outside -20..36");
        }
    }

    /**
     * @param port the port number
     * @param alias the alias
     * @return an antenna at the reader's default power
     */
    public static AntennaConfig of(int port, String alias) {
        return new AntennaConfig(port, alias, null);
    }
}

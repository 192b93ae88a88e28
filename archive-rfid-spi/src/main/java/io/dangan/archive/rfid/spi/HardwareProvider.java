package io.dangan.archive.rfid.spi;

import java.util.Set;

/**
 * What every hardware provider (硬件提供者) declares: a stable id, the SPI version it was built against and its
 * capabilities. Providers are discovered through {@link java.util.ServiceLoader} by a {@link ProviderRegistry};
 * they need a public no-argument constructor and must be cheap to construct (no I/O before {@code open}).
 *
 * <p>Implementations are thread-safe and stateless apart from configuration.
 */
public interface HardwareProvider {
    /** The SPI version this SDK implements; a provider declaring another version is skipped. */
    int SPI_VERSION = 1;

    /** @return the provider's stable id, lower case letters, digits and {@code -}, e.g. {@code acme-r700} */
    String id();

    /** @return the SPI version the provider was built against, normally {@link #SPI_VERSION} */
    int spiVersion();

    /** @return what the provider's devices can do */
    Set<Capability> capabilities();
}

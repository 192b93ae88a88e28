package io.dangan.archive.rfid.spi;

/** Creates {@link TagReader}s (标签读写器). Discovered through {@link java.util.ServiceLoader}. */
public interface TagReaderProvider extends HardwareProvider {
    /**
     * Validates the configuration and creates a reader, not yet connected.
     *
     * @param config the reader configuration
     * @return a new reader in state {@link ConnectionState#NEW}
     * @throws HardwareException {@code CONFIG_REJECTED} when the configuration asks for what the reader cannot do
     */
    TagReader open(ReaderConfig config);
}

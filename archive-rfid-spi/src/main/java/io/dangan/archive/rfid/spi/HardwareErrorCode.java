package io.dangan.archive.rfid.spi;

/**
 * Stable codes (硬件错误代码) carried by {@link HardwareException}. The constant's name is the code; it never
 * changes once released. Each is documented in {@code docs/codes.md}.
 */
public enum HardwareErrorCode {
    /** A configuration asks for something the device or provider cannot do, or is malformed. */
    CONFIG_REJECTED,
    /** An operation needs a capability the device does not declare (e.g. writing an EPC). */
    CAPABILITY_UNSUPPORTED,
    /** The device did not answer within the connect timeout. */
    CONNECT_TIMEOUT,
    /** Connecting failed for a reason other than a timeout (refused, unreachable, authentication). */
    CONNECT_FAILED,
    /** An operation (inventory, tag write) did not finish within its timeout. */
    OPERATION_TIMEOUT,
    /** An operation failed on the device (a tag write not verified, a command refused). */
    OPERATION_FAILED,
    /** The device was closed; it cannot be used again. */
    DEVICE_CLOSED,
    /** The operation needs a connected device. */
    DEVICE_NOT_CONNECTED,
    /** No provider with the requested id is registered; the message names the available ones. */
    PROVIDER_UNKNOWN,
    /** Several providers are registered and none was chosen by id or instance. */
    PROVIDER_AMBIGUOUS
}

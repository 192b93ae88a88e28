package io.dangan.archive.rfid.spi;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A hardware failure or rejected request (硬件异常), with a stable {@link HardwareErrorCode} and the device or
 * provider it concerns, so callers need not parse the message.
 *
 * <p>The SPI stays free of the archive's api module; the core maps these onto its own error codes.
 */
public class HardwareException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final HardwareErrorCode code;
    private final String source;

    /**
     * Creates the exception.
     *
     * @param code the stable code
     * @param source the device id or provider id concerned; empty when not applicable
     * @param message what went wrong, with expected versus actual
     * @param cause the underlying cause, or {@code null}
     */
    public HardwareException(HardwareErrorCode code, String source, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.source = Objects.requireNonNull(source, "source");
    }

    /**
     * Creates the exception without a cause.
     *
     * @param code the stable code
     * @param source the device id or provider id concerned
     * @param message what went wrong
     */
    public HardwareException(HardwareErrorCode code, String source, String message) {
        this(code, source, message, null);
    }

    /** @return the stable code */
    public HardwareErrorCode code() {
        return code;
    }

    /** @return the device or provider id concerned, or an empty string */
    public String source() {
        return source;
    }

    @Override
    public String getMessage() {
        return "[" + code + "] " + super.getMessage();
    }
}

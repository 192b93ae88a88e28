package io.dangan.archive;

import org.jspecify.annotations.Nullable;

/**
 * Stored content or evidence does not verify where the operation cannot go on without it (a read that verifies on the fly, a corrupt object). Routine verification returns findings in a report instead of throwing.
 */
public class IntegrityException extends ArchiveException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param code the stable error code
     * @param location where the problem is; empty when not applicable
     * @param message what was wrong, with expected versus actual
     * @param cause the underlying cause, or {@code null}
     */
    public IntegrityException(ErrorCode code, String location, String message, @Nullable Throwable cause) {
        super(code, location, message, cause);
    }

    /**
     * Creates the exception with a location and no cause.
     *
     * @param code the stable error code
     * @param location where the problem is
     * @param message what was wrong
     */
    public IntegrityException(ErrorCode code, String location, String message) {
        super(code, location, message, null);
    }

    /**
     * Creates the exception without location or cause.
     *
     * @param code the stable error code
     * @param message what was wrong
     */
    public IntegrityException(ErrorCode code, String message) {
        super(code, "", message, null);
    }
}

package io.dangan.archive;

import java.util.Objects;

/**
 * Root of every exception the SDK throws for bad input, missing data, conflicts and
 * integrity failures (the archive's own conditions, as opposed to programmer errors).
 *
 * <p>Each carries a stable {@link ErrorCode} and, where known, the {@link #location()} of
 * the problem (a field, a file with a JSON pointer, an entity id) so callers need not parse
 * the message. Messages state the fact, where, and expected versus actual.
 */
public class ArchiveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String location;

    /**
     * Creates an exception.
     *
     * @param code the stable error code
     * @param location where the problem is (field, file and JSON pointer, entity id); empty when not applicable
     * @param message what was wrong, with expected versus actual
     * @param cause the underlying cause, or {@code null}
     */
    public ArchiveException(ErrorCode code, String location, String message, @org.jspecify.annotations.Nullable Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
        this.location = Objects.requireNonNull(location, "location");
    }

    /**
     * Creates an exception without location or cause.
     *
     * @param code the stable error code
     * @param message what was wrong
     */
    public ArchiveException(ErrorCode code, String message) {
        this(code, "", message, null);
    }

    /** @return the stable error code */
    public ErrorCode code() {
        return code;
    }

    /** @return where the problem is, or an empty string when the message alone says it */
    public String location() {
        return location;
    }

    @Override
    public String getMessage() {
        return "[" + code + "] " + super.getMessage();
    }
}

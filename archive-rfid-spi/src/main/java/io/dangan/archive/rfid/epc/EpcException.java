package io.dangan.archive.rfid.epc;

import java.util.Objects;

/**
 * An EPC that does not encode or decode (EPC 编码错误), with a stable {@link EpcErrorCode} and the offending input.
 */
public class EpcException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final EpcErrorCode code;
    private final String input;

    /**
     * @param code the stable code
     * @param input the input that was rejected
     * @param message what was wrong, with expected versus actual
     */
    public EpcException(EpcErrorCode code, String input, String message) {
        super(message);
        this.code = Objects.requireNonNull(code, "code");
        this.input = Objects.requireNonNull(input, "input");
    }

    /** @return the stable code */
    public EpcErrorCode code() {
        return code;
    }

    /** @return the rejected input */
    public String input() {
        return input;
    }

    @Override
    public String getMessage() {
        return "[" + code + "] " + super.getMessage();
    }
}

package io.dangan.archive.testkit.hardware;

import java.net.ConnectException;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

/**
 * The simulated link of a fake device (模拟链路). The endpoint scripts the connect: {@code fake:ok} connects,
 * {@code fake:refuse} is refused, {@code fake:hang} does not answer and ignores the timeout, blocking until interrupted, as a
 * careless driver would (the base class must enforce the timeout). At run time the link can be
 * dropped (abrupt loss), silenced (stops answering keepalives and refuses reconnects) and restored.
 */
final class FakeLink {
    private volatile boolean silent;
    private volatile boolean refusing;
    private final String endpoint;

    FakeLink(String endpoint) {
        this.endpoint = endpoint;
        this.refusing = endpoint.equals("fake:refuse");
    }

    void connect(Duration timeout) throws Exception {
        if (endpoint.equals("fake:hang")) {
            // a careless driver: it ignores the timeout and blocks until interrupted (the base class enforces it)
            Thread.sleep(Long.MAX_VALUE);
            throw new TimeoutException("fake device did not answer");
        }
        if (refusing || silent) {
            throw new ConnectException("fake device refused the connection");
        }
    }

    boolean answers() {
        return !silent;
    }

    void silence() {
        silent = true;
    }

    void refuse(boolean refuse) {
        refusing = refuse;
    }

    void restore() {
        silent = false;
        refusing = false;
    }
}

package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.support.AbstractDoorController;
import java.time.Duration;
import java.util.Set;

/** A fake door controller (模拟门禁) whose door activity and link faults are scripted by the test. */
public final class FakeDoorController extends AbstractDoorController {
    private final FakeLink link;

    FakeDoorController(DoorConfig config, Set<Capability> capabilities) {
        super(config, capabilities);
        this.link = new FakeLink(config.device().endpoint());
    }

    @Override
    protected void doConnect(Duration timeout) throws Exception {
        link.connect(timeout);
    }

    @Override
    protected void doDisconnect() {
    }

    @Override
    protected boolean probe() {
        return link.answers();
    }

    /** @param doorId the door that opens */
    public void open(String doorId) {
        reportOpened(doorId);
    }

    /** @param doorId the door that closes */
    public void close(String doorId) {
        reportClosed(doorId);
    }

    /** @param doorId the door forced open */
    public void force(String doorId) {
        reportForced(doorId);
    }

    /** @param doorId the door @param credentialRef the credential granted */
    public void grant(String doorId, String credentialRef) {
        reportGranted(doorId, credentialRef);
    }

    /** @param doorId the door @param credentialRef the credential @param reason why denied */
    public void deny(String doorId, String credentialRef, String reason) {
        reportDenied(doorId, credentialRef, reason);
    }

    /** @param count how many open/close events to report on the first door, alternating */
    public void burst(int count) {
        String door = doorConfig.doorIds().get(0);
        for (int i = 0; i < count; i++) {
            if (i % 2 == 0) {
                reportOpened(door);
            } else {
                reportClosed(door);
            }
        }
    }

    /** Drops the link abruptly. */
    public void dropLink() {
        connectionLost("fake peer closed the connection");
    }

    /** Stops answering keepalives and refuses connects until {@link #restoreLink()}. */
    public void silenceLink() {
        link.silence();
    }

    /** Answers again. */
    public void restoreLink() {
        link.restore();
    }
}

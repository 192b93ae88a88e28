package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dangan.archive.rfid.spi.AccessGranted;
import io.dangan.archive.rfid.spi.Capability;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DoorClosed;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.DoorController;
import io.dangan.archive.rfid.spi.DoorControllerProvider;
import io.dangan.archive.rfid.spi.DoorEvent;
import io.dangan.archive.rfid.spi.DoorHeldOpen;
import io.dangan.archive.rfid.spi.DoorOpened;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The door controller conformance kit (门禁一致性套件). The kit sets the held-open limit to 300 ms. */
public abstract class DoorControllerContract extends DeviceContract<DoorEvent, DoorController> {
    /** @return the provider under test */
    protected abstract DoorControllerProvider provider();

    /** @return a configuration that works on the bench, with at least one door */
    protected abstract DoorConfig config();

    /**
     * @param controller the controller under test
     * @return its bench; the default can do nothing, which fails the tests needing it unless they are waived
     */
    protected DoorBench bench(DoorController controller) {
        return DoorBench.NONE;
    }

    @Override
    protected final DoorController openWith(UnaryOperator<DeviceConfig> tweak) {
        DoorConfig c = config();
        return provider().open(new DoorConfig(tweak.apply(c.device()), c.doorIds(), Duration.ofMillis(300)));
    }

    @Override
    protected final DeviceBench benchFor(DoorController device) {
        return bench(device);
    }

    @Override
    protected final Set<Capability> declaredCapabilities() {
        return provider().capabilities();
    }

    @Nested
    @DisplayName("Door activity")
    class Activity {
        @Test
        @DisplayName("opening and closing a door arrive in order, naming the configured door")
        void openThenClose() {
            Recorder<DoorEvent> r = new Recorder<>();
            DoorController d = connected(r);
            String door = config().doorIds().get(0);
            requireBench(bench(d).open(door) && bench(d).close(door), "operate a door");
            assertThat(r.awaitAny(e -> e instanceof DoorClosed, PROMPTLY)).isTrue();
            List<DoorEvent.AtDoor> atDoor = r.events(DoorEvent.AtDoor.class);
            assertThat(atDoor).extracting(DoorEvent.AtDoor::doorId).containsOnly(door);
            assertThat(atDoor.get(0)).isInstanceOf(DoorOpened.class);
            assertThat(atDoor.get(atDoor.size() - 1)).isInstanceOf(DoorClosed.class);
        }

        @Test
        @DisplayName("a door left open beyond the limit is reported as held open")
        void heldOpen() {
            Recorder<DoorEvent> r = new Recorder<>();
            DoorController d = connected(r);
            String door = config().doorIds().get(0);
            requireBench(bench(d).open(door), "operate a door");
            assertThat(r.awaitAny(e -> e instanceof DoorHeldOpen h && h.doorId().equals(door), PROMPTLY)).isTrue();
        }

        @Test
        @DisplayName("an access grant carries an opaque credential reference (optional capability ACCESS_EVENTS)")
        void accessGranted() {
            assumeTrue(provider().capabilities().contains(Capability.ACCESS_EVENTS), "ACCESS_EVENTS not declared");
            Recorder<DoorEvent> r = new Recorder<>();
            DoorController d = connected(r);
            String door = config().doorIds().get(0);
            requireBench(bench(d).grant(door, "cred-7f3a"), "present a credential");
            assertThat(r.awaitAny(e -> e instanceof AccessGranted g && g.credentialRef().equals("cred-7f3a"), PROMPTLY))
                    .isTrue();
        }
    }
}

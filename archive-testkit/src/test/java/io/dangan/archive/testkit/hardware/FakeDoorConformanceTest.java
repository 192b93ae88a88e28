package io.dangan.archive.testkit.hardware;

import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DoorConfig;
import io.dangan.archive.rfid.spi.DoorController;
import io.dangan.archive.rfid.spi.DoorControllerProvider;
import io.dangan.archive.testkit.tck.DoorBench;
import io.dangan.archive.testkit.tck.DoorControllerContract;
import java.util.List;
import java.util.Optional;

class FakeDoorConformanceTest extends DoorControllerContract {
    @Override
    protected DoorControllerProvider provider() {
        return new FakeDoorControllerProvider();
    }

    @Override
    protected DoorConfig config() {
        return DoorConfig.of(DeviceConfig.of("fake-d1", "fake:ok"), List.of("exit-1", "store-1"));
    }

    @Override
    protected DoorBench bench(DoorController controller) {
        FakeDoorController fake = (FakeDoorController) controller;
        return new DoorBench() {
            @Override
            public boolean open(String doorId) {
                fake.open(doorId);
                return true;
            }

            @Override
            public boolean close(String doorId) {
                fake.close(doorId);
                return true;
            }

            @Override
            public boolean grant(String doorId, String credentialRef) {
                fake.grant(doorId, credentialRef);
                return true;
            }

            @Override
            public boolean generate(int count) {
                fake.burst(count);
                return true;
            }

            @Override
            public boolean dropLink() {
                fake.dropLink();
                return true;
            }

            @Override
            public boolean silenceLink() {
                fake.silenceLink();
                return true;
            }

            @Override
            public boolean restoreLink() {
                fake.restoreLink();
                return true;
            }
        };
    }

    @Override
    protected Optional<String> unresponsiveEndpoint() {
        return Optional.of("fake:hang");
    }

    @Override
    protected Optional<String> refusingEndpoint() {
        return Optional.of("fake:refuse");
    }
}

package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagReaderProvider;
import io.dangan.archive.testkit.hardware.FakeTagReaderProvider;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The kit cannot pass by skipping: a bench that cannot do something fails, unless the vendor waives the test. */
class KitWaiverTest {
    /** A vendor that supplies only provider() and config(), and waives one test with a reason. */
    static class BareVendorKit extends TagReaderContract {
        @Override
        protected TagReaderProvider provider() {
            return new FakeTagReaderProvider();
        }

        @Override
        protected ReaderConfig config() {
            return ReaderConfig.of(DeviceConfig.of("bare-1", "fake:ok"), List.of(AntennaConfig.of(1, "room-9/cab-1")));
        }

        @Override
        protected Map<String, String> waived() {
            return Map.of("noLossAtNominalLoad", "our reader emulator cannot sustain 1,000 reads a second");
        }
    }

    /** A vendor whose waiver names a test the kit does not have. */
    static class TypoVendorKit extends BareVendorKit {
        @Override
        protected Map<String, String> waived() {
            return Map.of("noLossAtNominalLod", "typo");
        }
    }

    record Outcome(TestExecutionResult.Status status, String message) {
    }

    private static Map<String, Outcome> run(Class<?> kit) {
        Map<String, Outcome> out = new ConcurrentHashMap<>();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(kit)).build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier id, TestExecutionResult result) {
                if (id.isTest() && id.getSource().orElse(null) instanceof MethodSource m) {
                    out.put(m.getMethodName(), new Outcome(result.getStatus(),
                            result.getThrowable().map(Throwable::getMessage).orElse("")));
                }
            }
        });
        return out;
    }

    @Test
    @DisplayName("missing bench support fails the test; a waived test is skipped with the vendor's reason")
    void missingBenchFailsUnlessWaived() {
        Map<String, Outcome> results = run(BareVendorKit.class);
        assertThat(results.get("noLossAtNominalLoad")).satisfies(o -> {
            assertThat(o.status()).isEqualTo(TestExecutionResult.Status.ABORTED);
            assertThat(o.message()).contains("waived by the vendor").contains("cannot sustain 1,000 reads");
        });
        for (String needsBench : List.of("sequenceIsGapless", "slowListener", "reconnectsAfterDrop",
                "keepaliveDetectsSilence", "connectTimesOut", "closeDuringConnect", "refusedConnect",
                "oneShotInventory", "observationsArePlausible")) {
            assertThat(results.get(needsBench)).as(needsBench).satisfies(o -> {
                assertThat(o.status()).isEqualTo(TestExecutionResult.Status.FAILED);
                assertThat(o.message()).contains("the bench cannot").contains("waived()");
            });
        }
        assertThat(results.get("connectAndCloseAreIdempotent").status()).isEqualTo(TestExecutionResult.Status.SUCCESSFUL);
        // a capability the device does not declare is still a skip, not a failure
        assertThat(results.get("readOnlyReaderRefusesWrites").status()).isEqualTo(TestExecutionResult.Status.ABORTED);
    }

    @Test
    @DisplayName("a waiver naming a test the kit does not have fails the run instead of waiving nothing")
    void unknownWaiverFails() {
        Map<String, Outcome> results = run(TypoVendorKit.class);
        assertThat(results.get("connectAndCloseAreIdempotent")).satisfies(o -> {
            assertThat(o.status()).isEqualTo(TestExecutionResult.Status.FAILED);
            assertThat(o.message()).contains("noLossAtNominalLod").contains("does not have");
        });
    }
}

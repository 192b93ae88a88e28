package io.dangan.archive.cli;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagBindingStore;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.Epc;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.KeepalivePolicy;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReconnectPolicy;
import io.dangan.archive.rfid.spi.TagId;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hardware steps of the demo (硬件演示): tags issued for the store's dossiers, an inventory with a simulated
 * reader and planted misplaced, missing, unknown and on-loan items, and an environment excursion with its alert.
 * Tag bindings and alerts are kept in the data folder's database: a dossier tagged in an earlier run keeps its code,
 * new codes continue after the highest serial, and alerts left open by an earlier run are taken up again.
 */
final class HardwareDemo {
    static final String COMPANY_PREFIX = "6901234";
    private final PrintWriter out;
    private final Clock clock;
    private final TagBindingStore tagBindings;
    private final AlertStore alerts;

    HardwareDemo(PrintWriter out, Clock clock, TagBindingStore tagBindings, AlertStore alerts) {
        this.out = out;
        this.clock = clock;
        this.tagBindings = tagBindings;
        this.alerts = alerts;
    }

    private static String kindZh(AlertKind k) {
        return switch (k) {
            case OUT_OF_RANGE -> "超限";
            case DAILY_SWING -> "日波动超限";
            case RATE_OF_CHANGE -> "变化过快";
            case SENSOR_OFFLINE -> "离线";
            case DEVICE_ALARM -> "设备告警";
        };
    }

    private static String stateZh(EnvironmentAlert a) {
        return switch (a.state()) {
            case RAISED -> "未确认";
            case ACKNOWLEDGED -> "已由" + a.acknowledgedBy() + "确认";
            case CLEARED -> "已解除";
        };
    }

    private static String shelf(int i) {
        return "room-1/cab-" + (1 + i / 2 % 3) + "/shelf-" + (1 + i % 2);
    }

    /**
     * Runs an inventory of the given dossiers (at most 30).
     *
     * @param dossiers the store's dossiers
     * @return the report
     */
    InventoryReport inventory(List<DossierId> dossiers) {
        HardwareTagRegistry registry = Hardware.tagRegistry(TagCodeScheme.gdti96(COMPANY_PREFIX, "00001", 0), 1, clock,
                EventSink.discarding(), tagBindings);
        Set<DossierId> onLoan = new HashSet<>();
        LocationTracker tracker = Hardware.locationTracker(registry,
                (d, at) -> onLoan.contains(d) ? Custody.ON_LOAN : Custody.IN_STORE, EventSink.discarding(), 64,
                2, 0.3, Duration.ofMinutes(5));
        List<AntennaConfig> antennas = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            antennas.add(AntennaConfig.of(i + 1, shelf(i)));
        }
        // the simulated reader is in-process: it has no link to monitor or re-establish
        ReaderConfig config = ReaderConfig.of(DeviceConfig.of("demo-reader", "simulated").withClock(clock)
                .withKeepalive(KeepalivePolicy.disabled()).withReconnect(ReconnectPolicy.never()), antennas);
        List<ExpectedItem> expected = new ArrayList<>();
        List<DossierId> ds = dossiers.subList(0, Math.min(30, dossiers.size()));
        try (SimulatedReader reader = new SimulatedReader(config)) {
            for (int i = 0; i < ds.size(); i++) {
                Optional<TagBinding> earlier = registry.active(ds.get(i));
                TagBinding b = earlier.isPresent() ? earlier.get() : registry.issue(ds.get(i), "demo");
                TagId tag = TagId.epc(b.code().hex());
                if (i == 0) {
                    out.printf("一人一档一码：档案 %s 的标签 %s（%s）%s%n", ds.get(i), b.code(),
                            Epc.fromTagId(tag).toPureIdentityUri(), earlier.isPresent() ? "，沿用此前发放的标签" : "");
                }
                expected.add(new ExpectedItem(ds.get(i), b.code(), shelf(i)));
                int port = i % 6 + 1;
                if (i == 1 || i == 4) {
                    port = port % 6 + 1; // planted: misplaced on the next shelf
                }
                if (i == 2) {
                    continue; // planted: missing
                }
                reader.plant(tag, port);
            }
            DossierId lent = DossierId.of("DEMO-LENT");
            TagBinding lentTag = registry.active(lent).orElseGet(() -> registry.issue(lent, "demo"));
            onLoan.add(lent);
            reader.plant(TagId.epc(lentTag.code().hex()), 1); // planted: on loan, yet on the shelf
            reader.plant(TagId.epc("E2801160200000000000ABCD"), 3); // planted: a tag nobody registered
            tracker.track(config);
            reader.subscribe(tracker);
            reader.connect();
            tracker.beginWindow(clock.instant());
            reader.inventoryOnce(Duration.ofMillis(400));
        }
        InventoryReport report = tracker.reconcile(InventoryScope.of("room-1"), expected, clock.instant(), "demo");
        out.print(report.summaryZh());
        return report;
    }

    /**
     * Drives one paper-room sensor through an excursion and back.
     *
     * @return the alerts raised
     */
    List<EnvironmentAlert> environmentExcursion() {
        EnvironmentMonitor monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock,
                EventSink.discarding(), alerts);
        List<EnvironmentAlert> reloaded = monitor.activeAlerts();
        if (!reloaded.isEmpty()) {
            out.printf("  上次运行遗留的未解除告警 %d 条，已从数据库恢复：%s%n", reloaded.size(),
                    reloaded.stream().map(a -> a.id() + "（" + kindZh(a.kind()) + "，" + stateZh(a) + "）").toList());
        }
        monitor.registerSensor("th-101", "一号库房", "paper", Duration.ofMinutes(5));
        Instant t = clock.instant();
        double[] humidity = {52, 55, 58, 61.5, 64, 67, 71.5, 66, 59, 56, 54};
        List<EnvironmentAlert> raised = new ArrayList<>();
        for (int i = 0; i < humidity.length; i++) {
            Instant at = t.plus(Duration.ofMinutes(5L * i));
            for (EnvironmentAlert a : monitor.accept(new Reading("th-101", Measure.RELATIVE_HUMIDITY, humidity[i], true, at))) {
                out.printf("  %s %s [%s/%s/%s] %s%n", at, a.id(), kindZh(a.kind()), a.severity(), a.state(), a.message());
                raised.add(a);
            }
            if (i == 4) {
                for (EnvironmentAlert a : monitor.activeAlerts()) {
                    if (a.kind() == AlertKind.OUT_OF_RANGE) {
                        monitor.acknowledge(a.id(), "库管员");
                        out.printf("  告警 %s 已由库管员确认%n", a.id());
                    }
                }
            }
        }
        return raised;
    }
}

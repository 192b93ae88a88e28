package io.dangan.archive.cli;

import io.dangan.archive.core.Archive;
import io.dangan.archive.core.hardware.GateControl;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.inventory.Custody;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.GateAlarm;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.Epc;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.DoorForced;
import io.dangan.archive.rfid.spi.KeepalivePolicy;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.ReconnectPolicy;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hardware steps of the demo (硬件演示): tags issued for the store's dossiers, an inventory with a simulated
 * reader and planted misplaced, missing, unknown and on-loan items, an environment excursion with its alert, and a
 * dossier carried through the exit gate. The services are the workspace archive's own ({@link Archive#tagRegistry()},
 * {@link Archive#locationTracker()}, {@link Archive#environmentMonitor()}, {@link Archive#gateControl()}), so their
 * events go to the folder's audit log. Tag bindings and alerts are kept in the data folder's database: a dossier
 * tagged in an earlier run keeps its code, new codes continue after the highest serial, and alerts left open by an
 * earlier run are taken up again.
 */
final class HardwareDemo {
    static final String COMPANY_PREFIX = "6901234";
    private final PrintWriter out;
    private final Archive archive;
    private final DemoLoans loans;
    private final Clock clock;

    HardwareDemo(PrintWriter out, Workspace ws) {
        this.out = out;
        this.archive = ws.archive();
        this.loans = ws.loans();
        this.clock = archive.clock();
    }

    /** @return the dossier's active tag, issuing one the first time */
    private TagBinding tagOf(HardwareTagRegistry registry, DossierId d) {
        return registry.active(d).orElseGet(() -> registry.issue(d, "demo"));
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

    private static String custodyZh(Custody c) {
        return switch (c) {
            case IN_STORE -> "在库";
            case ON_LOAN -> "借出";
            case IN_TRANSFER -> "转递中";
            case UNKNOWN -> "未知";
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
        HardwareTagRegistry registry = archive.tagRegistry();
        LocationTracker tracker = archive.locationTracker();
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
                TagBinding b = tagOf(registry, ds.get(i));
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
            TagBinding lentTag = tagOf(registry, lent);
            loans.lend(lent);
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
        EnvironmentMonitor monitor = archive.environmentMonitor();
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

    /**
     * Carries a dossier that is in store through the exit gate; its door is forced a moment after the read, and the
     * door event joins the alarm already raised.
     *
     * @param dossier the dossier carried out
     * @return the gate's alarms afterwards
     */
    List<GateAlarm> gatePassage(DossierId dossier) {
        GateControl gate = archive.gateControl();
        TagBinding b = tagOf(archive.tagRegistry(), dossier);
        Instant t = clock.instant();
        for (int i = 0; i < 3; i++) { // the tag is read several times while it passes
            gate.readers().onEvent(TagObserved.of("gate-reader", i, t.plusMillis(300L * i), TagId.epc(b.code().hex()), 1,
                    Workspace.EXIT_GATE, -45.0));
        }
        for (GateAlarm a : gate.alarms()) {
            out.printf("  %s 非法带出告警：档案 %s（标签 %s，保管状态 %s），已记入审计日志%n", a.occurredAt(), a.dossier(),
                    a.code(), custodyZh(a.custody()));
        }
        gate.doors().onEvent(new DoorForced("door-controller", 0, t.plusSeconds(2), Workspace.EXIT_DOOR));
        List<GateAlarm> alarms = gate.alarms();
        for (GateAlarm a : alarms) {
            out.printf("  告警补充关联门禁事件：%s%n", String.join("；", a.doorEvents()));
        }
        return alarms;
    }
}

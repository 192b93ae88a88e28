package io.dangan.archive.benchmarks.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.inventory.ExpectedItem;
import io.dangan.archive.inventory.InventoryReport;
import io.dangan.archive.inventory.InventoryScope;
import io.dangan.archive.inventory.TagCode;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.AntennaConfig;
import io.dangan.archive.rfid.spi.DeviceConfig;
import io.dangan.archive.rfid.spi.ReaderConfig;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reconciliation of 1,000,000 expected dossiers against 2,000,000 observations (every tag read twice; 2 % misplaced,
 * 1 % never read, 10,000 unknown tags), target at most 1 s on one core, beside a straightforward reconciliation over
 * a {@code HashMap<String, String>} of hexadecimal code to location built from the same observations. The setup
 * prints the tracker's memory per tracked tag (arrays' bytes divided by tags, and the measured heap growth).
 * Run: {@code taskset -c 0 java -jar archive-benchmarks/target/benchmarks.jar ReconcileBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g", "-Xms4g"})
public class ReconcileBenchmark {
    static final int EXPECTED = 1_000_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final InventoryScope SCOPE = InventoryScope.of("room-1");

    private LocationTracker tracker;
    private List<ExpectedItem> expected;
    private Map<String, String> naiveObserved;

    private static String alias(int i) {
        return "room-1/cab-" + (i % 50) + "/shelf-" + (i % 7);
    }

    /** Builds the expected list and feeds 2,000,000 observations. */
    @Setup(Level.Trial)
    public void setUp() {
        TagCodeScheme scheme = TagCodeScheme.giai96("6901234", 0);
        String[] aliases = new String[350];
        for (int i = 0; i < aliases.length; i++) {
            aliases[i] = alias(i);
        }
        expected = new ArrayList<>(EXPECTED);
        TagId[] ids = new TagId[EXPECTED];
        for (int i = 0; i < EXPECTED; i++) {
            ids[i] = scheme.encode(i);
            expected.add(new ExpectedItem(DossierId.of("D" + i), new TagCode(ids[i].hex()), aliases[i % 350]));
        }
        var registry = Hardware.tagRegistry(scheme, EXPECTED, CLOCK, e -> { });
        System.gc();
        long before = usedHeap();
        tracker = Hardware.locationTracker(registry, CustodyStatus.allInStore(), e -> { }, 16);
        // one reader covering the room, so unread items count as missing (without coverage they are not verified)
        tracker.track(ReaderConfig.of(DeviceConfig.of("r", "bench"), List.of(AntennaConfig.of(1, "room-1"))));
        Instant at = CLOCK.instant();
        long n = 0;
        naiveObserved = new HashMap<>();
        for (int i = 0; i < EXPECTED; i++) {
            if (i % 100 == 7) {
                continue; // never read: missing
            }
            String where = i % 50 == 3 ? aliases[(i + 1) % 350] : aliases[i % 350];
            for (int k = 0; k < 2; k++) {
                tracker.onEvent(TagObserved.of("r", n++, at, ids[i], 1, where, -50.0 - k));
            }
        }
        for (int u = 0; u < 10_000 && n < 2_000_000; u++) {
            TagId unknown = scheme.encode(EXPECTED + u);
            for (int k = 0; k < 2 && n < 2_000_000; k++) {
                tracker.onEvent(TagObserved.of("r", n++, at, unknown, 1, aliases[u % 350], -60.0));
            }
        }
        while (n < 2_000_000) {
            int i = (int) (n % EXPECTED);
            if (i % 100 != 7) {
                tracker.onEvent(TagObserved.of("r", n, at, ids[i], 1, i % 50 == 3 ? aliases[(i + 1) % 350] : aliases[i % 350], -55.0));
            }
            n++;
        }
        System.gc();
        long after = usedHeap();
        int tracked = tracker.trackedTags();
        System.out.printf("%n[memory] tracked tags %d, table %d bytes = %.1f bytes per tracked tag, measured heap growth %.1f bytes per tracked tag%n",
                tracked, tracker.tableBytes(), (double) tracker.tableBytes() / tracked, (double) (after - before) / tracked);
        for (ExpectedItem e : expected) {
            tracker.locationOf(TagId.epc(e.code().hex()), at).ifPresent(l -> naiveObserved.put(e.code().hex(), l));
        }
    }

    private static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** @return the report */
    @Benchmark
    public InventoryReport reconcile() {
        InventoryReport r = tracker.reconcile(SCOPE, expected, CLOCK.instant(), "bench");
        if (r.expected() != EXPECTED) {
            throw new IllegalStateException("expected " + r.expected());
        }
        return r;
    }

    /** @return the number of items found in place */
    @Benchmark
    public int naiveHashMapReconcile() {
        int found = 0;
        int misplaced = 0;
        int missing = 0;
        List<String> findings = new ArrayList<>();
        java.util.HashSet<String> matched = new java.util.HashSet<>();
        for (ExpectedItem e : expected) {
            String seen = naiveObserved.get(e.code().hex());
            if (seen == null) {
                missing++;
                findings.add(e.dossier().value());
            } else {
                matched.add(e.code().hex());
                if (seen.equals(e.location())) {
                    found++;
                } else {
                    misplaced++;
                    findings.add(e.dossier().value());
                }
            }
        }
        return found + misplaced + missing + findings.size() + matched.size();
    }
}

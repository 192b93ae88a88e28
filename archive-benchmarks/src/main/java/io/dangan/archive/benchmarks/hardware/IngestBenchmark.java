package io.dangan.archive.benchmarks.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.hardware.LocationTracker;
import io.dangan.archive.inventory.CustodyStatus;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.rfid.spi.ReaderEvent;
import io.dangan.archive.rfid.spi.TagId;
import io.dangan.archive.rfid.spi.TagObserved;
import io.dangan.archive.rfid.spi.support.EventDispatcher;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Tag observations per second through the SPI's delivery path ({@link EventDispatcher}: sequence numbers, bounded
 * queue, dispatcher thread) into the core's location resolution, for 100,000 distinct tags seen by 4 antennas.
 * Peers in the same run: the resolution alone (no delivery path), and a straightforward resolver keeping a
 * {@code HashMap<TagId, HashMap<String, double[]>>}. Target: at least 1,000,000 observations per second on one core.
 * Run on one core: {@code taskset -c 0 java -jar archive-benchmarks/target/benchmarks.jar IngestBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class IngestBenchmark {
    static final int TAGS = 100_000;
    static final int BATCH = 10_000;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private static final String[] ALIASES = {"room-1/cab-1/shelf-1", "room-1/cab-1/shelf-2", "room-1/cab-2/shelf-1",
        "room-1/cab-2/shelf-2"};

    private TagId[] tags;
    private double[] rssi;
    private EventDispatcher<ReaderEvent> dispatcher;
    private LocationTracker tracker;
    private LocationTracker directTracker;
    private Map<TagId, Map<String, double[]>> naive;
    private int next;
    private long seq;

    /** Builds the tags and the delivery path. */
    @Setup(Level.Trial)
    public void setUp() {
        TagCodeScheme scheme = TagCodeScheme.giai96("6901234", 0);
        tags = new TagId[TAGS];
        rssi = new double[TAGS * 4];
        java.util.SplittableRandom r = new java.util.SplittableRandom(42);
        for (int i = 0; i < TAGS; i++) {
            tags[i] = scheme.encode(i);
        }
        for (int i = 0; i < rssi.length; i++) {
            rssi[i] = -40 - r.nextInt(40);
        }
        var registry = Hardware.tagRegistry(scheme, 0, CLOCK, e -> { });
        tracker = Hardware.locationTracker(registry, CustodyStatus.allInStore(), e -> { }, TAGS);
        directTracker = Hardware.locationTracker(registry, CustodyStatus.allInStore(), e -> { }, TAGS);
        naive = new HashMap<>();
        dispatcher = EventDispatcher.forReader("bench-reader", 1 << 20, CLOCK);
        dispatcher.subscribe(tracker);
    }

    /** Stops the dispatcher and checks nothing was dropped. */
    @TearDown(Level.Trial)
    public void tearDown() {
        dispatcher.close();
        if (dispatcher.stats().dropped() != 0) {
            throw new IllegalStateException("the delivery queue dropped " + dispatcher.stats().dropped() + " events");
        }
    }

    /** @return the tracked tag count, so the work is not eliminated */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int deliveryPathAndResolution() {
        Instant at = CLOCK.instant();
        for (int i = 0; i < BATCH; i++) {
            int k = next++ % (TAGS * 4);
            TagId tag = tags[k >> 2];
            String alias = ALIASES[k & 3];
            Double db = rssi[k];
            dispatcher.publish(s -> TagObserved.of("bench-reader", s, at, tag, 1 + (k & 3), alias, db));
        }
        if (!dispatcher.awaitDelivered(Duration.ofSeconds(30))) {
            throw new IllegalStateException("delivery stalled");
        }
        return tracker.trackedTags();
    }

    /** @return the tracked tag count */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int resolutionOnly() {
        Instant at = CLOCK.instant();
        for (int i = 0; i < BATCH; i++) {
            int k = next++ % (TAGS * 4);
            directTracker.onEvent(TagObserved.of("bench-reader", seq++, at, tags[k >> 2], 1 + (k & 3), ALIASES[k & 3], rssi[k]));
        }
        return directTracker.trackedTags();
    }

    /** @return the map size */
    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int naiveHashMapResolution() {
        Instant at = CLOCK.instant();
        for (int i = 0; i < BATCH; i++) {
            int k = next++ % (TAGS * 4);
            TagObserved t = TagObserved.of("bench-reader", seq++, at, tags[k >> 2], 1 + (k & 3), ALIASES[k & 3], rssi[k]);
            double[] s = naive.computeIfAbsent(t.tag(), x -> new HashMap<>()).computeIfAbsent(t.antennaAlias(),
                    x -> new double[2]);
            s[0] = s[1] == 0 ? t.rssiDbm() : s[0] + 0.3 * (t.rssiDbm() - s[0]);
            s[1]++;
        }
        return naive.size();
    }
}

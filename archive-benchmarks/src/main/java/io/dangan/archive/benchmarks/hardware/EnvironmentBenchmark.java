package io.dangan.archive.benchmarks.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfile;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Environment evaluation (range tiers with dead-band, 24-hour swing, rate of change, offline clearing, alert
 * lifecycle) for 10,000 sensors reporting once a second each. Target: each alert decided within 10 ms of the
 * reading's arrival.
 *
 * <p><b>Arrival→decision latency, open loop</b> ({@link #arrivalToDecision}, peer {@link #arrivalToRangeCheck}):
 * readings arrive at the real rate, one every 100 µs (10,000 per second: every sensor once a second, temperature and
 * relative humidity on alternate seconds), each on a fixed schedule that does not wait for the previous decision.
 * Each reading is prepared (as a driver decodes it), the benchmark thread waits for its scheduled arrival, hands it
 * to the monitor and records the time from the scheduled arrival to the decision: a stall is charged to every
 * reading that arrives during it, not just to the one that stalled (no coordinated omission). One sensor in a
 * hundred wanders ±8 °C / ±12 %RH over 40 s, so alerts are raised, escalated, de-escalated and cleared throughout
 * (about 55 alert-changing readings a second); their latencies are also reported on their own. The monitor starts
 * with 24 hours of history for every sensor (all 96 quarter-hour buckets filled), and each iteration starts 3 s
 * before a quarter-hour boundary, so every iteration includes the moment all 10,000 sensors recompute their 24-hour
 * extremes at once. The heap is collected once after the set-up, so the measurement sees the collector's steady
 * state (the window arrays already old) rather than the promotion of the set-up's data. Latencies are kept exactly
 * (one {@code long} per reading) and printed per measured iteration and for the whole trial (p50 to p99.99 and
 * maximum, for all readings and for the alert-changing ones), with the young collections meanwhile and the
 * thread's wait for a core and preemptions (see {@code LatencyRecorder}); JMH's score is the rate actually sustained
 * (10,000/s when the monitor keeps up). The peer is the same paced harness deciding only whether the value is out
 * of its range: the floor set by the machine and the harness.
 *
 * <p><b>Service time, closed loop</b> ({@link #evaluate}, peer {@link #rangeCheckOnly}): readings back to back as
 * fast as the monitor takes them, for the capacity against the 10,000 readings per second needed.
 *
 * <p>Run {@code java -jar archive-benchmarks/target/benchmarks.jar EnvironmentBenchmark.arrivalTo} for the paced
 * pair (not pinned to one core: the benchmark thread spins while it waits, and the collector's and compiler's
 * threads need the other core), and {@code 'EnvironmentBenchmark.(evaluate|rangeCheckOnly)'} for the closed loop.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 5, time = 10)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
public class EnvironmentBenchmark {
    static final int SENSORS = 10_000;
    /** One reading every 100 µs: 10,000 per second. */
    static final long PERIOD_NANOS = 1_000_000_000L / SENSORS;
    static final long QUARTER_HOUR_SECONDS = 15 * 60;
    private static final Instant START = Instant.parse("2026-11-25T00:00:00Z");

    private EnvironmentMonitor monitor;
    private String[] ids;
    private EnvironmentProfile paper;
    private long reading;

    // paced state
    private final LatencyRecorder recorder = new LatencyRecorder();
    private LatencyRecorder.@Nullable Summary trial;
    private double trialSeconds;
    private boolean measured;
    private long origin;
    private long paced;
    private Instant iterationStart = START;
    private long quarterHours;
    private long iterationNanos;

    /** Registers the sensors and fills 24 hours of history, a reading per sensor and measure each quarter hour. */
    @Setup(Level.Trial)
    public void setUp() {
        monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, Clock.fixed(START, ZoneOffset.UTC),
                e -> { });
        paper = EnvironmentProfiles.defaults().get("paper");
        ids = new String[SENSORS];
        for (int i = 0; i < SENSORS; i++) {
            ids[i] = "th-" + i;
            monitor.registerSensor(ids[i], "room-" + (i / 100), "paper", Duration.ofSeconds(1));
        }
        for (long q = -96; q < 0; q++) {
            Instant at = START.plusSeconds(q * QUARTER_HOUR_SECONDS);
            for (int i = 0; i < SENSORS; i++) {
                monitor.accept(new Reading(ids[i], Measure.TEMPERATURE, base(i, Measure.TEMPERATURE), true, at));
                monitor.accept(new Reading(ids[i], Measure.RELATIVE_HUMIDITY, base(i, Measure.RELATIVE_HUMIDITY), true, at));
            }
        }
        // settle the heap: the sensors' 56 MB of window arrays were allocated young during set-up; without this the
        // first young collection of the measurement copies and promotes them, which a long-running monitor never does
        System.gc();
    }

    private static double base(int sensor, Measure m) {
        return m == Measure.TEMPERATURE ? 20 + (sensor % 7) * 0.3 : 50 + (sensor % 5) * 1.5;
    }

    /**
     * @param sensor the sensor
     * @param m the measure
     * @param seconds seconds since the start, fractional
     * @return its value then: steady near the middle of the paper band, or wandering for one sensor in a hundred
     */
    static double value(int sensor, Measure m, double seconds) {
        double v = base(sensor, m) + 0.2 * Math.sin(seconds / 600.0);
        if (sensor % 100 == 0) {
            double phase = 2 * Math.PI * seconds / 40.0 + sensor;
            v += (m == Measure.TEMPERATURE ? 8 : 12) * Math.sin(phase);
        }
        return v;
    }

    // ---------------------------------------------------------------- paced, open loop

    /**
     * Starts an iteration 3 s before the next quarter-hour boundary of the simulated clock.
     *
     * @param params the iteration's parameters (warm-up or measurement, length)
     */
    @Setup(Level.Iteration)
    public void startIteration(IterationParams params) {
        measured = params.getType() == IterationType.MEASUREMENT;
        quarterHours++;
        iterationStart = START.plusSeconds(quarterHours * QUARTER_HOUR_SECONDS - 3);
        iterationNanos = params.getTime().convertTo(TimeUnit.NANOSECONDS);
        recorder.start((int) Math.min(Integer.MAX_VALUE - 8, iterationNanos / PERIOD_NANOS * 3 / 2 + 1_000));
        paced = 0;
        origin = System.nanoTime() + 1_000_000;
    }

    /**
     * Prints the iteration's latencies and adds them to the trial's.
     *
     * @param params the benchmark's parameters
     */
    @TearDown(Level.Iteration)
    public void endIteration(BenchmarkParams params) {
        if (recorder.count() == 0) {
            return;
        }
        double seconds = paced * (double) PERIOD_NANOS / 1e9;
        LatencyRecorder.Summary s = recorder.finish();
        PrintStream out = System.out;
        if (measured) {
            out.println();
            out.println(s.describe(shortName(params) + " iteration", seconds));
            trial = trial == null ? s : trial.merge(s);
            trialSeconds += seconds;
        }
    }

    /**
     * Prints the latencies of all measured iterations together.
     *
     * @param params the benchmark's parameters
     */
    @TearDown(Level.Trial)
    public void endTrial(BenchmarkParams params) {
        if (trial != null) {
            System.out.println();
            System.out.println(trial.describe(shortName(params) + " ALL MEASURED", trialSeconds));
        }
    }

    private static String shortName(BenchmarkParams params) {
        String b = params.getBenchmark();
        return b.substring(b.lastIndexOf('.') + 1);
    }

    /** Waits for the reading's scheduled arrival; returns at once when behind schedule. */
    private static void awaitArrival(long due) {
        while (System.nanoTime() - due < 0) {
            Thread.onSpinWait();
        }
    }

    private Reading nextPaced() {
        long n = paced;
        int sensor = (int) (n % SENSORS);
        long second = n / SENSORS;
        Measure m = ((second + sensor) & 1) == 0 ? Measure.TEMPERATURE : Measure.RELATIVE_HUMIDITY;
        long offsetNanos = n * PERIOD_NANOS;
        double simulated = (iterationStart.getEpochSecond() - START.getEpochSecond()) + offsetNanos / 1e9;
        return new Reading(ids[sensor], m, value(sensor, m, simulated), true, iterationStart.plusNanos(offsetNanos));
    }

    /**
     * One reading arriving on schedule and evaluated by the monitor; records its arrival→decision latency.
     *
     * @return the alerts the reading changed
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public List<EnvironmentAlert> arrivalToDecision() {
        Reading r = nextPaced();
        long due = origin + paced * PERIOD_NANOS;
        awaitArrival(due);
        List<EnvironmentAlert> changed = monitor.accept(r);
        recorder.record(System.nanoTime() - due, !changed.isEmpty());
        paced++;
        return changed;
    }

    /**
     * The peer: the same paced readings, deciding only whether the value is out of its range.
     *
     * @return whether it is out of range
     */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public boolean arrivalToRangeCheck() {
        Reading r = nextPaced();
        long due = origin + paced * PERIOD_NANOS;
        awaitArrival(due);
        boolean out = paper.limits(r.measure()).excess(r.value()) > 0;
        recorder.record(System.nanoTime() - due, out);
        paced++;
        return out;
    }

    // ---------------------------------------------------------------- back to back, closed loop

    /** @return the alerts changed by the reading */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public List<EnvironmentAlert> evaluate() {
        long n = reading++;
        int sensor = (int) (n % SENSORS);
        long round = n / SENSORS;
        return monitor.accept(new Reading(ids[sensor], Measure.TEMPERATURE, value(sensor, Measure.TEMPERATURE, round),
                true, START.plusSeconds(round)));
    }

    /** @return whether the reading is out of range */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    @Warmup(iterations = 2, time = 2)
    @Measurement(iterations = 3, time = 2)
    public boolean rangeCheckOnly() {
        long n = reading++;
        int sensor = (int) (n % SENSORS);
        return paper.temperature().excess(value(sensor, Measure.TEMPERATURE, n / SENSORS)) > 0;
    }
}

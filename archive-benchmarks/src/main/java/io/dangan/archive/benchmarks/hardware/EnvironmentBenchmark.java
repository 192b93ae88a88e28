package io.dangan.archive.benchmarks.hardware;

import io.dangan.archive.core.Hardware;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Limits;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
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
 * Evaluation of one reading (range tiers with dead-band, 24-hour swing, rate of change, offline clearing and
 * alert lifecycle) for 10,000 sensors reporting once a second each: readings cycle through the sensors and the
 * reading time advances one second per round; one sensor in a hundred wanders out of range so alerts are raised and
 * cleared. Sample mode gives the latency distribution (target: each alert decided within 10 ms, i.e. p99.99 well
 * under 10 ms) and the throughput against the 10,000 readings per second needed. Peer in the same run: a range check
 * only, the least any monitor must do. Run:
 * {@code taskset -c 0 java -jar archive-benchmarks/target/benchmarks.jar EnvironmentBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class EnvironmentBenchmark {
    static final int SENSORS = 10_000;
    private static final Instant START = Instant.parse("2026-11-25T00:00:00Z");

    private EnvironmentMonitor monitor;
    private String[] ids;
    private Limits limits;
    private long reading;

    /** Registers the sensors. */
    @Setup(Level.Trial)
    public void setUp() {
        monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, Clock.fixed(START, ZoneOffset.UTC), e -> { });
        ids = new String[SENSORS];
        for (int i = 0; i < SENSORS; i++) {
            ids[i] = "th-" + i;
            monitor.registerSensor(ids[i], "room-" + (i / 100), "paper", Duration.ofSeconds(1));
        }
        limits = EnvironmentProfiles.defaults().get("paper").temperature();
    }

    private double value(int sensor, long round) {
        double base = 20 + (sensor % 7) * 0.3 + Math.sin(round / 600.0) * 0.8;
        return sensor % 100 == 0 ? base + 5 * Math.sin(round / 120.0) : base;
    }

    /** @return the alerts changed by the reading */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<EnvironmentAlert> evaluate() {
        long n = reading++;
        int sensor = (int) (n % SENSORS);
        long round = n / SENSORS;
        return monitor.accept(new Reading(ids[sensor], Measure.TEMPERATURE, value(sensor, round), true,
                START.plusSeconds(round)));
    }

    /** @return whether the reading is out of range */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public boolean rangeCheckOnly() {
        long n = reading++;
        int sensor = (int) (n % SENSORS);
        return limits.excess(value(sensor, n / SENSORS)) > 0;
    }
}

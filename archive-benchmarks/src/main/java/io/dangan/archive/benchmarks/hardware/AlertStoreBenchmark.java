package io.dangan.archive.benchmarks.hardware;

import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.persistence.JpaStores;
import io.dangan.archive.core.persistence.SchemaMigrations;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The environment evaluation of {@link EnvironmentBenchmark} (10,000 sensors at one reading per second each, 1 % of
 * them wandering out of range; here from round 85 on, so that raises, escalations, swing and rate alerts fall into
 * the measured iterations) with the monitor's alerts recorded in a store: {@code memory} (the monitor without a
 * store argument, its open alerts in memory only) against {@code h2-file} (the Jakarta Persistence store on an
 * embedded H2 file database, the CLI's set-up: one transaction per alert change) and {@code postgresql} (the same
 * store on the test set-up's PostgreSQL, {@code DANGAN_PG_URL} or {@code jdbc:postgresql://127.0.0.1:5432/test} as
 * {@code postgres}, a fresh schema dropped afterwards). All in the same run. Sample mode gives the
 * latency distribution (target: each alert decided within 10 ms, store write included), throughput the readings per
 * second; the secondary metrics {@code alertChanges} and {@code readings} count, per iteration, the alert changes (each one
 * store write with {@code h2-file}) and the readings, showing that only the readings that change an alert reach the
 * store. {@code changeEveryReading} is the
 * worst case: 1,000 further sensors alternate between 30 °C and 20 °C, so that every reading raises or clears an
 * alert (and swing and rate alerts come and go), each change a store write. Run:
 * {@code taskset -c 0 java -jar archive-benchmarks/target/benchmarks.jar AlertStoreBenchmark}.
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class AlertStoreBenchmark {
    static final int SENSORS = 10_000;
    static final int FLIPPING = 1_000;
    private static final Instant START = Instant.parse("2026-11-25T00:00:00Z");

    /** The store behind the monitor. */
    @Param({"memory", "h2-file", "postgresql"})
    public String store;

    private Path dir;
    private String pgBase;
    private String pgSchema;
    private EntityManagerFactory emf;
    private EnvironmentMonitor monitor;
    private String[] ids;
    /** Starts at round 85, shortly before the wandering sensors first leave the band, so that alerts change. */
    private long reading = 85L * SENSORS;
    private String[] flips;
    private long flip;
    private final AtomicLong changes = new AtomicLong();

    /** What one iteration did, reported beside the score. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class Counts {
        /** Alert changes in the iteration: each one store write (none for {@code memory}). */
        public long alertChanges;
        /** Readings evaluated in the iteration. */
        public long readings;
    }

    /**
     * Opens the store and registers the sensors.
     *
     * @throws IOException when the database folder cannot be created
     * @throws SQLException when the database cannot be migrated
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, SQLException {
        AlertStore inner = null;
        if (store.equals("h2-file")) {
            dir = Files.createTempDirectory("dangan-alert-bench");
            String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
            try (Connection c = DriverManager.getConnection(url, "sa", "")) {
                SchemaMigrations.migrate(c);
            }
            emf = JpaStores.configuration("bench")
                    .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                    .property(PersistenceConfiguration.JDBC_URL, url)
                    .property(PersistenceConfiguration.JDBC_USER, "sa")
                    .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                    .property("hibernate.connection.pool_size", "4")
                    .createEntityManagerFactory();
            inner = JpaStores.alerts(emf);
        } else if (store.equals("postgresql")) {
            pgBase = System.getenv().getOrDefault("DANGAN_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
            pgSchema = "dangan_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            String url = pgBase + (pgBase.contains("?") ? "&" : "?") + "currentSchema=" + pgSchema;
            try (Connection c = DriverManager.getConnection(pgBase, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + pgSchema);
            }
            try (Connection c = DriverManager.getConnection(url, "postgres", "")) {
                SchemaMigrations.migrate(c);
            }
            emf = JpaStores.configuration("bench")
                    .provider("org.hibernate.jpa.HibernatePersistenceProvider")
                    .property(PersistenceConfiguration.JDBC_URL, url)
                    .property(PersistenceConfiguration.JDBC_USER, "postgres")
                    .property(PersistenceConfiguration.JDBC_PASSWORD, "")
                    .property("hibernate.default_schema", pgSchema)
                    .property("hibernate.connection.pool_size", "4")
                    .createEntityManagerFactory();
            inner = JpaStores.alerts(emf);
        }
        Clock clock = Clock.fixed(START, ZoneOffset.UTC);
        EventSink sink = e -> changes.incrementAndGet(); // one event per alert change, right after its store write
        monitor = inner == null ? Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, sink)
                : Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, sink, inner);
        ids = new String[SENSORS];
        for (int i = 0; i < SENSORS; i++) {
            ids[i] = "th-" + i;
            monitor.registerSensor(ids[i], "room-" + (i / 100), "paper", Duration.ofSeconds(1));
        }
        flips = new String[FLIPPING];
        for (int i = 0; i < FLIPPING; i++) {
            flips[i] = "flip-" + i;
            monitor.registerSensor(flips[i], "room-flip", "paper", Duration.ofSeconds(1));
        }
    }

    /**
     * Closes the store and deletes its files or schema.
     *
     * @throws SQLException when the PostgreSQL schema cannot be dropped
     */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
        if (emf != null) {
            emf.close();
        }
        if (pgSchema != null) {
            try (Connection c = DriverManager.getConnection(pgBase, "postgres", ""); Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + pgSchema + " CASCADE");
            }
        }
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private double value(int sensor, long round) {
        double base = 20 + (sensor % 7) * 0.3 + Math.sin(round / 600.0) * 0.8;
        return sensor % 100 == 0 ? base + 5 * Math.sin(round / 120.0) : base;
    }

    /**
     * @param counts the iteration's counters
     * @return the alerts changed by the reading
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<EnvironmentAlert> evaluate(Counts counts) {
        long n = reading++;
        int sensor = (int) (n % SENSORS);
        long round = n / SENSORS;
        long before = changes.get();
        List<EnvironmentAlert> changed = monitor.accept(new Reading(ids[sensor], Measure.TEMPERATURE,
                value(sensor, round), true, START.plusSeconds(round)));
        counts.readings++;
        counts.alertChanges += changes.get() - before;
        return changed;
    }

    /**
     * @param counts the iteration's counters
     * @return the alerts changed by the reading: at least one each time
     */
    @Benchmark
    @BenchmarkMode({Mode.SampleTime, Mode.Throughput})
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<EnvironmentAlert> changeEveryReading(Counts counts) {
        long n = flip++;
        int sensor = (int) (n % FLIPPING);
        long round = n / FLIPPING;
        long before = changes.get();
        List<EnvironmentAlert> changed = monitor.accept(new Reading(flips[sensor], Measure.TEMPERATURE,
                round % 2 == 0 ? 30 : 20, true, START.plusSeconds(round)));
        counts.readings++;
        counts.alertChanges += changes.get() - before;
        return changed;
    }
}

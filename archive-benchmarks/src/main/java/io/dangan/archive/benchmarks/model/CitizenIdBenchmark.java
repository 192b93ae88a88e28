package io.dangan.archive.benchmarks.model;

import io.dangan.archive.model.CitizenId;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full GB 11643 validation of a citizen id ({@link CitizenId#of}) against a regex-only shape check,
 * the usual shortcut in records systems, which catches no typos. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar CitizenIdBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class CitizenIdBenchmark {
    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private final String id = "11010519491231002X";

    /** @return the validated id */
    @Benchmark
    public CitizenId fullValidation() {
        return CitizenId.of(id);
    }

    /** @return whether the shape matches */
    @Benchmark
    public boolean regexShapeOnly() {
        return SHAPE.matcher(id).matches();
    }
}

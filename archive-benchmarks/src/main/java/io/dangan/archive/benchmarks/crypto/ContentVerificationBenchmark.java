package io.dangan.archive.benchmarks.crypto;

import io.dangan.archive.core.ContentStores;
import io.dangan.archive.store.ContentStore;
import io.dangan.archive.store.ContentVerificationProgress;
import io.dangan.archive.store.ContentVerificationReport;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * Whole-store verification of the default filesystem store (48 objects of 1 MiB, SM3 addresses, files in the page
 * cache after the first pass) on 1 thread and on N threads ({@code threads} parameter; N = the machine's cores).
 * Target: the N-thread rate ≥ 0.85 × N × the 1-thread rate. Run:
 * {@code java -jar archive-benchmarks/target/benchmarks.jar ContentVerificationBenchmark -p threads=1,2}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ContentVerificationBenchmark {
    /** Worker threads. */
    @Param({"1", "2"})
    public int threads;

    private Path root;
    private ContentStore store;

    /**
     * Fills a store in a temporary directory.
     *
     * @throws IOException when the directory cannot be made
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        root = Files.createTempDirectory("dangan-bench-store");
        store = ContentStores.filesystem(root);
        Random r = new Random(3);
        byte[] b = new byte[1024 * 1024];
        for (int i = 0; i < 48; i++) {
            r.nextBytes(b);
            store.put(new ByteArrayInputStream(b));
        }
    }

    /**
     * Removes the store.
     *
     * @throws IOException when deleting fails
     */
    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> w = Files.walk(root)) {
            w.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    /** @return the report */
    @Benchmark
    public ContentVerificationReport verifyStore() {
        return ContentStores.verify(store, null, threads, ContentVerificationProgress.none());
    }
}

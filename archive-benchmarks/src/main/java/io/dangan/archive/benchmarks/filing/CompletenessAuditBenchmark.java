package io.dangan.archive.benchmarks.filing;

import io.dangan.archive.core.Filing;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.filing.CompletenessEngine;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.testkit.BuiltDossier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Completeness audit throughput (齐全性审核吞吐) over a generated province-sized repository: 100,000 dossiers
 * × 150 materials, streamed in store order (dossiers by id, materials in catalogue order) through the
 * repository auditor's merge join, in a 256 MiB heap. Each invocation audits the next slice of
 * {@value #SLICE} dossiers ({@value #SLICE_MATERIALS} materials), so the score is materials per second on one
 * thread; a full pass is {@link #fullProvince}.
 *
 * <p>Peers in the same run: {@link #streamOnly} (constructing and iterating the same materials without
 * auditing: the floor any streamed audit pays) and {@link #groupInMemoryThenAudit} (the naive way: collect a
 * slice into a map by dossier, then audit each).
 *
 * <p>Run: {@code java -jar archive-benchmarks/target/benchmarks.jar CompletenessAuditBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 4, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx256m", "-Xms256m"})
public class CompletenessAuditBenchmark {
    static final int DOSSIERS = 100_000;
    static final int MATERIALS = 150;
    static final int SLICE = 1_000;
    static final int SLICE_MATERIALS = SLICE * MATERIALS;

    private GeneratedRepository repository;
    private CompletenessEngine engine;
    private long cursor;

    /** Builds the templates and the auditor. */
    @Setup(Level.Trial)
    public void setUp() {
        FilingStandard standard = FilingStandards.cadre2018();
        repository = new GeneratedRepository(standard, MATERIALS);
        engine = Filing.completenessEngine(standard);
    }

    private long nextSlice() {
        long from = cursor;
        cursor = (cursor + SLICE) % DOSSIERS;
        return from;
    }

    /**
     * @param bh sink
     * @return the slice's summary
     */
    @Benchmark
    @OperationsPerInvocation(SLICE_MATERIALS)
    public RepositoryAuditSummary streamedAudit(Blackhole bh) {
        long from = nextSlice();
        return engine.auditAll(repository.dossiers(from, from + SLICE), repository.materials(from, from + SLICE),
                repository::subject, id -> List.of(), GeneratedRepository.AS_OF, bh::consume);
    }

    /**
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(SLICE_MATERIALS)
    public void streamOnly(Blackhole bh) {
        long from = nextSlice();
        Iterator<Dossier> d = repository.dossiers(from, from + SLICE);
        while (d.hasNext()) {
            bh.consume(d.next());
        }
        Iterator<Material> m = repository.materials(from, from + SLICE);
        while (m.hasNext()) {
            bh.consume(m.next());
        }
    }

    /**
     * @param bh sink
     */
    @Benchmark
    @OperationsPerInvocation(SLICE_MATERIALS)
    public void groupInMemoryThenAudit(Blackhole bh) {
        long from = nextSlice();
        Map<DossierId, List<Material>> byDossier = new HashMap<>();
        Iterator<Material> m = repository.materials(from, from + SLICE);
        while (m.hasNext()) {
            Material x = m.next();
            byDossier.computeIfAbsent(x.dossier(), k -> new ArrayList<>()).add(x);
        }
        Iterator<Dossier> d = repository.dossiers(from, from + SLICE);
        while (d.hasNext()) {
            Dossier dossier = d.next();
            bh.consume(engine.audit(repository.subject(dossier), dossier.id(),
                    byDossier.getOrDefault(dossier.id(), List.of()), List.of(), GeneratedRepository.AS_OF));
        }
    }

    /**
     * The whole province in one pass (100,000 dossiers, about 15 million materials) in the 256 MiB heap.
     *
     * @param bh sink
     * @return the summary
     */
    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 1)
    @Measurement(iterations = 1)
    public RepositoryAuditSummary fullProvince(Blackhole bh) {
        return engine.auditAll(repository.dossiers(0, DOSSIERS), repository.materials(0, DOSSIERS), repository::subject,
                id -> List.of(), GeneratedRepository.AS_OF, bh::consume);
    }

    /** One dossier of 150 materials, in catalogue order and shuffled. */
    @State(Scope.Benchmark)
    public static class OneDossier {
        CompletenessEngine auditor;
        BuiltDossier dossier;
        List<Material> shuffled;

        /** Builds the dossier. */
        @Setup(Level.Trial)
        public void setUp() {
            FilingStandard standard = FilingStandards.cadre2018();
            auditor = Filing.completenessEngine(standard);
            dossier = new GeneratedRepository(standard, MATERIALS).template(3);
            shuffled = new ArrayList<>(dossier.materials());
            Collections.shuffle(shuffled, new Random(7));
        }
    }

    /**
     * Audit of one dossier of 150 materials given in catalogue order (as the store returns them); target under
     * 50 µs.
     *
     * @param s the dossier
     * @return the report
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CompletenessReport oneDossier(OneDossier s) {
        return s.auditor.audit(s.dossier.subject(), s.dossier.dossier().id(), s.dossier.materials(), List.of(),
                GeneratedRepository.AS_OF);
    }

    /**
     * Peer of {@link #oneDossier}: the same dossier shuffled, so the audit sorts it first.
     *
     * @param s the dossier
     * @return the report
     */
    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public CompletenessReport oneDossierShuffled(OneDossier s) {
        return s.auditor.audit(s.dossier.subject(), s.dossier.dossier().id(), s.shuffled, List.of(),
                GeneratedRepository.AS_OF);
    }
}

package io.dangan.archive.benchmarks.filing;

import io.dangan.archive.core.Filing;
import io.dangan.archive.core.FilingStandards;
import io.dangan.archive.filing.CompletenessEngine;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.RepositoryAuditSummary;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.Iterator;
import java.util.List;

/**
 * Companion of {@link CompletenessAuditBenchmark} for a shared machine: audits the generated province
 * (100,000 dossiers × 150 materials, streamed) once and reports wall time, the auditing thread's CPU time
 * (materials per CPU-second is materials per second per core, whatever else the machine runs) and the peak
 * heap in use. The peer, in the same run, is the stream alone. Run with a bounded heap:
 * {@code java -Xmx256m -cp archive-benchmarks/target/benchmarks.jar io.dangan.archive.benchmarks.filing.ProvinceAuditRun}
 */
public final class ProvinceAuditRun {
    private ProvinceAuditRun() {
    }

    /**
     * Runs the measurement.
     *
     * @param args optional: the number of dossiers (default 100,000)
     */
    public static void main(String[] args) {
        PrintStream out = System.out;
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : CompletenessAuditBenchmark.DOSSIERS;
        FilingStandard standard = FilingStandards.cadre2018();
        GeneratedRepository repo = new GeneratedRepository(standard, CompletenessAuditBenchmark.MATERIALS);
        CompletenessEngine engine = Filing.completenessEngine(standard);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int warm = 0; warm < 3; warm++) {
            audit(engine, repo, 20_000);
            stream(repo, 20_000);
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        long cpu0 = threads.getCurrentThreadCpuTime();
        long wall0 = System.nanoTime();
        long materials = stream(repo, dossiers);
        long streamCpu = threads.getCurrentThreadCpuTime() - cpu0;
        long streamWall = System.nanoTime() - wall0;
        cpu0 = threads.getCurrentThreadCpuTime();
        wall0 = System.nanoTime();
        RepositoryAuditSummary summary = audit(engine, repo, dossiers);
        long auditCpu = threads.getCurrentThreadCpuTime() - cpu0;
        long auditWall = System.nanoTime() - wall0;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf("dossiers %d, materials %d, dossiers with findings %d%n", summary.dossiers(), summary.materials(),
                summary.dossiersWithFindings());
        out.printf("stream only : wall %.2f s, cpu %.2f s, %.0f materials/cpu-s%n", streamWall / 1e9, streamCpu / 1e9,
                materials / (streamCpu / 1e9));
        out.printf("stream+audit: wall %.2f s, cpu %.2f s, %.0f materials/cpu-s, %.0f materials/wall-s%n", auditWall / 1e9,
                auditCpu / 1e9, summary.materials() / (auditCpu / 1e9), summary.materials() / (auditWall / 1e9));
        out.printf("audit alone (difference): %.0f ns/material%n", (auditCpu - streamCpu) / (double) materials);
        out.printf("max heap %d MiB, peak heap in use %d MiB%n", Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    private static RepositoryAuditSummary audit(CompletenessEngine engine, GeneratedRepository repo, int dossiers) {
        return engine.auditAll(repo.dossiers(0, dossiers), repo.materials(0, dossiers), repo::subject, id -> List.of(),
                GeneratedRepository.AS_OF, r -> { });
    }

    private static long stream(GeneratedRepository repo, int dossiers) {
        long n = 0;
        Iterator<io.dangan.archive.model.Dossier> d = repo.dossiers(0, dossiers);
        while (d.hasNext()) {
            n += d.next().id().value().length() > 0 ? 0 : 1;
        }
        Iterator<io.dangan.archive.model.Material> m = repo.materials(0, dossiers);
        while (m.hasNext()) {
            n += m.next().pages() > 0 ? 1 : 0;
        }
        return n;
    }
}

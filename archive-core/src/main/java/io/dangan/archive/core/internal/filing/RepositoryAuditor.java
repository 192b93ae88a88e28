package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.Finding;
import io.dangan.archive.filing.FindingCode;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The completeness audit of a whole repository (全库审核) as a merge join of two streams ordered by dossier id:
 * the dossiers and the materials. Only one dossier's materials are held at a time, so memory is constant in the
 * repository's size; time is linear in the number of materials. Dossiers without materials are audited too;
 * materials whose dossier is not in the dossier stream are skipped.
 */
public final class RepositoryAuditor {
    private final CompletenessAuditor auditor;

    /**
     * @param auditor the single-dossier audit
     */
    public RepositoryAuditor(CompletenessAuditor auditor) {
        this.auditor = auditor;
    }

    /**
     * Runs the audit.
     *
     * @param dossiers every dossier, ordered by id
     * @param materials every material, ordered by dossier id
     * @param subjects the subject of a dossier
     * @param registers the register entries of a dossier
     * @param asOf the audit date
     * @param each receives each report
     * @return the totals
     */
    public RepositoryAuditSummary audit(Iterator<Dossier> dossiers, Iterator<Material> materials,
            Function<Dossier, Subject> subjects, Function<DossierId, List<MissingMaterialEntry>> registers, LocalDate asOf,
            Consumer<? super CompletenessReport> each) {
        long dossierCount = 0;
        long materialCount = 0;
        long withFindings = 0;
        long[] counts = new long[FindingCode.values().length];
        List<Material> batch = new ArrayList<>(512);
        Material pending = materials.hasNext() ? materials.next() : null;
        while (dossiers.hasNext()) {
            Dossier dossier = dossiers.next();
            DossierId id = dossier.id();
            batch.clear();
            while (pending != null && pending.dossier().compareTo(id) < 0) {
                pending = materials.hasNext() ? materials.next() : null;
            }
            while (pending != null && pending.dossier().equals(id)) {
                batch.add(pending);
                pending = materials.hasNext() ? materials.next() : null;
            }
            CompletenessReport report = auditor.audit(subjects.apply(dossier), id, batch, registers.apply(id), asOf);
            dossierCount++;
            materialCount += report.materialCount();
            if (!report.findings().isEmpty()) {
                withFindings++;
                for (Finding f : report.findings()) {
                    counts[f.code().ordinal()]++;
                }
            }
            each.accept(report);
        }
        Map<FindingCode, Long> byCode = new EnumMap<>(FindingCode.class);
        for (FindingCode c : FindingCode.values()) {
            byCode.put(c, counts[c.ordinal()]);
        }
        return new RepositoryAuditSummary(asOf, dossierCount, materialCount, withFindings, byCode);
    }
}

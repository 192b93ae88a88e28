package io.dangan.archive.filing;

import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The completeness audit as a pure engine over values (齐全性审核引擎), bound to one filing standard: for data
 * that is not (yet) in a store, such as an import being checked, and for benchmarks. The store-backed
 * {@link FilingAuditService} runs the same engine. Thread-safe.
 */
public interface CompletenessEngine {

    /** @return the standard audited against */
    FilingStandard standard();

    /**
     * Audits one dossier.
     *
     * @param subject the subject
     * @param dossier the dossier
     * @param materials its materials in any order and status; only filed ones are examined
     * @param register the dossier's register entries, for their dates
     * @param asOf the audit date
     * @return the report
     */
    CompletenessReport audit(Subject subject, DossierId dossier, List<Material> materials,
            List<MissingMaterialEntry> register, LocalDate asOf);

    /**
     * Audits a repository as a merge join of two streams ordered by dossier id, holding one dossier's materials at
     * a time.
     *
     * @param dossiers every dossier, ordered by id
     * @param materials every material, ordered by dossier id
     * @param subjects the subject of a dossier
     * @param registers the register entries of a dossier
     * @param asOf the audit date
     * @param each receives each report
     * @return the totals
     */
    RepositoryAuditSummary auditAll(Iterator<Dossier> dossiers, Iterator<Material> materials,
            Function<Dossier, Subject> subjects, Function<DossierId, List<MissingMaterialEntry>> registers, LocalDate asOf,
            Consumer<? super CompletenessReport> each);
}

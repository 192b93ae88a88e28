package io.dangan.archive.core.internal.filing;

import io.dangan.archive.filing.CompletenessEngine;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.FilingStandard;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.Subject;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** {@link CompletenessEngine} over the {@link CompletenessAuditor} and {@link RepositoryAuditor}. */
public final class DefaultCompletenessEngine implements CompletenessEngine {
    private final CompletenessAuditor auditor;
    private final RepositoryAuditor repository;

    /**
     * @param standard the standard
     */
    public DefaultCompletenessEngine(FilingStandard standard) {
        this.auditor = new CompletenessAuditor(new CompiledStandard(standard));
        this.repository = new RepositoryAuditor(auditor);
    }

    @Override
    public FilingStandard standard() {
        return auditor.standard().standard();
    }

    @Override
    public CompletenessReport audit(Subject subject, DossierId dossier, List<Material> materials,
            List<MissingMaterialEntry> register, LocalDate asOf) {
        return auditor.audit(subject, dossier, materials, register, asOf);
    }

    @Override
    public RepositoryAuditSummary auditAll(Iterator<Dossier> dossiers, Iterator<Material> materials,
            Function<Dossier, Subject> subjects, Function<DossierId, List<MissingMaterialEntry>> registers, LocalDate asOf,
            Consumer<? super CompletenessReport> each) {
        return repository.audit(dossiers, materials, subjects, registers, asOf, each);
    }
}

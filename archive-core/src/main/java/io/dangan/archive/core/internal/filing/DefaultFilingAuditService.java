package io.dangan.archive.core.internal.filing;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.filing.CompletenessReport;
import io.dangan.archive.filing.DeclaredFacts;
import io.dangan.archive.filing.DeterminationForm;
import io.dangan.archive.filing.FactSheet;
import io.dangan.archive.filing.FilingAuditService;
import io.dangan.archive.filing.MigrationReport;
import io.dangan.archive.filing.MissingMaterialEntry;
import io.dangan.archive.filing.MissingMaterialRegistered;
import io.dangan.archive.filing.RepositoryAuditSummary;
import io.dangan.archive.filing.StandardMapping;
import io.dangan.archive.model.Dossier;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.Subject;
import io.dangan.archive.store.ArchiveStore;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** The store-backed {@link FilingAuditService}. Thread-safe. */
public final class DefaultFilingAuditService implements FilingAuditService {
    private final Clock clock;
    private final ArchiveStore store;
    private final EventSink events;
    private final StandardSet standards;

    /**
     * @param clock the archive's clock
     * @param store the metadata store
     * @param events where events go after each commit
     * @param standards the filing standards
     */
    public DefaultFilingAuditService(Clock clock, ArchiveStore store, EventSink events, StandardSet standards) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
        this.standards = Objects.requireNonNull(standards, "standards");
    }

    @Override
    public CompletenessReport auditCompleteness(DossierId dossier, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        CompletenessAuditor auditor = new CompletenessAuditor(standards.inForce(asOf));
        return store.read(s -> {
            Dossier d = DefaultFilingService.dossier(s, dossier);
            Subject subject = DefaultFilingService.subject(s, d);
            return auditor.audit(subject, dossier, s.materials().findByDossier(dossier),
                    s.missingMaterials().findByDossier(dossier), asOf);
        });
    }

    @Override
    public RepositoryAuditSummary auditRepository(LocalDate asOf, Consumer<? super CompletenessReport> each) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(each, "each");
        RepositoryAuditor auditor = new RepositoryAuditor(new CompletenessAuditor(standards.inForce(asOf)));
        return store.read(s -> {
            try (Stream<Dossier> dossiers = s.dossiers().streamAll(); Stream<Material> materials = s.materials().streamAll()) {
                return auditor.audit(dossiers.iterator(), materials.iterator(), d -> DefaultFilingService.subject(s, d),
                        id -> s.missingMaterials().findByDossier(id), asOf, each);
            }
        });
    }

    @Override
    public List<MissingMaterialEntry> registerMissing(DossierId dossier, LocalDate asOf, String actor) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(actor, "actor");
        CompletenessAuditor auditor = new CompletenessAuditor(standards.inForce(asOf));
        List<String> registeredTypes = new ArrayList<>();
        int[] resolved = new int[1];
        int[] chasedAgain = new int[1];
        java.time.Period chase = standards.inForce(asOf).standard().chaseInterval();
        List<MissingMaterialEntry> open = store.write(s -> {
            Dossier d = DefaultFilingService.dossier(s, dossier);
            List<MissingMaterialEntry> register = s.missingMaterials().findByDossier(dossier);
            CompletenessReport report = auditor.audit(DefaultFilingService.subject(s, d), dossier,
                    s.materials().findByDossier(dossier), register, asOf);
            Set<String> stillMissing = new HashSet<>();
            for (MissingMaterialEntry e : report.missing()) {
                stillMissing.add(e.typeCode());
                boolean known = register.stream().anyMatch(r -> r.open() && r.typeCode().equals(e.typeCode()));
                if (!known) {
                    s.missingMaterials().put(e);
                    registeredTypes.add(e.typeCode());
                }
            }
            for (MissingMaterialEntry r : register) {
                if (r.open() && !stillMissing.contains(r.typeCode())) {
                    s.missingMaterials().put(r.resolve(asOf.isBefore(r.registeredOn()) ? r.registeredOn() : asOf));
                    resolved[0]++;
                } else if (r.open() && asOf.isAfter(r.chaseBy())) {
                    s.missingMaterials().put(r.chaseAgainBy(asOf.plus(chase)));
                    chasedAgain[0]++;
                }
            }
            return s.missingMaterials().findByDossier(dossier).stream().filter(MissingMaterialEntry::open).toList();
        });
        if (!registeredTypes.isEmpty() || resolved[0] > 0 || chasedAgain[0] > 0) {
            events.emit(new MissingMaterialRegistered(clock.instant(), actor, dossier, registeredTypes.size(), resolved[0],
                    chasedAgain[0], String.join(",", registeredTypes)));
        }
        return open;
    }

    @Override
    public MigrationReport migrationReport(DossierId dossier, String from, String to) {
        Objects.requireNonNull(dossier, "dossier");
        standards.get(from);
        standards.get(to);
        StandardMapping mapping = standards.registry().mapping(from, to).orElseThrow(() -> new NotFoundException(
                ErrorCode.STANDARD_NOT_IN_FORCE, "mapping " + from + "->" + to,
                "no mapping table from %s to %s is loaded".formatted(from, to)));
        return store.read(s -> {
            DefaultFilingService.dossier(s, dossier);
            return MigrationPlanner.plan(dossier, mapping, s.materials().findByDossier(dossier));
        });
    }

    @Override
    public DeterminationForm specialAudit(DossierId dossier, LocalDate asOf) {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(asOf, "asOf");
        CompiledStandard standard = standards.inForce(asOf);
        return store.read(s -> {
            Dossier d = DefaultFilingService.dossier(s, dossier);
            Subject subject = DefaultFilingService.subject(s, d);
            Map<MaterialId, FactSheet> facts = new HashMap<>();
            for (DeclaredFacts f : s.declaredFacts().findByDossier(dossier)) {
                facts.put(f.material(), f.facts());
            }
            return SpecialAuditor.audit(subject, dossier, s.materials().findByDossier(dossier), facts, standard, asOf);
        });
    }
}

package io.dangan.archive.core.internal.access;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import io.dangan.archive.audit.AuditLog;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.audit.ConsistencyProof;
import io.dangan.archive.audit.InclusionProof;
import io.dangan.archive.filing.FilingService;
import io.dangan.archive.filing.HandOver;
import io.dangan.archive.filing.HandOverRequest;
import io.dangan.archive.filing.ReturnNotice;
import io.dangan.archive.filing.ReviewInput;
import io.dangan.archive.filing.ReviewRecord;
import io.dangan.archive.model.ContentRef;
import io.dangan.archive.model.Digest;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.seal.Seal;
import io.dangan.archive.seal.SealService;
import io.dangan.archive.store.ArchiveStore;
import io.dangan.archive.store.ContentStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The archive on behalf of a principal (受控档案库): each operation names its resource, asks the guard (which
 * decides, audits and throws on a deny) and only then calls the archive's service. Services the archive was built
 * without (content store, signing key, audit log) fail with {@link IllegalStateException} before any decision, since
 * a missing part is a wiring error and not an access. Thread-safe when the services are.
 */
public final class DefaultGuardedArchive implements GuardedArchive {
    private final GuardedDossiers dossiers;
    private final ArchiveStore store;
    private final FilingService filing;
    private final Supplier<SealService> seals;
    private final @Nullable ContentStore contents;
    private final @Nullable AuditLog auditLog;
    private final @Nullable ApprovalService approvals;
    private final AccessGuard guard;
    private final Function<Material, Classification> labels;
    private final Clock clock;

    /**
     * @param dossiers guarded dossier viewing and recording
     * @param store the metadata store, where materials are looked up to name the resource
     * @param filing the filing workflow
     * @param seals the seal service, asked for on each sealing call (it throws {@link IllegalStateException} when
     *     the archive has no signing key)
     * @param contents the content store, or {@code null}
     * @param auditLog the audit log to read, or {@code null}
     * @param approvals the approval workflow, which spends single-use approvals, or {@code null}
     * @param guard the guard
     * @param labels each material's sensitivity label (密级)
     * @param clock the archive's clock
     */
    public DefaultGuardedArchive(GuardedDossiers dossiers, ArchiveStore store, FilingService filing,
            Supplier<SealService> seals, @Nullable ContentStore contents, @Nullable AuditLog auditLog,
            @Nullable ApprovalService approvals, AccessGuard guard,
            Function<Material, Classification> labels, Clock clock) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.store = Objects.requireNonNull(store, "store");
        this.filing = Objects.requireNonNull(filing, "filing");
        this.seals = Objects.requireNonNull(seals, "seals");
        this.contents = contents;
        this.auditLog = auditLog;
        this.approvals = approvals;
        this.guard = Objects.requireNonNull(guard, "guard");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---- dossiers -----------------------------------------------------------------------------------------------

    @Override
    public Reading view(PrincipalId by, DossierId dossier, @Nullable ApprovalId approval, @Nullable String purpose) {
        return dossiers.view(by, dossier, approval, purpose);
    }

    @Override
    public Material file(PrincipalId by, Material material) {
        return dossiers.file(by, material);
    }

    // ---- content ------------------------------------------------------------------------------------------------

    @Override
    public ContentReading openContent(PrincipalId by, MaterialId material, String fileName, Action use,
            @Nullable ApprovalId approval, @Nullable String purpose) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(use, "use");
        if (use != Action.VIEW && use != Action.EXCERPT && use != Action.COPY) {
            throw new IllegalArgumentException("content is read to view, excerpt or copy, not to " + use.code());
        }
        ContentStore content = contents;
        if (content == null) {
            throw new IllegalStateException("this archive has no content store: build it with contentStore(...)");
        }
        Permitted p = checkMaterial(by, use, material, new AccessContext(clock.instant(), approval, purpose));
        Material m = p.material();
        ContentRef file = m.contents().stream().filter(c -> c.fileName().equals(fileName)).findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "material " + material + "/contents",
                        "material %s has no content file '%s'".formatted(material, fileName)));
        Digest address = file.digest(content.addressAlgorithm()).orElseThrow(() -> new NotFoundException(
                ErrorCode.CONTENT_MISSING, "material " + material + "/contents/" + fileName,
                "content file '%s' of material %s has no %s digest, the content store's address".formatted(fileName,
                        material, content.addressAlgorithm().standardName())));
        InputStream in = content.open(address);
        return new ContentReading(m, file, p.decision(), in);
    }

    // ---- borrow, transfer, destroy --------------------------------------------------------------------------------

    @Override
    public Decision authorise(PrincipalId by, Action action, DossierId dossier, ApprovalId approval, String purpose) {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(approval, "approval");
        Objects.requireNonNull(purpose, "purpose");
        if (action != Action.BORROW && !action.spendsApproval()) {
            throw new IllegalArgumentException("authorise is for borrow, transfer or destroy, not " + action.code()
                    + ": the other actions have guarded operations of their own");
        }
        AccessRequest request = AccessRequest.of(by, action, Resource.dossier(dossier),
                AccessContext.withApproval(clock.instant(), approval, purpose));
        if (!action.spendsApproval()) {
            return guard.check(request);
        }
        ApprovalService workflow = approvals;
        if (workflow == null) {
            throw new IllegalStateException("a " + action.code() + " spends its single-use approval: build the guarded"
                    + " archive with approvals(...)");
        }
        return guard.check(request, permit -> spend(workflow, approval, by));
    }

    /** Marks the approval used; false when another request spent (or someone revoked) it since it was decided. */
    private static boolean spend(ApprovalService workflow, ApprovalId approval, PrincipalId by) {
        try {
            workflow.markUsed(approval, by);
            return true;
        } catch (ConflictException e) {
            if (e.code() == ErrorCode.APPROVAL_STATE) {
                return false;
            }
            throw e;
        }
    }

    // ---- filing -------------------------------------------------------------------------------------------------

    @Override
    public HandOver register(PrincipalId by, HandOverRequest request) {
        requireActor(by, request.actor(), "handOver " + request.id() + "/actor");
        check(by, Action.FILE, Resource.dossier(request.dossier()));
        return filing.register(request);
    }

    @Override
    public ReviewRecord review(PrincipalId by, MaterialId material, ReviewInput input) {
        requireActor(by, input.reviewer(), "review of " + material + "/reviewer");
        checkMaterial(by, Action.FILE, material, AccessContext.at(clock.instant()));
        return filing.review(material, input);
    }

    @Override
    public Material fileAccepted(PrincipalId by, MaterialId material) {
        checkMaterial(by, Action.FILE, material, AccessContext.at(clock.instant()));
        return filing.file(material, by.value());
    }

    @Override
    public ReturnNotice returnToSource(PrincipalId by, MaterialId material) {
        checkMaterial(by, Action.FILE, material, AccessContext.at(clock.instant()));
        return filing.returnToSource(material, by.value());
    }

    // ---- seals --------------------------------------------------------------------------------------------------

    @Override
    public Seal seal(PrincipalId by, DossierId dossier) {
        SealService s = seals.get();
        check(by, Action.FILE, Resource.dossier(dossier));
        return s.seal(dossier);
    }

    @Override
    public Seal amend(PrincipalId by, DossierId dossier, Collection<MaterialId> materials, String reason) {
        SealService s = seals.get();
        check(by, Action.AMEND, Resource.dossier(dossier));
        return s.amend(dossier, materials, reason);
    }

    // ---- audit log ----------------------------------------------------------------------------------------------

    @Override
    public List<AuditRecord> queryAudit(PrincipalId by, AuditQuery query) {
        Objects.requireNonNull(query, "query");
        AuditLog log = readableLog(by);
        return log.query(query);
    }

    @Override
    public void exportAudit(PrincipalId by, Writer out) throws IOException {
        Objects.requireNonNull(out, "out");
        AuditLog log = readableLog(by);
        log.exportJsonLines(out);
    }

    @Override
    public InclusionProof auditInclusionProof(PrincipalId by, long sequence, long treeSize) {
        return readableLog(by).inclusionProof(sequence, treeSize);
    }

    @Override
    public ConsistencyProof auditConsistencyProof(PrincipalId by, long firstSize, long secondSize) {
        return readableLog(by).consistencyProof(firstSize, secondSize);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** Decides {@code READ_AUDIT} for {@code by} and hands back the log when permitted. */
    private AuditLog readableLog(PrincipalId by) {
        AuditLog log = auditLog;
        if (log == null) {
            throw new IllegalStateException("no audit log was given: build the guarded archive with auditLog(...)");
        }
        check(by, Action.READ_AUDIT, Resource.auditLog());
        return log;
    }

    private Decision check(PrincipalId by, Action action, Resource resource) {
        return guard.check(AccessRequest.of(by, action, resource, AccessContext.at(clock.instant())));
    }

    /** A material and the decision that permitted an action on it. */
    private record Permitted(Material material, Decision decision) {
    }

    /**
     * Decides an action on one material, named with its dossier, class and label; an unknown material is decided as
     * {@link Resource#unknownMaterial}, so the denial ({@code UNKNOWN_MATERIAL}) is audited like any other.
     */
    private Permitted checkMaterial(PrincipalId by, Action action, MaterialId id, AccessContext context) {
        Objects.requireNonNull(id, "material");
        Optional<Material> found = store.read(s -> s.materials().find(id));
        Resource resource = found.map(m -> Resource.material(m.dossier(), m.id(), m.category(), labels.apply(m)))
                .orElseGet(() -> Resource.unknownMaterial(id));
        Decision d = guard.check(AccessRequest.of(by, action, resource, context));
        // only a decision point that breaks its contract permits an unknown material: fail closed all the same
        Material m = found.orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND, "material " + id,
                "material %s does not exist".formatted(id)));
        return new Permitted(m, d);
    }

    private static void requireActor(PrincipalId by, String actor, String where) {
        if (!by.value().equals(actor)) {
            throw new InvalidInputException(ErrorCode.ACCESS_ACTOR_MISMATCH, where,
                    "%s is recorded as actor, but the operation runs for principal %s".formatted(actor, by));
        }
    }
}

package io.dangan.archive.core.internal.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.NotFoundException;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.GuardedDossiers;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import io.dangan.archive.dossier.DossierService;
import io.dangan.archive.dossier.DossierView;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.Material;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Dossier reading and filing through the guard (受控档案操作): decide and audit first, then read or write.
 * Materials of a permitted view are filtered by a quiet per-material decision (not audited one by one: the
 * audited decision is the dossier's).
 */
public final class DefaultGuardedDossiers implements GuardedDossiers {
    private final DossierService dossiers;
    private final AccessGuard guard;
    private final AccessControl control;
    private final Function<Material, Classification> labels;
    private final Clock clock;

    /**
     * @param dossiers the dossier service
     * @param guard the guard
     * @param control the decision point (for material filtering)
     * @param labels each material's sensitivity label (密级)
     * @param clock the archive's clock
     */
    public DefaultGuardedDossiers(DossierService dossiers, AccessGuard guard, AccessControl control,
            Function<Material, Classification> labels, Clock clock) {
        this.dossiers = Objects.requireNonNull(dossiers, "dossiers");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.control = Objects.requireNonNull(control, "control");
        this.labels = Objects.requireNonNull(labels, "labels");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Reading view(PrincipalId by, DossierId dossier, @Nullable ApprovalId approval, @Nullable String purpose) {
        Instant now = clock.instant();
        AccessContext ctx = new AccessContext(now, approval, purpose);
        Decision d = guard.check(AccessRequest.of(by, Action.VIEW, Resource.dossier(dossier), ctx));
        DossierView v = dossiers.view(dossier).orElseThrow(() -> new NotFoundException(ErrorCode.NOT_FOUND,
                "dossier " + dossier, "dossier %s is permitted but not stored".formatted(dossier)));
        List<Material> visible = new ArrayList<>();
        for (Material m : v.materials()) {
            Resource r = Resource.material(dossier, m.id(), m.category(), labels.apply(m));
            if (control.decide(AccessRequest.of(by, Action.VIEW, r, ctx)).permitted()) {
                visible.add(m);
            }
        }
        return new Reading(new DossierView(v.dossier(), v.subject(), visible), v.materials().size() - visible.size(), d);
    }

    @Override
    public Material file(PrincipalId by, Material material) {
        guard.check(AccessRequest.of(by, Action.FILE, Resource.dossier(material.dossier()), AccessContext.at(clock.instant())));
        return dossiers.recordMaterial(material);
    }
}

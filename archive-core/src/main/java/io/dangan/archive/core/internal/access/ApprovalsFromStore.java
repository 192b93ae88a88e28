package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An access directory that answers approvals from an {@link ApprovalStore} (one lookup by id per decision that
 * presents an approval) and everything else from the host's directory. Thread-safe as its parts are.
 */
public final class ApprovalsFromStore implements AccessDirectory {
    private final AccessDirectory directory;
    private final ApprovalStore approvals;

    /**
     * @param directory principals, dossiers, units, kinship and delegations
     * @param approvals where approvals live
     */
    public ApprovalsFromStore(AccessDirectory directory, ApprovalStore approvals) {
        this.directory = Objects.requireNonNull(directory, "directory");
        this.approvals = Objects.requireNonNull(approvals, "approvals");
    }

    @Override
    public @Nullable Principal principal(PrincipalId id) {
        return directory.principal(id);
    }

    @Override
    public @Nullable DossierFacts dossier(DossierId id) {
        return directory.dossier(id);
    }

    @Override
    public @Nullable UnitId parent(UnitId unit) {
        return directory.parent(unit);
    }

    @Override
    public @Nullable RelationKind relation(SubjectId person, SubjectId other) {
        return directory.relation(person, other);
    }

    @Override
    public List<Delegation> delegationsTo(UnitId unit) {
        return directory.delegationsTo(unit);
    }

    @Override
    public @Nullable Approval approval(ApprovalId id) {
        return approvals.approval(id);
    }
}

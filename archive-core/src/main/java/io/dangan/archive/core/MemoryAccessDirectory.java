package io.dangan.archive.core;

import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.core.internal.access.DirectoryIndex;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe in-memory access directory (内存访问目录): principals, dossiers, the unit tree, kinship (both
 * directions), delegations and approvals. The host loads it from its own user and organisation systems (and
 * refreshes entries as they change); the approval workflow keeps approvals here, indexed by requester.
 *
 * <p>Entries are kept as a graph: a dossier points at its subject and custodian, an approval at its readers,
 * approvers and issuing unit, a person at their relatives, a unit at its parent. A decision point made by
 * {@link Access#decisionPoint} over this directory follows those references, so a decision costs three hash
 * lookups (principal, dossier, approval) however large the directory grows. Reads take no lock; writes are
 * serialised and publish each entry whole.
 */
public final class MemoryAccessDirectory implements AccessDirectory, ApprovalStore {
    private final DirectoryIndex index = new DirectoryIndex();

    /** Creates an empty directory. */
    public MemoryAccessDirectory() {
    }

    /** @return the index behind this directory, for the decision point */
    DirectoryIndex index() {
        return index;
    }

    /**
     * Adds or replaces a unit's place in the tree.
     *
     * @param unit the unit
     * @param parent its parent, or {@code null} at the root
     * @return this directory
     */
    public MemoryAccessDirectory unit(UnitId unit, @Nullable UnitId parent) {
        index.unit(unit, parent);
        return this;
    }

    /**
     * @param principal a principal to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory principal(Principal principal) {
        index.principal(principal);
        return this;
    }

    /**
     * @param facts a dossier to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory dossier(DossierFacts facts) {
        index.dossier(facts);
        return this;
    }

    /**
     * Records a kinship in both directions.
     *
     * @param kinship the kinship
     * @return this directory
     */
    public MemoryAccessDirectory kinship(Kinship kinship) {
        index.kinship(kinship);
        return this;
    }

    /**
     * @param delegation a delegation to add
     * @return this directory
     */
    public MemoryAccessDirectory delegation(Delegation delegation) {
        index.delegation(delegation);
        return this;
    }

    /**
     * @param approval an approval to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory approval(Approval approval) {
        index.approval(approval);
        return this;
    }

    @Override
    public void insert(Approval approval) {
        index.insert(approval);
    }

    @Override
    public @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change) {
        return index.update(id, change);
    }

    @Override
    public List<Approval> byRequester(PrincipalId requester) {
        return index.byRequester(requester);
    }

    @Override
    public List<Approval> byDossier(DossierId dossier) {
        return index.byDossier(dossier);
    }

    /** @return the number of principals */
    public int principalCount() {
        return index.principalCount();
    }

    @Override
    public @Nullable Principal principal(PrincipalId id) {
        return index.principal(id);
    }

    @Override
    public @Nullable DossierFacts dossier(DossierId id) {
        return index.dossier(id);
    }

    @Override
    public @Nullable UnitId parent(UnitId unit) {
        return index.parent(unit);
    }

    @Override
    public @Nullable RelationKind relation(SubjectId person, SubjectId other) {
        return index.relation(person, other);
    }

    @Override
    public List<Delegation> delegationsTo(UnitId unit) {
        return index.delegationsTo(unit);
    }

    @Override
    public @Nullable Approval approval(ApprovalId id) {
        return index.approval(id);
    }
}

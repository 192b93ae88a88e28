package io.dangan.archive.core;

import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A thread-safe in-memory access directory (内存访问目录): hash maps for principals, dossiers, the unit
 * tree, kinship (both directions), delegations and approvals. The host loads it from its own user and
 * organisation systems (and refreshes entries as they change); the approval workflow keeps approvals here.
 * Lookups are single hash probes, so the decision point stays within a microsecond.
 */
public final class MemoryAccessDirectory implements AccessDirectory, ApprovalStore {
    private final Map<PrincipalId, Principal> principals = new ConcurrentHashMap<>();
    private final Map<DossierId, DossierFacts> dossiers = new ConcurrentHashMap<>();
    private final Map<UnitId, UnitId> parents = new ConcurrentHashMap<>();
    private final Map<SubjectId, Map<SubjectId, RelationKind>> kin = new ConcurrentHashMap<>();
    private final Map<UnitId, List<Delegation>> delegations = new ConcurrentHashMap<>();
    private final Map<ApprovalId, Approval> approvals = new ConcurrentHashMap<>();

    /** Creates an empty directory. */
    public MemoryAccessDirectory() {
    }

    /**
     * Adds or replaces a unit's place in the tree.
     *
     * @param unit the unit
     * @param parent its parent, or {@code null} at the root
     * @return this directory
     */
    public MemoryAccessDirectory unit(UnitId unit, @Nullable UnitId parent) {
        Objects.requireNonNull(unit, "unit");
        if (parent != null) {
            parents.put(unit, parent);
        } else {
            parents.remove(unit);
        }
        return this;
    }

    /**
     * @param principal a principal to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory principal(Principal principal) {
        principals.put(principal.id(), principal);
        return this;
    }

    /**
     * @param facts a dossier to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory dossier(DossierFacts facts) {
        dossiers.put(facts.dossier(), facts);
        return this;
    }

    /**
     * Records a kinship in both directions.
     *
     * @param kinship the kinship
     * @return this directory
     */
    public MemoryAccessDirectory kinship(Kinship kinship) {
        kin.computeIfAbsent(kinship.person(), k -> new ConcurrentHashMap<>()).put(kinship.relative(), kinship.relation());
        kin.computeIfAbsent(kinship.relative(), k -> new ConcurrentHashMap<>()).put(kinship.person(), kinship.relation().inverse());
        return this;
    }

    /**
     * @param delegation a delegation to add
     * @return this directory
     */
    public MemoryAccessDirectory delegation(Delegation delegation) {
        delegations.compute(delegation.to(), (k, v) -> {
            List<Delegation> l = v == null ? new ArrayList<>() : new ArrayList<>(v);
            l.add(delegation);
            return List.copyOf(l);
        });
        return this;
    }

    /**
     * @param approval an approval to add or replace
     * @return this directory
     */
    public MemoryAccessDirectory approval(Approval approval) {
        approvals.put(approval.id(), approval);
        return this;
    }

    @Override
    public void insert(Approval approval) {
        if (approvals.putIfAbsent(approval.id(), approval) != null) {
            throw new ConflictException(ErrorCode.DUPLICATE, "approval " + approval.id(),
                    "approval id %s is taken".formatted(approval.id()));
        }
    }

    @Override
    public @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change) {
        return approvals.computeIfPresent(id, (k, v) -> {
            Approval next = Objects.requireNonNull(change.apply(v), "the change returned null");
            if (!next.id().equals(id)) {
                throw new IllegalArgumentException("the change of approval " + id + " returned approval " + next.id());
            }
            return next;
        });
    }

    @Override
    public List<Approval> byRequester(PrincipalId requester) {
        return approvals.values().stream().filter(a -> a.requester().equals(requester))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    @Override
    public List<Approval> byDossier(DossierId dossier) {
        return approvals.values().stream().filter(a -> a.dossier().equals(dossier))
                .sorted((a, b) -> a.id().compareTo(b.id())).toList();
    }

    /** @return the number of principals */
    public int principalCount() {
        return principals.size();
    }

    @Override
    public @Nullable Principal principal(PrincipalId id) {
        return principals.get(id);
    }

    @Override
    public @Nullable DossierFacts dossier(DossierId id) {
        return dossiers.get(id);
    }

    @Override
    public @Nullable UnitId parent(UnitId unit) {
        return parents.get(unit);
    }

    @Override
    public @Nullable RelationKind relation(SubjectId person, SubjectId other) {
        Map<SubjectId, RelationKind> m = kin.get(person);
        return m == null ? null : m.get(other);
    }

    @Override
    public List<Delegation> delegationsTo(UnitId unit) {
        return delegations.getOrDefault(unit, List.of());
    }

    @Override
    public @Nullable Approval approval(ApprovalId id) {
        return approvals.get(id);
    }
}

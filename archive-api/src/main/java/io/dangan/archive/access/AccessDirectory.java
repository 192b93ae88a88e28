package io.dangan.archive.access;

import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the decision point looks up (访问目录): principals, dossiers, the unit tree, kinship,
 * delegations and approvals. The host system supplies it from its own user and organisation data; core
 * ships an immutable in-memory snapshot and the testkit a fixture world.
 *
 * <p>Implementations are thread-safe and fast (hash lookups): the decision point calls them on every
 * request. Absent entries are {@code null}, which the decision point denies.
 */
public interface AccessDirectory {
    /**
     * @param id a user account
     * @return the principal, or {@code null} when unknown
     */
    @Nullable Principal principal(PrincipalId id);

    /**
     * @param id a dossier
     * @return whose it is and who holds it, or {@code null} when unknown
     */
    @Nullable DossierFacts dossier(DossierId id);

    /**
     * @param unit a unit
     * @return its parent in the unit tree, or {@code null} at the root or when unknown
     */
    @Nullable UnitId parent(UnitId unit);

    /**
     * @param person one person
     * @param other another person
     * @return what {@code other} is to {@code person}, or {@code null} when they are not related
     */
    @Nullable RelationKind relation(SubjectId person, SubjectId other);

    /**
     * @param unit a unit
     * @return the delegations granted to it, in any state (the decision point checks windows)
     */
    List<Delegation> delegationsTo(UnitId unit);

    /**
     * @param id an approval
     * @return its current state, or {@code null} when unknown
     */
    @Nullable Approval approval(ApprovalId id);
}

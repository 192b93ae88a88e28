package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.model.DossierId;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the decision point looks up for one request (查找), in terms of opaque keys for persons, accounts and
 * units: over any {@link io.dangan.archive.access.AccessDirectory} the keys are the ids themselves and each
 * step is a directory call ({@link DirectoryLookup}); over the in-memory {@link DirectoryIndex} they are the
 * index's nodes, so recusal, the unit tree and the approval's readers are followed by reference, without a
 * hash lookup. Keys of one lookup are compared with {@code equals}. Implementations are thread-safe.
 */
interface Lookup {
    /**
     * @param id an account
     * @return the principal with its derived facts, or {@code null} when unknown
     */
    @Nullable Member member(PrincipalId id);

    /**
     * @param account an account key, as found in {@link Granted#readers()} or {@link Member#account()}
     * @return the principal behind it, or {@code null} when unknown
     */
    @Nullable Member memberOf(Object account);

    /**
     * @param id a dossier
     * @return its facts with the keys of its subject and custodian, or {@code null} when unknown
     */
    @Nullable Held held(DossierId id);

    /**
     * @param id an approval
     * @return its current state with the keys of its readers, approvers and issuer, or {@code null} when unknown
     */
    @Nullable Granted granted(ApprovalId id);

    /**
     * @param person a person key
     * @param other another person key
     * @return what {@code other} is to {@code person}, or {@code null} when unrelated
     */
    @Nullable RelationKind kin(Object person, Object other);

    /**
     * @param unit a unit key
     * @return its parent's key, or {@code null} at the root or when unknown
     */
    @Nullable Object parentOf(Object unit);

    /**
     * @param unit a unit key
     * @return the delegations granted to it, in any state
     */
    List<Delegation> delegationsOf(Object unit);

    /**
     * @param a a key of this lookup
     * @param b another key of this lookup
     * @return true when both name the same person, account, unit or dossier
     */
    boolean same(Object a, Object b);

    /**
     * A principal as the decision point uses it, with what every decision reads precomputed.
     *
     * @param principal the principal
     * @param roles its roles as a bit mask ({@link CompiledPolicy#roleMask(Iterable)})
     * @param account its account key
     * @param person the key of the person behind it
     * @param units the keys of its units
     * @param watermark the watermark obligation naming it
     */
    record Member(Principal principal, int roles, Object account, Object person, Object[] units, Obligation watermark) {
        static Member of(Principal p, Object account, Object person, Object[] units) {
            return new Member(p, CompiledPolicy.roleMask(p.roles()), account, person, units,
                    new Obligation(ObligationKind.WATERMARK, p.id().value()));
        }
    }

    /**
     * A dossier as the decision point uses it.
     *
     * @param facts the dossier's facts
     * @param key the dossier's key
     * @param subject the key of its subject
     * @param custodian the key of its custodian unit
     */
    record Held(DossierFacts facts, Object key, Object subject, Object custodian) {
    }

    /**
     * An approval as the decision point uses it: the keys it names, and its action and class sets, window, state,
     * purpose and approver conflicts precomputed, so a decision reads the approval itself only for a loan.
     *
     * @param approval the approval
     * @param dossier the key of its dossier
     * @param readers the account keys of its readers
     * @param approvers the account keys of its approvers
     * @param issuer the key of its issuing unit
     * @param actions its actions as a bit mask by ordinal
     * @param classes its material classes as a bit mask (bit n for class n)
     * @param approverIsReader true when an approver is also its requester or one of its readers
     * @param status its workflow state
     * @param purpose its purpose code
     * @param fromSecond validFrom's epoch second
     * @param fromNano validFrom's nanosecond
     * @param toSecond validTo's epoch second
     * @param toNano validTo's nanosecond
     */
    record Granted(Approval approval, Object dossier, Object[] readers, Object[] approvers, Object issuer, int actions,
            int classes, boolean approverIsReader, ApprovalStatus status, String purpose, long fromSecond, int fromNano,
            long toSecond, int toNano) {
        static Granted of(Approval a, Object dossier, Object[] readers, Object[] approvers, Object issuer) {
            int actions = 0;
            for (Action x : a.actions()) {
                actions |= 1 << x.ordinal();
            }
            boolean approverIsReader = false;
            for (PrincipalId x : a.approvers()) {
                approverIsReader |= x.equals(a.requester()) || a.readers().contains(x);
            }
            return new Granted(a, dossier, readers, approvers, issuer, actions, CompiledPolicy.classMask(a.classes()),
                    approverIsReader, a.status(), a.purpose(), a.validFrom().getEpochSecond(), a.validFrom().getNano(), a.validTo().getEpochSecond(),
                    a.validTo().getNano());
        }

        /**
         * @param now an instant
         * @return true when {@code now} is before validFrom
         */
        boolean notYetValid(Instant now) {
            long s = now.getEpochSecond();
            return s < fromSecond || s == fromSecond && now.getNano() < fromNano;
        }

        /**
         * @param now an instant
         * @return true when {@code now} is at or after validTo
         */
        boolean expired(Instant now) {
            long s = now.getEpochSecond();
            return s > toSecond || s == toSecond && now.getNano() >= toNano;
        }
    }
}

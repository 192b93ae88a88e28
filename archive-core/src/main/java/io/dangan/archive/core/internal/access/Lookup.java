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
     * @param account an account key, as found in {@link Granted#party(int)} or {@link Member#account()}
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
     * @param granted an approval
     * @param i the index of one of its parties
     * @return the key of the person behind that party's account, or {@code null} when it has no principal
     */
    default @Nullable Object personOf(Granted granted, int i) {
        if (granted.knowsPersons()) {
            return granted.personOf(i);
        }
        Member m = memberOf(granted.party(i));
        return m == null ? null : m.person();
    }

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
     * A principal as the decision point uses it, with what every decision reads precomputed; keyed by the
     * principal's id in the index.
     */
    final class Member extends IdTable.Entry {
        private final Principal principal;
        private final int roles;
        private final Object account;
        private final Object person;
        private final Object[] units;
        private final Obligation watermark;

        /**
         * @param principal the principal
         * @param account its account key
         * @param person the key of the person behind it
         * @param units the keys of its units
         */
        Member(Principal principal, Object account, Object person, Object[] units) {
            super(principal.id().value());
            this.principal = principal;
            this.roles = CompiledPolicy.roleMask(principal.roles());
            this.account = account;
            this.person = person;
            this.units = units;
            this.watermark = new Obligation(ObligationKind.WATERMARK, principal.id().value());
        }

        /** @return the principal */
        Principal principal() {
            return principal;
        }

        /** @return its roles as a bit mask ({@link CompiledPolicy#roleMask(Iterable)}) */
        int roles() {
            return roles;
        }

        /** @return its account key */
        Object account() {
            return account;
        }

        /** @return the key of the person behind it */
        Object person() {
            return person;
        }

        /** @return the keys of its units */
        Object[] units() {
            return units;
        }

        /** @return the watermark obligation naming it */
        Obligation watermark() {
            return watermark;
        }
    }

    /** A dossier as the decision point uses it; keyed by the dossier's id in the index. */
    final class Held extends IdTable.Entry {
        private final DossierFacts facts;
        private final Object key;
        private final Object subject;
        private final Object custodian;

        /**
         * @param facts the dossier's facts
         * @param key the dossier's key
         * @param subject the key of its subject
         * @param custodian the key of its custodian unit
         */
        Held(DossierFacts facts, Object key, Object subject, Object custodian) {
            super(facts.dossier().value());
            this.facts = facts;
            this.key = key;
            this.subject = subject;
            this.custodian = custodian;
        }

        /** @return the dossier's facts */
        DossierFacts facts() {
            return facts;
        }

        /** @return the dossier's key */
        Object key() {
            return key;
        }

        /** @return the key of its subject */
        Object subject() {
            return subject;
        }

        /** @return the key of its custodian unit */
        Object custodian() {
            return custodian;
        }
    }

    /**
     * An approval as the decision point uses it: the keys it names, and its action and class sets, window, state,
     * purpose and approver conflicts precomputed, so a decision reads the approval itself only for a loan. Its
     * parties (readers, then approvers) sit in one array, followed over the index by the person key behind each
     * party's account, so co-reader and approver recusal read no account or principal. Keyed by the approval's
     * id in the index.
     */
    final class Granted extends IdTable.Entry {
        private final Approval approval;
        private final Object dossier;
        private final Object issuer;
        /**
         * The readers' account keys, then the approvers'; over the index then the person key behind each of them
         * in the same order ({@code null} for an account without a principal).
         */
        private final Object[] parties;
        private final int readers;
        private final int approvers;
        private final int actions;
        private final int classes;
        private final boolean approverIsReader;
        private final ApprovalStatus status;
        private final String purpose;
        private final long fromSecond;
        private final long toSecond;
        private final int fromNano;
        private final int toNano;

        /**
         * @param a the approval
         * @param dossier the key of its dossier
         * @param parties the account keys of its readers then of its approvers, optionally followed by the person
         *     key behind each (or {@code null} for an account without a principal)
         * @param issuer the key of its issuing unit
         */
        Granted(Approval a, Object dossier, Object[] parties, Object issuer) {
            super(a.id().value());
            int n = a.readers().size() + a.approvers().size();
            if (parties.length != n && parties.length != 2 * n) {
                throw new IllegalArgumentException("approval " + a.id() + " has " + n + " parties, given " + parties.length);
            }
            int actions = 0;
            for (Action x : a.actions()) {
                actions |= 1 << x.ordinal();
            }
            boolean approverIsReader = false;
            for (PrincipalId x : a.approvers()) {
                approverIsReader |= x.equals(a.requester()) || a.readers().contains(x);
            }
            this.approval = a;
            this.dossier = dossier;
            this.issuer = issuer;
            this.parties = parties;
            this.readers = a.readers().size();
            this.approvers = a.approvers().size();
            this.actions = actions;
            this.classes = CompiledPolicy.classMask(a.classes());
            this.approverIsReader = approverIsReader;
            this.status = a.status();
            this.purpose = a.purpose();
            this.fromSecond = a.validFrom().getEpochSecond();
            this.fromNano = a.validFrom().getNano();
            this.toSecond = a.validTo().getEpochSecond();
            this.toNano = a.validTo().getNano();
        }

        /** @return the approval */
        Approval approval() {
            return approval;
        }

        /** @return the key of its dossier */
        Object dossier() {
            return dossier;
        }

        /** @return the key of its issuing unit */
        Object issuer() {
            return issuer;
        }

        /** @return the number of its readers */
        int readerCount() {
            return readers;
        }

        /** @return the number of its approvers */
        int approverCount() {
            return approvers;
        }

        /** @return the number of its parties: readers, then approvers */
        int partyCount() {
            return readers + approvers;
        }

        /**
         * @param i a party's index: readers from 0, approvers from {@link #readerCount()}
         * @return that party's account key
         */
        Object party(int i) {
            return parties[i];
        }

        /** @return true when the person key behind each party follows the parties */
        boolean knowsPersons() {
            return parties.length != readers + approvers;
        }

        /**
         * @param i a party's index, when {@link #knowsPersons()}
         * @return the key of the person behind that party's account, or {@code null} when it has no principal
         */
        @Nullable Object personOf(int i) {
            return parties[readers + approvers + i];
        }

        /** @return its actions as a bit mask by ordinal */
        int actions() {
            return actions;
        }

        /** @return its material classes as a bit mask (bit n for class n) */
        int classes() {
            return classes;
        }

        /** @return true when an approver is also its requester or one of its readers */
        boolean approverIsReader() {
            return approverIsReader;
        }

        /** @return its workflow state */
        ApprovalStatus status() {
            return status;
        }

        /** @return its purpose code */
        String purpose() {
            return purpose;
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

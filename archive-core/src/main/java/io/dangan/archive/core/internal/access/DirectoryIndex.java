package io.dangan.archive.core.internal.access;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
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
import io.dangan.archive.access.Role;
import io.dangan.archive.core.internal.access.Lookup.Granted;
import io.dangan.archive.core.internal.access.Lookup.Held;
import io.dangan.archive.core.internal.access.Lookup.Member;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory access directory's storage (内存访问目录索引): principals, dossiers, the unit tree,
 * kinship, delegations and approvals, kept as a graph of nodes so that the decision point follows references
 * instead of hashing ids. Each person, account and unit has one node for the life of the index; a dossier
 * holds its subject's and custodian's nodes, an approval its readers', approvers' and issuer's, a principal
 * its person's and units', a person its relatives' (both directions) and a unit its parent's and the
 * delegations granted to it. Entries are immutable and replaced whole; node fields are volatile. A request
 * therefore costs three hash lookups (principal, dossier, approval), whatever the size of the directory, and
 * compares persons, accounts, units and dossiers by identity.
 *
 * <p>The three lookups go through {@link IdTable}s, whose slots hold the entries themselves. An approval's
 * entry also holds the person behind each reader's and approver's account, so recusal reads no account or
 * principal: when a principal's person changes (or an account named by approvals gets its first principal),
 * the approvals naming that account are republished with the new person, under the same lock, right after the
 * principal.
 *
 * <p>Approvals are also indexed by requester, so {@link #byRequester(PrincipalId)} does not scan.
 *
 * <p>Thread-safe: reads take no lock; writes are serialised on the index, and each replaced entry is
 * published whole, so a reader sees either the old or the new state of a principal, dossier or approval. A
 * decision made while a principal's person changes may see the principal's new entry beside an approval's
 * entry that still holds the old person, as it may see any two entries from either side of a write.
 */
public final class DirectoryIndex implements AccessDirectory, ApprovalStore {
    /** A person: a dossier's subject or the person behind an account, with their relatives. */
    static final class Person {
        final SubjectId id;
        /** This person's relatives and what each is to them; replaced whole under the index's lock. */
        volatile Kin kin = Kin.NONE;

        Person(SubjectId id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    /**
     * A person's relatives, compared by identity in a short scan (no hashing, no look at the relative's node).
     *
     * @param relatives the relatives' nodes
     * @param relations what each relative is to the person, at the same index
     */
    record Kin(Person[] relatives, RelationKind[] relations) {
        static final Kin NONE = new Kin(new Person[0], new RelationKind[0]);

        @Nullable RelationKind of(Object other) {
            Person[] rs = relatives;
            for (int i = 0; i < rs.length; i++) {
                if (rs[i] == other) {
                    return relations[i];
                }
            }
            return null;
        }

        Kin with(Person relative, RelationKind relation) {
            for (int i = 0; i < relatives.length; i++) {
                if (relatives[i] == relative) {
                    RelationKind[] rel = relations.clone();
                    rel[i] = relation;
                    return new Kin(relatives, rel);
                }
            }
            Person[] rs = Arrays.copyOf(relatives, relatives.length + 1);
            RelationKind[] rel = Arrays.copyOf(relations, relations.length + 1);
            rs[relatives.length] = relative;
            rel[relations.length] = relation;
            return new Kin(rs, rel);
        }
    }

    /**
     * An account and its current principal, {@code null} until the host adds it, with the approvals that name it
     * as a reader or approver: their entries hold the person behind the account and are republished when that
     * person changes.
     */
    static final class Account {
        final PrincipalId id;
        volatile @Nullable Member member;
        /**
         * The ids of the approvals naming this account, first {@link #namedCount}; may hold ids of approvals that
         * no longer name it (pruned when the array fills) and repeats. Read and written under the index's lock.
         */
        String[] namedBy = NO_IDS;
        int namedCount;

        Account(PrincipalId id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    /** A dossier's identity, shared by its facts and the approvals naming it, whether or not its facts are known. */
    static final class Dossier {
        final DossierId id;

        Dossier(DossierId id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    /** A unit: its parent in the tree and the delegations granted to it. */
    static final class Unit {
        final UnitId id;
        volatile @Nullable Unit parent;
        volatile List<Delegation> delegations = List.of();

        Unit(UnitId id) {
            this.id = id;
        }

        @Override
        public String toString() {
            return id.toString();
        }
    }

    private static final String[] NO_IDS = new String[0];

    // Keyed by the id's text: a lookup then compares strings, not records wrapping them.
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    /** The accounts that have a principal, by id, so a request reaches its principal in one lookup. */
    private final IdTable<Member> members = new IdTable<>();
    /** The dossiers that have facts, by id, so a request reaches them in one lookup. */
    private final IdTable<Held> held = new IdTable<>();
    private final Map<SubjectId, Person> persons = new ConcurrentHashMap<>();
    private final Map<UnitId, Unit> units = new ConcurrentHashMap<>();
    private final Map<String, Dossier> dossiers = new ConcurrentHashMap<>();
    private final IdTable<Granted> approvals = new IdTable<>();
    private final Map<PrincipalId, Set<ApprovalId>> byRequester = new ConcurrentHashMap<>();
    private final Map<DossierId, Set<ApprovalId>> byDossier = new ConcurrentHashMap<>();
    /** The administrator roles each person holds, by account (written under the index's lock). */
    private final Map<SubjectId, Map<PrincipalId, Set<Role>>> administrators = new HashMap<>();
    private int principalCount;

    /** Creates an empty index. */
    public DirectoryIndex() {
    }

    // ---- writes -------------------------------------------------------------------------------------

    /**
     * Adds or replaces a unit's place in the tree.
     *
     * @param unit the unit
     * @param parent its parent, or {@code null} at the root
     */
    public synchronized void unit(UnitId unit, @Nullable UnitId parent) {
        Objects.requireNonNull(unit, "unit");
        unitNode(unit).parent = parent == null ? null : unitNode(parent);
    }

    /** @param principal a principal to add or replace */
    public synchronized void principal(Principal principal) {
        Objects.requireNonNull(principal, "principal");
        Account account = account(principal.id());
        Member previous = account.member;
        separateAdministrators(principal, previous == null ? null : previous.principal());
        Object[] us = new Object[principal.units().size()];
        int i = 0;
        for (UnitId u : principal.units()) {
            us[i++] = unitNode(u);
        }
        if (account.member == null) {
            principalCount++;
        }
        Member m = new Member(principal, account, person(principal.person()), us);
        account.member = m;
        members.put(m);
        if (previous == null || previous.person() != m.person()) {
            republish(account);
        }
    }

    /** Republishes the approvals naming an account whose person changed, so they hold the new person. */
    private void republish(Account account) {
        String[] ids = account.namedBy;
        for (int i = 0; i < account.namedCount; i++) {
            Granted g = approvals.get(ids[i]);
            if (g != null && names(g, account)) {
                approvals.put(granted(g.approval()));
            }
        }
    }

    private static boolean names(Granted g, Account account) {
        for (int i = 0; i < g.partyCount(); i++) {
            if (g.party(i) == account) {
                return true;
            }
        }
        return false;
    }

    /** Records, on each account an approval names and its previous state did not, that the approval names it. */
    private void name(@Nullable Granted before, Granted after) {
        for (int i = 0; i < after.partyCount(); i++) {
            Account a = (Account) after.party(i);
            if (before != null && names(before, a) || i > 0 && names(after, a, i)) {
                continue;
            }
            if (a.namedCount == a.namedBy.length) {
                prune(a);
            }
            if (a.namedCount == a.namedBy.length) {
                a.namedBy = Arrays.copyOf(a.namedBy, Math.max(4, 2 * a.namedCount));
            }
            a.namedBy[a.namedCount++] = after.id;
        }
    }

    /** @return true when one of the first {@code n} parties is the account */
    private static boolean names(Granted g, Account account, int n) {
        for (int i = 0; i < n; i++) {
            if (g.party(i) == account) {
                return true;
            }
        }
        return false;
    }

    /** Drops from an account's list the approvals that no longer name it. */
    private void prune(Account account) {
        int n = 0;
        String[] ids = account.namedBy;
        for (int i = 0; i < account.namedCount; i++) {
            Granted g = approvals.get(ids[i]);
            if (g != null && names(g, account)) {
                ids[n++] = ids[i];
            }
        }
        Arrays.fill(ids, n, account.namedCount, null);
        account.namedCount = n;
    }

    /**
     * Refuses an account through which its person would hold two of the three administrator roles (三员分立), counting
     * the person's other accounts: separation binds the person, not just the account.
     */
    private void separateAdministrators(Principal principal, @Nullable Principal previous) {
        Set<Role> admin = EnumSet.noneOf(Role.class);
        principal.roles().stream().filter(Role::isAdministrator).forEach(admin::add);
        Map<PrincipalId, Set<Role>> held = administrators.getOrDefault(principal.person(), Map.of());
        for (Map.Entry<PrincipalId, Set<Role>> e : held.entrySet()) {
            if (e.getKey().equals(principal.id())) {
                continue;
            }
            for (Role r : e.getValue()) {
                if (!admin.isEmpty() && !admin.contains(r)) {
                    throw new InvalidInputException(ErrorCode.DIRECTORY_INVALID, "principal " + principal.id(),
                            "person %s already holds %s through account %s; %s may not be given %s as well (三员分立)"
                                    .formatted(principal.person(), r, e.getKey(), principal.id(), admin));
                }
            }
        }
        if (previous != null) {
            Map<PrincipalId, Set<Role>> before = administrators.get(previous.person());
            if (before != null) {
                before.remove(principal.id());
            }
        }
        if (!admin.isEmpty()) {
            administrators.computeIfAbsent(principal.person(), k -> new HashMap<>()).put(principal.id(), admin);
        }
    }

    /** @param facts a dossier to add or replace */
    public synchronized void dossier(DossierFacts facts) {
        Objects.requireNonNull(facts, "facts");
        Dossier d = dossierNode(facts.dossier());
        held.put(new Held(facts, d, person(facts.subject()), unitNode(facts.custodian())));
    }

    /**
     * Records a kinship in both directions.
     *
     * @param kinship the kinship
     */
    public synchronized void kinship(Kinship kinship) {
        Objects.requireNonNull(kinship, "kinship");
        Person a = person(kinship.person());
        Person b = person(kinship.relative());
        relate(a, b, kinship.relation());
        relate(b, a, kinship.relation().inverse());
    }

    private static void relate(Person person, Person relative, RelationKind relation) {
        person.kin = person.kin.with(relative, relation);
    }

    /** @param delegation a delegation to add */
    public synchronized void delegation(Delegation delegation) {
        Objects.requireNonNull(delegation, "delegation");
        unitNode(delegation.from());
        Unit to = unitNode(delegation.to());
        List<Delegation> next = new ArrayList<>(to.delegations);
        next.add(delegation);
        to.delegations = List.copyOf(next);
    }

    /** @param approval an approval to add or replace */
    public synchronized void approval(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        Granted after = granted(approval);
        Granted before = approvals.put(after);
        name(before, after);
        reindex(before == null ? null : before.approval(), approval);
    }

    @Override
    public synchronized void insert(Approval approval) {
        Objects.requireNonNull(approval, "approval");
        Granted after = granted(approval);
        if (approvals.putIfAbsent(after) != null) {
            throw new ConflictException(ErrorCode.DUPLICATE, "approval " + approval.id(),
                    "approval id %s is taken".formatted(approval.id()));
        }
        name(null, after);
        reindex(null, approval);
    }

    @Override
    public synchronized @Nullable Approval update(ApprovalId id, UnaryOperator<Approval> change) {
        Objects.requireNonNull(change, "change");
        Granted before = approvals.get(id.value());
        if (before == null) {
            return null;
        }
        Approval next = Objects.requireNonNull(change.apply(before.approval()), "the change returned null");
        if (!next.id().equals(id)) {
            throw new IllegalArgumentException("the change turned approval " + id + " into " + next.id());
        }
        Granted after = granted(next);
        approvals.put(after);
        name(before, after);
        reindex(before.approval(), next);
        return next;
    }

    private void reindex(@Nullable Approval before, Approval after) {
        if (before != null && !before.requester().equals(after.requester())) {
            Set<ApprovalId> old = byRequester.get(before.requester());
            if (old != null) {
                old.remove(before.id());
            }
        }
        byRequester.computeIfAbsent(after.requester(), k -> new ConcurrentSkipListSet<>()).add(after.id());
        if (before != null && !before.dossier().equals(after.dossier())) {
            Set<ApprovalId> old = byDossier.get(before.dossier());
            if (old != null) {
                old.remove(before.id());
            }
        }
        byDossier.computeIfAbsent(after.dossier(), k -> new ConcurrentSkipListSet<>()).add(after.id());
    }

    /** The approval's entry: its parties' accounts, then the person behind each as the accounts stand now. */
    private Granted granted(Approval a) {
        int n = a.readers().size() + a.approvers().size();
        Object[] parties = new Object[2 * n];
        int i = accounts(a.readers(), parties, 0);
        accounts(a.approvers(), parties, i);
        for (int j = 0; j < n; j++) {
            Member m = ((Account) parties[j]).member;
            parties[n + j] = m == null ? null : m.person();
        }
        return new Granted(a, dossierNode(a.dossier()), parties, unitNode(a.issuingUnit()));
    }

    private int accounts(Collection<PrincipalId> ids, Object[] out, int from) {
        int i = from;
        for (PrincipalId id : ids) {
            out[i++] = account(id);
        }
        return i;
    }

    private Account account(PrincipalId id) {
        return accounts.computeIfAbsent(id.value(), k -> new Account(id));
    }

    private Person person(SubjectId id) {
        return persons.computeIfAbsent(id, Person::new);
    }

    private Dossier dossierNode(DossierId id) {
        return dossiers.computeIfAbsent(id.value(), k -> new Dossier(id));
    }

    private Unit unitNode(UnitId id) {
        return units.computeIfAbsent(id, Unit::new);
    }

    // ---- the directory and store interfaces -----------------------------------------------------------

    /** @return the number of principals */
    public synchronized int principalCount() {
        return principalCount;
    }

    @Override
    public @Nullable Principal principal(PrincipalId id) {
        Member m = members.get(id.value());
        return m == null ? null : m.principal();
    }

    @Override
    public @Nullable DossierFacts dossier(DossierId id) {
        Held h = held.get(id.value());
        return h == null ? null : h.facts();
    }

    @Override
    public @Nullable UnitId parent(UnitId unit) {
        Unit u = units.get(unit);
        Unit p = u == null ? null : u.parent;
        return p == null ? null : p.id;
    }

    @Override
    public @Nullable RelationKind relation(SubjectId person, SubjectId other) {
        Person a = persons.get(person);
        Person b = persons.get(other);
        return a == null || b == null ? null : a.kin.of(b);
    }

    @Override
    public List<Delegation> delegationsTo(UnitId unit) {
        Unit u = units.get(unit);
        return u == null ? List.of() : u.delegations;
    }

    @Override
    public @Nullable Approval approval(ApprovalId id) {
        Granted g = approvals.get(id.value());
        return g == null ? null : g.approval();
    }

    @Override
    public List<Approval> byRequester(PrincipalId requester) {
        return indexed(byRequester.get(requester), a -> a.requester().equals(requester));
    }

    @Override
    public List<Approval> byDossier(DossierId dossier) {
        return indexed(byDossier.get(dossier), a -> a.dossier().equals(dossier));
    }

    private List<Approval> indexed(@Nullable Set<ApprovalId> ids, Predicate<Approval> still) {
        if (ids == null) {
            return List.of();
        }
        List<Approval> out = new ArrayList<>(ids.size());
        for (ApprovalId id : ids) {
            Granted g = approvals.get(id.value());
            if (g != null && still.test(g.approval())) {
                out.add(g.approval());
            }
        }
        return List.copyOf(out);
    }

    /** @return the decision point's view of this index: keys are its nodes */
    Lookup lookup() {
        return lookup;
    }

    private final Lookup lookup = new Lookup() {
        @Override
        public @Nullable Member member(PrincipalId id) {
            return members.get(id.value());
        }

        @Override
        public @Nullable Member memberOf(Object account) {
            return ((Account) account).member;
        }

        @Override
        public @Nullable Held held(DossierId id) {
            return held.get(id.value());
        }

        @Override
        public @Nullable Granted granted(ApprovalId id) {
            return approvals.get(id.value());
        }

        @Override
        public boolean same(Object a, Object b) {
            return a == b;
        }

        @Override
        public @Nullable RelationKind kin(Object person, Object other) {
            return ((Person) person).kin.of(other);
        }

        @Override
        public @Nullable Object parentOf(Object unit) {
            return ((Unit) unit).parent;
        }

        @Override
        public List<Delegation> delegationsOf(Object unit) {
            return ((Unit) unit).delegations;
        }
    };
}

package io.dangan.archive.testkit.access;

import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A fixture world (测试世界) for access tests: a unit tree, people and their accounts, kinship, dossiers,
 * delegations and approvals, readable as an {@link AccessDirectory}. Build one with {@link #builder()}, or
 * take {@link #standard(Instant)}, a small county with every case the baseline rules distinguish.
 *
 * <p>Thread-safe for reads; {@link #put(Approval)} replaces an approval (to model workflow steps).
 */
public final class AccessWorld implements AccessDirectory {
    /** The standard world's municipal organisation department (市委组织部), the root. */
    public static final UnitId CITY = UnitId.of("city-org");
    /** The standard world's county organisation department (县委组织部), holding the dossiers. */
    public static final UnitId COUNTY = UnitId.of("county-org");
    /** A bureau of the county (县教育局), where the readers work. */
    public static final UnitId BUREAU = UnitId.of("county-edu");
    /** A neighbouring county (邻县), holding no authority here. */
    public static final UnitId OTHER_COUNTY = UnitId.of("other-county-org");

    /** Archivist of the county (档案管理员 李). */
    public static final PrincipalId ARCHIVIST = PrincipalId.of("archivist-li");
    /** Approver of the county (审批人 孙). */
    public static final PrincipalId APPROVER = PrincipalId.of("approver-sun");
    /** Second approver of the county (审批人 钱). */
    public static final PrincipalId APPROVER_2 = PrincipalId.of("approver-qian");
    /** Reader of the bureau (查阅人 赵). */
    public static final PrincipalId READER = PrincipalId.of("reader-zhao");
    /** Second reader of the bureau (查阅人 郑). */
    public static final PrincipalId READER_2 = PrincipalId.of("reader-zheng");
    /** A reader whose own dossier is {@link #READERS_OWN}. */
    public static final PrincipalId SELF_READER = PrincipalId.of("reader-zhou");
    /** A reader who is the spouse (配偶) of the subject of {@link #RELATIVES}. */
    public static final PrincipalId RELATIVE_READER = PrincipalId.of("reader-wu");
    /** The system administrator (系统管理员). */
    public static final PrincipalId SYSTEM_ADMIN = PrincipalId.of("sysadmin");
    /** The security administrator (安全保密管理员). */
    public static final PrincipalId SECURITY_ADMIN = PrincipalId.of("secadmin");
    /** The audit administrator (安全审计员). */
    public static final PrincipalId AUDIT_ADMIN = PrincipalId.of("auditadmin");
    /** An account holding both the security and the audit administrator roles (a 三员 violation). */
    public static final PrincipalId COMBINED_ADMIN = PrincipalId.of("combined-admin");
    /** An archivist of the neighbouring county, with no authority here. */
    public static final PrincipalId FOREIGN_ARCHIVIST = PrincipalId.of("archivist-ma");

    /** A cadre's dossier held by the county; nobody in the world is related to its subject. */
    public static final DossierId PLAIN = DossierId.of("D-2018-0001");
    /** The dossier of {@link #SELF_READER}'s person. */
    public static final DossierId READERS_OWN = DossierId.of("D-2018-0002");
    /** The dossier of {@link #RELATIVE_READER}'s spouse. */
    public static final DossierId RELATIVES = DossierId.of("D-2018-0003");
    /** A dossier of the neighbouring county. */
    public static final DossierId FOREIGN = DossierId.of("D-2018-0004");

    /** Approval for READER and READER_2 to view, excerpt and copy {@link #PLAIN} for appointment (任免). */
    public static final ApprovalId VIEW_PLAIN = ApprovalId.of("A-VIEW-PLAIN");
    /** Approval for SELF_READER and READER to view {@link #READERS_OWN} (must never work). */
    public static final ApprovalId VIEW_OWN = ApprovalId.of("A-VIEW-OWN");
    /** Approval for RELATIVE_READER and READER to view {@link #RELATIVES} (must never work). */
    public static final ApprovalId VIEW_RELATIVES = ApprovalId.of("A-VIEW-RELATIVES");
    /** Approval for READER and READER_2 to borrow {@link #PLAIN} for 7 days. */
    public static final ApprovalId BORROW_PLAIN = ApprovalId.of("A-BORROW-PLAIN");
    /** Approval for ARCHIVIST to transfer {@link #PLAIN}, signed by two approvers. */
    public static final ApprovalId TRANSFER_PLAIN = ApprovalId.of("A-TRANSFER-PLAIN");
    /** The purpose used by the standard approvals. */
    public static final String PURPOSE = "appointment";

    private final Map<PrincipalId, Principal> principals;
    private final Map<DossierId, DossierFacts> dossiers;
    private final Map<UnitId, UnitId> parents;
    private final Map<SubjectId, Map<SubjectId, RelationKind>> kin;
    private final Map<UnitId, List<Delegation>> delegations;
    private final Map<ApprovalId, Approval> approvals;
    private final Instant now;

    private AccessWorld(Builder b) {
        principals = Map.copyOf(b.principals);
        dossiers = Map.copyOf(b.dossiers);
        parents = Map.copyOf(b.parents);
        Map<SubjectId, Map<SubjectId, RelationKind>> k = new HashMap<>();
        for (Kinship s : b.kinships) {
            k.computeIfAbsent(s.person(), x -> new HashMap<>()).put(s.relative(), s.relation());
            k.computeIfAbsent(s.relative(), x -> new HashMap<>()).put(s.person(), s.relation().inverse());
        }
        kin = Map.copyOf(k);
        Map<UnitId, List<Delegation>> d = new HashMap<>();
        for (Delegation x : b.delegations) {
            d.computeIfAbsent(x.to(), u -> new ArrayList<>()).add(x);
        }
        delegations = Map.copyOf(d);
        approvals = new ConcurrentHashMap<>(b.approvals);
        now = b.now;
    }

    /** @return an empty builder whose reference instant is 2026-06-01T02:00:00Z */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The standard world: a city above a county above a bureau, a neighbouring county, readers, archivists,
     * approvers, the three administrators, four dossiers and five approvals, all valid around {@code now}
     * (each approval runs from one hour before to seven days after).
     *
     * @param now the reference instant
     * @return the world
     */
    public static AccessWorld standard(Instant now) {
        Builder b = builder().now(now)
                .unit(CITY, null).unit(COUNTY, CITY).unit(BUREAU, COUNTY).unit(OTHER_COUNTY, CITY)
                .account(ARCHIVIST, "p-li", Classification.SECRET, Set.of(COUNTY), Role.ARCHIVIST)
                .account(APPROVER, "p-sun", Classification.SECRET, Set.of(COUNTY), Role.APPROVER)
                .account(APPROVER_2, "p-qian", Classification.SECRET, Set.of(COUNTY), Role.APPROVER)
                .account(READER, "p-zhao", Classification.INTERNAL, Set.of(BUREAU), Role.READER)
                .account(READER_2, "p-zheng", Classification.INTERNAL, Set.of(BUREAU), Role.READER)
                .account(SELF_READER, "p-zhou", Classification.INTERNAL, Set.of(BUREAU), Role.READER)
                .account(RELATIVE_READER, "p-wu", Classification.INTERNAL, Set.of(BUREAU), Role.READER)
                .account(SYSTEM_ADMIN, "p-feng", Classification.SECRET, Set.of(COUNTY), Role.SYSTEM_ADMIN)
                .account(SECURITY_ADMIN, "p-chen", Classification.SECRET, Set.of(COUNTY), Role.SECURITY_ADMIN)
                .account(AUDIT_ADMIN, "p-chu", Classification.SECRET, Set.of(COUNTY), Role.AUDIT_ADMIN)
                .account(COMBINED_ADMIN, "p-wei", Classification.SECRET, Set.of(COUNTY), Role.SECURITY_ADMIN,
                        Role.AUDIT_ADMIN)
                .account(FOREIGN_ARCHIVIST, "p-ma", Classification.SECRET, Set.of(OTHER_COUNTY), Role.ARCHIVIST)
                .dossier(PLAIN, "p-jiang", COUNTY)
                .dossier(READERS_OWN, "p-zhou", COUNTY)
                .dossier(RELATIVES, "p-wang", COUNTY)
                .dossier(FOREIGN, "p-han", OTHER_COUNTY)
                .kinship("p-wang", "p-wu", RelationKind.SPOUSE);
        Instant from = now.minus(Duration.ofHours(1));
        Instant to = now.plus(Duration.ofDays(7));
        b.approval(new Approval(VIEW_PLAIN, PLAIN, READER, Set.of(READER, READER_2),
                EnumSet.of(Action.VIEW, Action.EXCERPT, Action.COPY), Set.of(), PURPOSE, COUNTY, List.of(APPROVER),
                from, to, null, ApprovalStatus.APPROVED, null));
        b.approval(new Approval(VIEW_OWN, READERS_OWN, SELF_READER, Set.of(SELF_READER, READER), EnumSet.of(Action.VIEW),
                Set.of(), PURPOSE, COUNTY, List.of(APPROVER), from, to, null, ApprovalStatus.APPROVED, null));
        b.approval(new Approval(VIEW_RELATIVES, RELATIVES, RELATIVE_READER, Set.of(RELATIVE_READER, READER),
                EnumSet.of(Action.VIEW), Set.of(), PURPOSE, COUNTY, List.of(APPROVER), from, to, null,
                ApprovalStatus.APPROVED, null));
        b.approval(new Approval(BORROW_PLAIN, PLAIN, READER, Set.of(READER, READER_2), EnumSet.of(Action.BORROW),
                Set.of(), PURPOSE, COUNTY, List.of(APPROVER), from, to, from.plus(Duration.ofDays(7)),
                ApprovalStatus.APPROVED, null));
        b.approval(new Approval(TRANSFER_PLAIN, PLAIN, ARCHIVIST, Set.of(ARCHIVIST), EnumSet.of(Action.TRANSFER),
                Set.of(), PURPOSE, COUNTY, List.of(APPROVER, APPROVER_2), from, to, null, ApprovalStatus.APPROVED, null));
        return b.build();
    }

    /** @return the reference instant the world was built around */
    public Instant now() {
        return now;
    }

    /** @return every principal */
    public List<Principal> principals() {
        return List.copyOf(principals.values());
    }

    /** @return every dossier */
    public List<DossierFacts> dossiers() {
        return List.copyOf(dossiers.values());
    }

    /** @return every approval in its current state */
    public List<Approval> approvals() {
        return List.copyOf(approvals.values());
    }

    /** @return the unit tree as child to parent */
    public Map<UnitId, UnitId> unitTree() {
        return parents;
    }

    /** @return every kinship, each once */
    public List<Kinship> kinships() {
        List<Kinship> out = new ArrayList<>();
        kin.forEach((person, m) -> m.forEach((other, rel) -> {
            if (person.value().compareTo(other.value()) < 0) {
                out.add(new Kinship(person, other, rel));
            }
        }));
        return out;
    }

    /** @return every delegation */
    public List<Delegation> delegations() {
        List<Delegation> out = new ArrayList<>();
        delegations.values().forEach(out::addAll);
        return out;
    }

    /**
     * Replaces an approval (e.g. to revoke it).
     *
     * @param approval the new state
     * @return this world
     */
    public AccessWorld put(Approval approval) {
        approvals.put(approval.id(), approval);
        return this;
    }

    /**
     * @param id an approval of the world
     * @return it
     * @throws IllegalArgumentException when unknown
     */
    public Approval approvalOf(ApprovalId id) {
        Approval a = approvals.get(id);
        if (a == null) {
            throw new IllegalArgumentException("no approval " + id + " in this world");
        }
        return a;
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

    /** Collects a world; not thread-safe. */
    public static final class Builder {
        private final Map<PrincipalId, Principal> principals = new HashMap<>();
        private final Map<DossierId, DossierFacts> dossiers = new HashMap<>();
        private final Map<UnitId, UnitId> parents = new HashMap<>();
        private final List<Kinship> kinships = new ArrayList<>();
        private final List<Delegation> delegations = new ArrayList<>();
        private final Map<ApprovalId, Approval> approvals = new HashMap<>();
        private Instant now = Instant.parse("2026-06-01T02:00:00Z");

        private Builder() {
        }

        /**
         * @param value the reference instant
         * @return this builder
         */
        public Builder now(Instant value) {
            now = Objects.requireNonNull(value, "now");
            return this;
        }

        /**
         * @param unit a unit
         * @param parent its parent, or {@code null} at the root
         * @return this builder
         */
        public Builder unit(UnitId unit, @Nullable UnitId parent) {
            if (parent != null) {
                parents.put(unit, parent);
            }
            return this;
        }

        /**
         * @param principal a principal
         * @return this builder
         */
        public Builder principal(Principal principal) {
            principals.put(principal.id(), principal);
            return this;
        }

        /**
         * @param id the account
         * @param person the person's id
         * @param clearance the clearance
         * @param units the units
         * @param roles the roles
         * @return this builder
         */
        public Builder account(PrincipalId id, String person, Classification clearance, Set<UnitId> units, Role... roles) {
            Set<Role> r = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
            return principal(new Principal(id, SubjectId.of(person), units, r, clearance));
        }

        /**
         * @param id the dossier
         * @param subject the person it is about
         * @param custodian the unit holding it
         * @return this builder
         */
        public Builder dossier(DossierId id, String subject, UnitId custodian) {
            dossiers.put(id, new DossierFacts(id, SubjectId.of(subject), custodian));
            return this;
        }

        /**
         * @param person a person
         * @param relative another person
         * @param relation what {@code relative} is to {@code person}
         * @return this builder
         */
        public Builder kinship(String person, String relative, RelationKind relation) {
            kinships.add(new Kinship(SubjectId.of(person), SubjectId.of(relative), relation));
            return this;
        }

        /**
         * @param delegation a delegation
         * @return this builder
         */
        public Builder delegation(Delegation delegation) {
            delegations.add(delegation);
            return this;
        }

        /**
         * @param approval an approval
         * @return this builder
         */
        public Builder approval(Approval approval) {
            approvals.put(approval.id(), approval);
            return this;
        }

        /** @return the world */
        public AccessWorld build() {
            return new AccessWorld(this);
        }
    }
}

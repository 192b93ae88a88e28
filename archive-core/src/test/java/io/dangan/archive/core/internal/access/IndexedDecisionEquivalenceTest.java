package io.dangan.archive.core.internal.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.Role;
import io.dangan.archive.access.RuleKind;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The decision point over the in-memory directory's index (references, identity) decides exactly as the
 * decision point that asks the same directory step by step through the {@code AccessDirectory} interface:
 * random small worlds where ids collide often, random policies, changes after loading (principals replaced,
 * kinship added, units moved, delegations granted, approvals revoked, dossiers transferred) and random
 * requests, compared decision by decision (effect, reasons, rules, obligations, policy version, hash).
 */
class IndexedDecisionEquivalenceTest {
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private static final List<String> PURPOSES = List.of("appointment", "political-review", "curiosity");

    @Property(tries = 300)
    void theIndexedPathDecidesLikeTheDirectoryPath(@ForAll long seed, @ForAll @IntRange(min = 0, max = 3) int policyKind) {
        compare(seed, policyKind);
    }

    @Test
    void theGeneratedWorldsReachPermitsOfEveryKindAndDenials() {
        Set<ReasonCode> grants = EnumSet.noneOf(ReasonCode.class);
        int denials = 0;
        for (long seed = 0; seed < 200; seed++) {
            for (Decision d : compare(seed, (int) (seed % 4))) {
                if (d.permitted()) {
                    grants.addAll(d.reasons());
                } else {
                    denials++;
                }
            }
        }
        assertThat(grants).contains(ReasonCode.PERMIT_APPROVAL, ReasonCode.PERMIT_MANAGEMENT_AUTHORITY,
                ReasonCode.PERMIT_DELEGATION, ReasonCode.PERMIT_AUDIT_ADMIN, ReasonCode.PERMIT_SECURITY_ADMIN);
        assertThat(denials).isGreaterThan(1000);
    }

    @Test
    void anApprovalFollowsThePersonsBehindItsPartiesThroughReplacementsAndLateComers() {
        MemoryAccessDirectory dir = new MemoryAccessDirectory();
        UnitId unit = UnitId.of("U0");
        dir.unit(unit, null);
        PrincipalId requester = PrincipalId.of("R");
        PrincipalId coReader = PrincipalId.of("C");
        PrincipalId approver = PrincipalId.of("X");
        PrincipalId lateComer = PrincipalId.of("L");
        SubjectId subject = SubjectId.of("P9");
        dir.principal(new Principal(requester, SubjectId.of("P1"), Set.of(unit), Set.of(Role.READER), Classification.SECRET));
        dir.principal(new Principal(coReader, SubjectId.of("P2"), Set.of(unit), Set.of(Role.READER), Classification.SECRET));
        dir.principal(new Principal(approver, SubjectId.of("P3"), Set.of(unit), Set.of(Role.APPROVER), Classification.SECRET));
        DossierId dossier = DossierId.of("D0");
        dir.dossier(new DossierFacts(dossier, subject, unit));
        // the co-reader drops out of and back into each approval many times, so its list of approvals fills with
        // approvals that no longer name it and is pruned; the late comer has no principal yet
        int n = 40;
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < n; i++) {
                Set<PrincipalId> readers = new LinkedHashSet<>(List.of(requester, i % 3 == 0 ? lateComer : requester));
                if ((round + i) % 2 == 0) {
                    readers.add(coReader);
                }
                dir.approval(new Approval(ApprovalId.of("AP" + i), dossier, requester, readers, EnumSet.of(Action.VIEW),
                        Set.of(), "appointment", unit, List.of(approver), NOW.minusSeconds(60), NOW.plusSeconds(3600), null,
                        ApprovalStatus.APPROVED, null));
            }
        }
        AccessPolicy policy = AccessPolicy.baseline();
        AccessControl indexed = Access.decisionPoint(dir, policy, EventSink.discarding());
        AccessControl plain = new PolicyDecisionPoint(new PolicyDecisionPointTest.ForwardingDirectory(dir), policy,
                EventSink.discarding());
        for (int step = 0; step < 4; step++) {
            switch (step) {
                case 1 -> dir.principal(new Principal(coReader, subject, Set.of(unit), Set.of(Role.READER), Classification.SECRET));
                case 2 -> dir.principal(new Principal(lateComer, SubjectId.of("P4"), Set.of(unit), Set.of(Role.READER),
                        Classification.SECRET));
                case 3 -> dir.principal(new Principal(approver, subject, Set.of(unit), Set.of(Role.APPROVER),
                        Classification.SECRET));
                default -> {
                }
            }
            for (int i = 0; i < n; i++) {
                AccessRequest r = AccessRequest.of(requester, Action.VIEW, Resource.dossier(dossier),
                        AccessContext.withApproval(NOW, ApprovalId.of("AP" + i), "appointment"));
                Decision d = indexed.decide(r);
                assertThat(d).as("step %d, approval %d", step, i).isEqualTo(plain.decide(r));
                boolean namesCoReader = (4 + i) % 2 == 0;
                boolean namesLateComer = i % 3 == 0;
                assertThat(d.reasons().contains(ReasonCode.RECUSAL_READER)).as("step %d, approval %d", step, i)
                        .isEqualTo(namesCoReader && step >= 1 || namesLateComer && step < 2);
                assertThat(d.reasons().contains(ReasonCode.RECUSAL_APPROVER)).as("step %d, approval %d", step, i)
                        .isEqualTo(step == 3);
            }
        }
    }

    /** Builds a world from the seed, asks both decision points, asserts they agree; returns the decisions. */
    private static List<Decision> compare(long seed, int policyKind) {
        Random rnd = new Random(seed);
        MemoryAccessDirectory dir = new MemoryAccessDirectory();
        World w = new World(rnd);
        w.load(dir);
        AccessPolicy policy = policy(policyKind);
        AccessControl indexed = Access.decisionPoint(dir, policy, EventSink.discarding());
        AccessControl plain = new PolicyDecisionPoint(new PolicyDecisionPointTest.ForwardingDirectory(dir), policy,
                EventSink.discarding());
        List<Decision> out = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (int q = 0; q < 40; q++) {
                AccessRequest r = w.request();
                Decision a = indexed.decide(r);
                assertThat(a).as("seed %d, policy %d, %s", seed, policyKind, r).isEqualTo(plain.decide(r));
                out.add(a);
            }
            for (Approval ap : w.approvals) {
                AccessRequest r = AccessRequest.of(ap.requester(), ap.actions().iterator().next(),
                        Resource.dossier(ap.dossier()), AccessContext.withApproval(NOW, ap.id(), ap.purpose()));
                Decision a = indexed.decide(r);
                assertThat(a).as("seed %d, policy %d, %s", seed, policyKind, r).isEqualTo(plain.decide(r));
                out.add(a);
            }
            w.change(dir);
        }
        return out;
    }

    private static AccessPolicy policy(int kind) {
        AccessPolicy base = AccessPolicy.baseline();
        return switch (kind) {
            case 0 -> base;
            case 1 -> base.withRecusalRelations("all-relatives", RelationKind.all());
            case 2 -> new AccessPolicy("no-ancestors", RelationKind.lineal(), 3, Duration.ofDays(7), base.purposes(),
                    Set.of(3, 8), false, base.rules());
            default -> {
                List<PolicyRule> rules = new ArrayList<>(base.rules());
                rules.add(new PolicyRule("local.no-copy", RuleKind.FORBID, EnumSet.of(Action.COPY, Action.VIEW),
                        Set.of(Role.READER), Set.of(4, 5), Set.of()));
                rules.add(new PolicyRule("local.unit", RuleKind.FORBID, EnumSet.of(Action.FILE, Action.EXCERPT), Set.of(),
                        Set.of(), Set.of(UnitId.of("U2"))));
                yield base.withRules("forbids", rules);
            }
        };
    }

    /** A small random world whose ids collide often, and the changes and requests made against it. */
    private static final class World {
        final Random rnd;
        final List<Approval> approvals = new ArrayList<>();

        World(Random rnd) {
            this.rnd = rnd;
        }

        UnitId unit() {
            return UnitId.of("U" + rnd.nextInt(6));
        }

        SubjectId person() {
            return SubjectId.of("P" + rnd.nextInt(8));
        }

        PrincipalId account() {
            return PrincipalId.of("A" + rnd.nextInt(rnd.nextInt(10) == 0 ? 9 : 7));
        }

        DossierId dossier() {
            return DossierId.of("D" + rnd.nextInt(rnd.nextInt(10) == 0 ? 8 : 6));
        }

        Instant instant() {
            return NOW.plusSeconds(rnd.nextInt(4 * 86_400) - 2 * 86_400).plusNanos(rnd.nextInt(3));
        }

        Principal principal(PrincipalId id) {
            Set<UnitId> units = new LinkedHashSet<>();
            units.add(unit());
            if (rnd.nextBoolean()) {
                units.add(unit());
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            Role[] all = Role.values();
            int n = rnd.nextInt(3);
            for (int i = 0; i < n; i++) {
                roles.add(rnd.nextInt(4) == 0 ? all[rnd.nextInt(all.length)] : all[rnd.nextInt(3)]);
            }
            return new Principal(id, person(), units, roles, Classification.values()[rnd.nextInt(5)]);
        }

        Approval approval(ApprovalId id) {
            Set<PrincipalId> readers = new LinkedHashSet<>();
            PrincipalId requester = account();
            readers.add(requester);
            int extra = rnd.nextInt(3);
            for (int i = 0; i < extra; i++) {
                readers.add(account());
            }
            Set<Action> actions = EnumSet.noneOf(Action.class);
            actions.add(rnd.nextBoolean() ? Action.VIEW : Action.values()[rnd.nextInt(8)]);
            if (rnd.nextBoolean()) {
                actions.add(Action.values()[rnd.nextInt(8)]);
            }
            Set<Integer> classes = new LinkedHashSet<>();
            int nc = rnd.nextInt(3);
            for (int i = 0; i < nc; i++) {
                classes.add(1 + rnd.nextInt(10));
            }
            List<PrincipalId> approvers = new ArrayList<>();
            int na = rnd.nextInt(3);
            for (int i = 0; i < na; i++) {
                PrincipalId a = account();
                if (!approvers.contains(a)) {
                    approvers.add(a);
                }
            }
            Instant from = instant();
            Instant to = from.plusSeconds(1 + rnd.nextInt(3 * 86_400));
            Instant back = rnd.nextBoolean() ? null : from.plus(Duration.ofDays(rnd.nextInt(20)));
            return new Approval(id, dossier(), requester, readers, actions, classes, PURPOSES.get(rnd.nextInt(2)), unit(),
                    approvers, from, to, back, ApprovalStatus.values()[rnd.nextInt(4) == 0 ? rnd.nextInt(5) : 1], null);
        }

        /** Loads a principal unless the directory refuses it (one person in two administrator roles). */
        void put(MemoryAccessDirectory dir, Principal p) {
            try {
                dir.principal(p);
            } catch (InvalidInputException e) {
                assertThat(e.code()).isEqualTo(ErrorCode.DIRECTORY_INVALID);
            }
        }

        void load(MemoryAccessDirectory dir) {
            for (int u = 0; u < 6; u++) {
                dir.unit(UnitId.of("U" + u), u == 0 || rnd.nextInt(6) == 0 ? null : UnitId.of("U" + rnd.nextInt(u)));
            }
            for (int p = 0; p < 7; p++) {
                put(dir, principal(PrincipalId.of("A" + p)));
            }
            for (int d = 0; d < 6; d++) {
                dir.dossier(new DossierFacts(DossierId.of("D" + d), person(), unit()));
            }
            int kin = rnd.nextInt(6);
            for (int k = 0; k < kin; k++) {
                relate(dir);
            }
            for (int k = 0; k < rnd.nextInt(3); k++) {
                delegate(dir, k);
            }
            for (int a = 0; a < 6; a++) {
                Approval ap = approval(ApprovalId.of("AP" + a));
                approvals.add(ap);
                dir.insert(ap);
            }
        }

        void relate(MemoryAccessDirectory dir) {
            SubjectId a = person();
            SubjectId b = person();
            if (!a.equals(b)) {
                dir.kinship(new Kinship(a, b, RelationKind.values()[rnd.nextInt(8)]));
            }
        }

        void delegate(MemoryAccessDirectory dir, int k) {
            UnitId from = unit();
            UnitId to = unit();
            if (from.equals(to)) {
                return;
            }
            Set<DossierId> ds = rnd.nextBoolean() ? Set.of() : Set.of(dossier());
            Instant start = instant();
            dir.delegation(new Delegation("DL" + k + "-" + rnd.nextInt(1000), from, to, ds, start,
                    start.plusSeconds(1 + rnd.nextInt(2 * 86_400))));
        }

        void change(MemoryAccessDirectory dir) {
            switch (rnd.nextInt(7)) {
                case 0 -> put(dir, principal(account()));
                case 1 -> relate(dir);
                case 2 -> dir.unit(unit(), rnd.nextBoolean() ? null : unit());
                case 3 -> delegate(dir, 9);
                case 4 -> {
                    ApprovalId id = approvals.get(rnd.nextInt(approvals.size())).id();
                    dir.update(id, a -> a.with(ApprovalStatus.REVOKED, a.approvers(), "withdrawn"));
                }
                case 5 -> dir.dossier(new DossierFacts(dossier(), person(), unit()));
                default -> dir.approval(approval(ApprovalId.of("AP" + rnd.nextInt(8))));
            }
        }

        AccessRequest request() {
            Action action = Action.values()[rnd.nextInt(Action.values().length)];
            int kind = rnd.nextInt(6);
            Resource resource = switch (kind) {
                case 0 -> Resource.auditLog();
                case 1 -> Resource.policy();
                case 2, 3 -> {
                    Resource m = Resource.material(dossier(), MaterialId.of("M1"),
                            MaterialCategory.ofClass(1 + rnd.nextInt(10)), Classification.values()[rnd.nextInt(5)]);
                    // now and then a material the archive does not know, drawing nothing more from rnd
                    boolean unknown = kind == 3 && m.category().classNumber() == 10;
                    yield unknown ? Resource.unknownMaterial(MaterialId.of("M-unknown")) : m;
                }
                default -> Resource.dossier(dossier());
            };
            ApprovalId approval = rnd.nextInt(4) == 0 ? null : ApprovalId.of("AP" + rnd.nextInt(8));
            String purpose = rnd.nextInt(5) == 0 ? null : PURPOSES.get(rnd.nextInt(PURPOSES.size()));
            Instant at = rnd.nextBoolean() ? NOW : instant();
            return AccessRequest.of(account(), action, resource, new AccessContext(at, approval, purpose));
        }
    }
}

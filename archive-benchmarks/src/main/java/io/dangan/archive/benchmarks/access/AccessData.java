package io.dangan.archive.benchmarks.access;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.Role;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A synthetic province (合成数据): at scale 1, 500 units (a province, 20 cities, 479 counties), 10,000
 * users, 100,000 dossiers (the first 10,000 are the users' own), 5,000 kinships between users and other
 * cadres, and 50,000 live approvals of two readers each; scale 10 multiplies every count by ten. The same
 * data feeds our decision point and jCasbin, and the same request mix is asked of both.
 */
final class AccessData {
    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final String PURPOSE = "appointment";

    final int units;
    final int users;
    final int dossiers;
    final int approvals;
    final UnitId[] unitIds;
    final UnitId[] parentOf;
    final PrincipalId[] userIds;
    final Role[] roleOf;
    final int[] unitOfUser;
    final int[] custodianOf;
    final List<int[]> kin = new ArrayList<>();
    final List<Approval> approvalList = new ArrayList<>();
    final List<AccessRequest> requests = new ArrayList<>();
    /** Per request: the casbin triple (user, dossier, action). */
    final List<String[]> casbinRequests = new ArrayList<>();

    AccessData(int scale, long seed) {
        Random rnd = new Random(seed);
        units = 500 * scale;
        users = 10_000 * scale;
        dossiers = 100_000 * scale;
        approvals = 50_000 * scale;
        unitIds = new UnitId[units];
        parentOf = new UnitId[units];
        int cities = 20 * scale;
        for (int u = 0; u < units; u++) {
            unitIds[u] = UnitId.of("U" + u);
        }
        for (int u = 1; u < units; u++) {
            parentOf[u] = u <= cities ? unitIds[0] : unitIds[1 + (u % cities)];
        }
        userIds = new PrincipalId[users];
        roleOf = new Role[users];
        unitOfUser = new int[users];
        for (int i = 0; i < users; i++) {
            userIds[i] = PrincipalId.of("user" + i);
            int r = i % 10;
            roleOf[i] = r < 7 ? Role.READER : r == 7 ? Role.ARCHIVIST : r == 8 ? Role.APPROVER : Role.READER;
            unitOfUser[i] = 1 + cities + rnd.nextInt(units - 1 - cities);
        }
        custodianOf = new int[dossiers];
        for (int d = 0; d < dossiers; d++) {
            custodianOf[d] = d < users ? unitOfUser[d] : 1 + cities + rnd.nextInt(units - 1 - cities);
        }
        for (int k = 0; k < 5_000 * scale; k++) {
            kin.add(new int[] {rnd.nextInt(users), users + rnd.nextInt(dossiers - users)});
        }
        Instant from = NOW.minus(Duration.ofDays(1));
        Instant to = NOW.plus(Duration.ofDays(30));
        for (int a = 0; a < approvals; a++) {
            int d = users + rnd.nextInt(dossiers - users);
            PrincipalId r1 = userIds[readerIndex(rnd)];
            PrincipalId r2 = userIds[readerIndex(rnd)];
            if (r2.equals(r1)) {
                r2 = userIds[(Integer.parseInt(r1.value().substring(4)) + 10) % users];
            }
            PrincipalId approver = userIds[8 + 10 * rnd.nextInt(users / 10)];
            approvalList.add(new Approval(ApprovalId.of("A" + a), dossier(d), r1, Set.of(r1, r2),
                    EnumSet.of(Action.VIEW, Action.EXCERPT), Set.of(), PURPOSE, unitIds[custodianOf[d]],
                    List.of(approver), from, to, null, ApprovalStatus.APPROVED, null));
        }
        for (int q = 0; q < 4096; q++) {
            int kind = rnd.nextInt(100);
            if (kind < 60) {
                Approval a = approvalList.get(rnd.nextInt(approvals));
                add(a.requester(), Action.VIEW, a.dossier(), new AccessContext(NOW, a.id(), PURPOSE));
            } else if (kind < 75) {
                int archivist = 7 + 10 * rnd.nextInt(users / 10);
                int d = rnd.nextBoolean() ? users + rnd.nextInt(dossiers - users) : sameUnitDossier(rnd, unitOfUser[archivist]);
                add(userIds[archivist], Action.FILE, dossier(d), AccessContext.at(NOW));
            } else if (kind < 85) {
                int u = readerIndex(rnd);
                add(userIds[u], Action.VIEW, dossier(u), AccessContext.at(NOW));
            } else if (kind < 95) {
                int[] pair = kin.get(rnd.nextInt(kin.size()));
                add(userIds[pair[0]], Action.VIEW, dossier(pair[1]), AccessContext.at(NOW));
            } else {
                add(userIds[readerIndex(rnd)], Action.VIEW, dossier(users + rnd.nextInt(dossiers - users)),
                        AccessContext.at(NOW));
            }
        }
    }

    private int sameUnitDossier(Random rnd, int unit) {
        for (int tries = 0; tries < 10_000; tries++) {
            int d = users + rnd.nextInt(dossiers - users);
            if (custodianOf[d] == unit) {
                return d;
            }
        }
        return users;
    }

    private int readerIndex(Random rnd) {
        int i;
        do {
            i = rnd.nextInt(users);
        } while (roleOf[i] != Role.READER);
        return i;
    }

    private void add(PrincipalId p, Action a, DossierId d, AccessContext ctx) {
        requests.add(AccessRequest.of(p, a, Resource.dossier(d), ctx));
        casbinRequests.add(new String[] {p.value(), d.value(), a.code()});
    }

    static DossierId dossier(int d) {
        return DossierId.of("D" + d);
    }

    static SubjectId person(int d) {
        return SubjectId.of("P" + d);
    }

    /** @return the data as our in-memory directory */
    MemoryAccessDirectory directory() {
        MemoryAccessDirectory dir = new MemoryAccessDirectory();
        for (int u = 0; u < units; u++) {
            dir.unit(unitIds[u], parentOf[u]);
        }
        for (int i = 0; i < users; i++) {
            dir.principal(new Principal(userIds[i], person(i), Set.of(unitIds[unitOfUser[i]]), Set.of(roleOf[i]),
                    Classification.SECRET));
        }
        for (int d = 0; d < dossiers; d++) {
            dir.dossier(new DossierFacts(dossier(d), person(d), unitIds[custodianOf[d]]));
        }
        for (int[] k : kin) {
            dir.kinship(new Kinship(person(k[0]), person(k[1]), RelationKind.SPOUSE));
        }
        approvalList.forEach(dir::approval);
        return dir;
    }
}

package io.dangan.archive.benchmarks.access;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.audit.EventSink;
import io.dangan.archive.core.Access;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.casbin.jcasbin.main.Enforcer;
import org.casbin.jcasbin.model.Model;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time per access decision (访问决策耗时), SampleTime on one thread, audit I/O excluded: our decision point
 * with every baseline rule (recusal of the principal, co-readers and approvers over kinship, separation of
 * duties, clearance, management authority through the unit tree or a delegation, the approval's state, window,
 * readers, actions, purpose and issuer authority, reader count, sensitive classes, loan limit, two approvers,
 * self-approval, obligations and the SHA-256 request hash) over {@code MemoryAccessDirectory} at scale 1 (10,000
 * users, 500 units, 100,000 dossiers, 50,000 live approvals) and scale 10, against jCasbin 1.99.0 over the same
 * data at scale 1 in casbin's "RBAC with resource roles" form (see {@link Casbin}), asked the same 4,096 requests.
 * jCasbin checks far less: no windows, purposes, reader counts, co-reader or approver recusal, delegations or
 * obligations, and no request hash.
 *
 * <p>The forked JVM pre-touches its 6 GiB heap ({@code -XX:+AlwaysPreTouch}; otherwise the first write to each
 * fresh 4 KiB page of a young generation that the collector keeps growing costs a page fault of about 10 µs under
 * the hypervisor, which showed as a second latency mode near 12 µs) and backs it with transparent huge pages
 * ({@code -XX:+UseTransparentHugePages}, which cuts TLB misses at scale 10). Both are deployment settings we
 * recommend for a latency-bound decision point; drop them with {@code -jvmArgs "-Xms6g -Xmx6g"} to compare.
 *
 * <p>Run: {@code java -jar archive-benchmarks/target/benchmarks.jar AccessDecisionBenchmark} (3 forks; add
 * {@code -f 1} for a quick look).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 3, jvmArgs = {"-Xms6g", "-Xmx6g", "-XX:+AlwaysPreTouch", "-XX:+UseTransparentHugePages"})
public class AccessDecisionBenchmark {

    /** Our decision point over the synthetic province. */
    @State(Scope.Benchmark)
    public static class Ours {
        /** Data scale: 1 or 10. */
        @Param({"1", "10"})
        public int scale;
        AccessControl pdp;
        AccessRequest[] requests;
        int next;

        /** Builds the directory and the requests. */
        @Setup(Level.Trial)
        public void setUp() {
            AccessData data = new AccessData(scale, 20260601L);
            pdp = Access.decisionPoint(data.directory(), AccessPolicy.baseline(), EventSink.discarding());
            requests = data.requests.toArray(new AccessRequest[0]);
            int permits = 0;
            for (AccessRequest r : requests) {
                permits += pdp.decide(r).permitted() ? 1 : 0;
            }
            if (permits == 0 || permits == requests.length) {
                throw new IllegalStateException("the request mix should hold permits and denials, got " + permits);
            }
        }
    }

    /**
     * jCasbin over the same data at scale 1, in casbin's documented "RBAC with resource roles" form
     * ({@code rbac_with_resource_roles_model.conf}): archivists are in their unit's archivist group ({@code g}),
     * dossiers are in their custodian unit and units in their parent ({@code g2}, so a unit's group holds its whole
     * subtree), and one policy line per unit lets that unit's archivists file its dossiers: units in the policy
     * lines, dossiers in role links. Two more role definitions carry the approvals ({@code g3}: each reader of a
     * live approval linked to its dossier) and recusal ({@code g4}: each user linked to their own dossier and their
     * relatives'), tested in the matcher. One allow-only effect, so the first matching line answers. Every lookup
     * is a hash probe in casbin's role managers; what grows is the matcher evaluated line by line.
     */
    @State(Scope.Benchmark)
    public static class Casbin {
        /** The model. */
        static final String MODEL = String.join("\n",
                "[request_definition]", "r = sub, obj, act",
                "[policy_definition]", "p = sub, obj, act",
                "[role_definition]", "g = _, _", "g2 = _, _", "g3 = _, _", "g4 = _, _",
                "[policy_effect]", "e = some(where (p.eft == allow))",
                "[matchers]",
                "m = r.act == p.act && !g4(r.sub, r.obj)"
                        + " && (p.sub == \"approved-reader\" && g3(r.sub, r.obj) || g(r.sub, p.sub) && g2(r.obj, p.obj))");
        Enforcer enforcer;
        String[][] requests;
        /** How many of the 4,096 requests jCasbin answers as our decision point does (permit or deny). */
        int agreeing;
        int next;

        /** Loads the same data as policy lines and role links, and compares the answers with ours. */
        @Setup(Level.Trial)
        public void setUp() {
            AccessData data = new AccessData(1, 20260601L);
            Model m = Model.newModelFromString(MODEL);
            List<List<String>> p = new ArrayList<>();
            p.add(List.of("approved-reader", "*", "view"));
            for (int u = 0; u < data.units; u++) {
                p.add(List.of("archivists:" + data.unitIds[u], "unit:" + data.unitIds[u], "file"));
            }
            m.addPolicies("p", "p", p);
            List<List<String>> g = new ArrayList<>();
            for (int i = 0; i < data.users; i++) {
                if (data.roleOf[i] == io.dangan.archive.access.Role.ARCHIVIST) {
                    g.add(List.of(data.userIds[i].value(), "archivists:" + data.unitIds[data.unitOfUser[i]]));
                }
            }
            m.addPolicies("g", "g", g);
            List<List<String>> g2 = new ArrayList<>();
            for (int d = 0; d < data.dossiers; d++) {
                g2.add(List.of(AccessData.dossier(d).value(), "unit:" + data.unitIds[data.custodianOf[d]]));
            }
            for (int u = 1; u < data.units; u++) {
                g2.add(List.of("unit:" + data.unitIds[u], "unit:" + data.parentOf[u]));
            }
            m.addPolicies("g", "g2", g2);
            Set<List<String>> g3 = new LinkedHashSet<>();
            for (Approval a : data.approvalList) {
                for (PrincipalId r : a.readers()) {
                    g3.add(List.of(r.value(), a.dossier().value()));
                }
            }
            m.addPolicies("g", "g3", new ArrayList<>(g3));
            Set<List<String>> g4 = new LinkedHashSet<>();
            for (int i = 0; i < data.users; i++) {
                g4.add(List.of(data.userIds[i].value(), AccessData.dossier(i).value()));
            }
            for (int[] k : data.kin) {
                g4.add(List.of(data.userIds[k[0]].value(), AccessData.dossier(k[1]).value()));
            }
            m.addPolicies("g", "g4", new ArrayList<>(g4));
            enforcer = new Enforcer(m);
            enforcer.buildRoleLinks();
            requests = data.casbinRequests.toArray(new String[0][]);
            AccessControl ours = Access.decisionPoint(data.directory(), AccessPolicy.baseline(), EventSink.discarding());
            for (int i = 0; i < requests.length; i++) {
                String[] r = requests[i];
                if (enforcer.enforce(r[0], r[1], r[2]) == ours.decide(data.requests.get(i)).permitted()) {
                    agreeing++;
                }
            }
            if (agreeing < requests.length * 9 / 10) {
                throw new IllegalStateException("jCasbin agrees with our decision point on only " + agreeing + " of "
                        + requests.length + " requests: the two are not given the same data");
            }
        }
    }

    /**
     * @param s our state
     * @return the decision
     */
    @Benchmark
    public Decision ourDecisionPoint(Ours s) {
        AccessRequest r = s.requests[s.next++ & 4095];
        return s.pdp.decide(r);
    }

    /**
     * @param s jCasbin's state
     * @return its answer
     */
    @Benchmark
    public boolean jcasbin(Casbin s) {
        String[] r = s.requests[s.next++ & 4095];
        return s.enforcer.enforce(r[0], r[1], r[2]);
    }
}

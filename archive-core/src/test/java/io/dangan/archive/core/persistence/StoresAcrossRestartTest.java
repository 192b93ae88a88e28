package io.dangan.archive.core.persistence;

import static io.dangan.archive.testkit.access.AccessWorld.APPROVER;
import static io.dangan.archive.testkit.access.AccessWorld.APPROVER_2;
import static io.dangan.archive.testkit.access.AccessWorld.COUNTY;
import static io.dangan.archive.testkit.access.AccessWorld.PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.PURPOSE;
import static io.dangan.archive.testkit.access.AccessWorld.READER;
import static io.dangan.archive.testkit.access.AccessWorld.READER_2;
import static io.dangan.archive.testkit.access.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalDraft;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.Resource;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.Hardware;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.core.hardware.HardwareTagRegistry;
import io.dangan.archive.environment.AlertChanged;
import io.dangan.archive.environment.AlertKind;
import io.dangan.archive.environment.AlertState;
import io.dangan.archive.environment.AlertStore;
import io.dangan.archive.environment.EnvironmentAlert;
import io.dangan.archive.environment.EnvironmentMonitor;
import io.dangan.archive.environment.EnvironmentProfiles;
import io.dangan.archive.environment.Measure;
import io.dangan.archive.environment.Reading;
import io.dangan.archive.inventory.TagBinding;
import io.dangan.archive.inventory.TagStatus;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.rfid.epc.TagCodeScheme;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.access.AccessWorld;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tag bindings, environment alerts and approvals outlive the process that wrote them: each test writes through the
 * services in a first life, closes the entity manager factory (and, for the H2 file, shuts the database down),
 * then opens everything again over the same database in a second life.
 */
class StoresAcrossRestartTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final TagCodeScheme SCHEME = TagCodeScheme.gdti96("6901234", "00001", 0);

    @TempDir
    Path dir;

    private interface Life {
        void run(EntityManagerFactory factory) throws Exception;
    }

    /** Runs two lives over one database: an H2 file, or a PostgreSQL schema. */
    private void twoLives(String kind, Life first, Life second) throws Exception {
        if (kind.equals("postgresql")) {
            try (TestDatabase db = TestDatabase.postgres()) {
                db.migrate();
                try (EntityManagerFactory emf = db.entityManagerFactory()) {
                    first.run(emf);
                }
                try (EntityManagerFactory emf = db.entityManagerFactory()) {
                    second.run(emf);
                }
            }
            return;
        }
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath();
        try (TestDatabase db = TestDatabase.h2(url)) {
            db.migrate();
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                first.run(emf);
            }
        }
        try (TestDatabase db = TestDatabase.h2(url)) {
            db.migrate();
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                second.run(emf);
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("a tag registry opened again continues after the highest serial and keeps every binding's history")
    void tagSerialsContinue(String kind) throws Exception {
        ManualClock clock = ManualClock.at(T0);
        List<TagBinding> firstLife = new ArrayList<>();
        twoLives(kind, emf -> {
            HardwareTagRegistry registry = Hardware.tagRegistry(SCHEME, 1, clock, e -> { }, JpaStores.tagBindings(emf));
            firstLife.add(registry.issue(DossierId.of("D-1"), "clerk"));
            firstLife.add(registry.issue(DossierId.of("D-2"), "clerk"));
            clock.advance(Duration.ofDays(1));
            firstLife.add(registry.reissue(DossierId.of("D-1"), "标签破损", "clerk"));
            assertThat(firstLife).extracting(TagBinding::serial).containsExactly(1L, 2L, 3L);
        }, emf -> {
            RecordingEventSink events = new RecordingEventSink();
            HardwareTagRegistry registry = Hardware.tagRegistry(SCHEME, 1, clock, events, JpaStores.tagBindings(emf));
            TagBinding third = registry.issue(DossierId.of("D-3"), "clerk");
            assertThat(third.serial()).isEqualTo(4);
            assertThat(firstLife).extracting(TagBinding::code).doesNotContain(third.code());
            assertThat(registry.history(DossierId.of("D-1"))).extracting(TagBinding::serial, TagBinding::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, TagStatus.REPLACED),
                            org.assertj.core.groups.Tuple.tuple(3L, TagStatus.ACTIVE));
            assertThat(registry.byCode(firstLife.get(0).code())).hasValueSatisfying(b -> {
                assertThat(b.status()).isEqualTo(TagStatus.REPLACED);
                assertThat(b.reason()).isEqualTo("标签破损");
            });
            assertThat(registry.active(DossierId.of("D-2"))).contains(firstLife.get(1));
            assertThatThrownBy(() -> registry.issue(DossierId.of("D-1"), "clerk"))
                    .isInstanceOfSatisfying(ArchiveException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.TAG_ALREADY_BOUND));
            assertThat(events.events()).hasSize(1);
        });
    }

    @Test
    @DisplayName("a registry that finds its serial taken by another registry over the same store moves past it")
    void serialTakenByAnotherRegistry() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            db.migrate();
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                ManualClock clock = ManualClock.at(T0);
                HardwareTagRegistry one = Hardware.tagRegistry(SCHEME, 1, clock, e -> { }, JpaStores.tagBindings(emf));
                HardwareTagRegistry two = Hardware.tagRegistry(SCHEME, 1, clock, e -> { }, JpaStores.tagBindings(emf));
                assertThat(one.issue(DossierId.of("D-1"), "clerk").serial()).isEqualTo(1);
                assertThat(two.issue(DossierId.of("D-2"), "clerk").serial()).isEqualTo(2);
                assertThat(one.issue(DossierId.of("D-3"), "clerk").serial()).isEqualTo(3);
            }
        }
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("open alerts are reloaded, an acknowledged one stays acknowledged, and a sensor registered again"
            + " clears its alert; ids continue")
    void alertsSurvive(String kind) throws Exception {
        ManualClock clock = ManualClock.at(T0);
        twoLives(kind, emf -> {
            EnvironmentMonitor monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, e -> { },
                    JpaStores.alerts(emf));
            monitor.registerSensor("th-1", "一号库房", "paper", Duration.ofMinutes(5));
            monitor.registerSensor("th-2", "二号库房", "paper", Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(5));
            List<EnvironmentAlert> raised = monitor.accept(new Reading("th-1", Measure.RELATIVE_HUMIDITY, 72, true,
                    clock.instant()));
            assertThat(raised).extracting(EnvironmentAlert::id).containsExactly("ENV-000001");
            clock.advance(Duration.ofMinutes(1));
            monitor.acknowledge("ENV-000001", "库管员");
            monitor.deviceAlarm("th-2", "PROBE_FAULT", clock.instant());
        }, emf -> {
            clock.advance(Duration.ofMinutes(1));
            AlertStore store = JpaStores.alerts(emf);
            RecordingEventSink events = new RecordingEventSink();
            EnvironmentMonitor monitor = Hardware.environmentMonitor(EnvironmentProfiles.defaults(), 3, clock, events,
                    store);
            assertThat(monitor.activeAlerts()).extracting(EnvironmentAlert::id, EnvironmentAlert::state,
                    EnvironmentAlert::acknowledgedBy).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ENV-000001", AlertState.ACKNOWLEDGED, "库管员"),
                            org.assertj.core.groups.Tuple.tuple("ENV-000002", AlertState.RAISED, null));
            assertThat(store.history("ENV-000001")).extracting(AlertChanged::change, AlertChanged::actor,
                    AlertChanged::occurredAt).containsExactly(
                            org.assertj.core.groups.Tuple.tuple(AlertChanged.Change.RAISED, "system",
                                    T0.plus(Duration.ofMinutes(5))),
                            org.assertj.core.groups.Tuple.tuple(AlertChanged.Change.ACKNOWLEDGED, "库管员",
                                    T0.plus(Duration.ofMinutes(6))));

            // the device alarm is acknowledged before its sensor is registered again
            assertThat(monitor.acknowledge("ENV-000002", "值班员").state()).isEqualTo(AlertState.ACKNOWLEDGED);
            monitor.registerSensor("th-1", "一号库房", "paper", Duration.ofMinutes(5));
            clock.advance(Duration.ofMinutes(5));
            List<EnvironmentAlert> cleared = monitor.accept(new Reading("th-1", Measure.RELATIVE_HUMIDITY, 50, true,
                    clock.instant()));
            assertThat(cleared).singleElement().satisfies(a -> {
                assertThat(a.id()).isEqualTo("ENV-000001");
                assertThat(a.state()).isEqualTo(AlertState.CLEARED);
                assertThat(a.acknowledgedBy()).isEqualTo("库管员");
            });
            clock.advance(Duration.ofMinutes(5));
            List<EnvironmentAlert> again = monitor.accept(new Reading("th-1", Measure.RELATIVE_HUMIDITY, 72, true,
                    clock.instant()));
            assertThat(again).filteredOn(a -> a.kind() == AlertKind.OUT_OF_RANGE).singleElement()
                    .satisfies(a -> assertThat(a.id()).isEqualTo("ENV-000003"));
            assertThat(store.alert("ENV-000001")).hasValueSatisfying(a -> assertThat(a.state())
                    .isEqualTo(AlertState.CLEARED));
            assertThat(store.open()).extracting(EnvironmentAlert::id).contains("ENV-000002", "ENV-000003")
                    .doesNotContain("ENV-000001");
            assertThat(events.ofClass(AlertChanged.class)).extracting(AlertChanged::type).startsWith(
                    "environment.alert.acknowledged", "environment.alert.cleared", "environment.alert.raised");
        });
    }

    private static MemoryAccessDirectory directory() {
        MemoryAccessDirectory dir = new MemoryAccessDirectory();
        AccessWorld w = AccessWorld.standard(T0);
        w.unitTree().forEach(dir::unit);
        w.principals().forEach(dir::principal);
        w.dossiers().forEach(dir::dossier);
        w.kinships().forEach(dir::kinship);
        return dir;
    }

    private static ApprovalDraft viewDraft() {
        return new ApprovalDraft(PLAIN, READER, Set.of(READER_2), EnumSet.of(Action.VIEW), Set.of(), PURPOSE, COUNTY,
                T0, T0.plus(Duration.ofDays(3)), null);
    }

    private static AccessRequest view(Approval a, Instant at) {
        return AccessRequest.of(READER, Action.VIEW, Resource.dossier(PLAIN),
                AccessContext.withApproval(at, a.id(), PURPOSE));
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("an approval decided in one life permits in the next, and is revoked there for good")
    void approvalsSurvive(String kind) throws Exception {
        ManualClock clock = ManualClock.at(T0);
        MemoryAccessDirectory dir = directory();
        List<Approval> approved = new ArrayList<>();
        twoLives(kind, emf -> {
            ApprovalStore store = JpaStores.approvals(emf);
            AccessControl pdp = Access.decisionPoint(dir, store, AccessPolicy.baseline(), e -> { });
            ApprovalService approvals = Access.approvals(dir, store, pdp, e -> { }, clock);
            approved.add(approvals.approve(approvals.request(viewDraft()).id(), APPROVER));
            assertThatDecision(pdp.decide(view(approved.get(0), T0.plusSeconds(60)))).isPermitted();
        }, emf -> {
            ApprovalStore store = JpaStores.approvals(emf);
            AccessControl pdp = Access.decisionPoint(dir, store, AccessPolicy.baseline(), e -> { });
            ApprovalService approvals = Access.approvals(dir, store, pdp, e -> { }, clock);
            Approval a = approved.get(0);
            assertThat(approvals.find(a.id())).contains(a);
            assertThat(store.byDossier(PLAIN)).containsExactly(a);
            assertThat(approvals.byRequester(READER)).containsExactly(a);
            assertThatDecision(pdp.decide(view(a, T0.plusSeconds(120)))).isPermitted();
            clock.advance(Duration.ofHours(1));
            approvals.revoke(a.id(), APPROVER, "任免程序终止");
            assertThatDecision(pdp.decide(view(a, clock.instant()))).isDenied().hasReasons(ReasonCode.APPROVAL_REVOKED);
            assertThat(store.approval(a.id())).satisfies(x -> assertThat(x.status()).isEqualTo(ApprovalStatus.REVOKED));
        });
    }

    @ParameterizedTest(name = "on {0}")
    @ValueSource(strings = {"h2", "postgresql"})
    @DisplayName("two approvers deciding one request at once through the workflow: one approves, the other is refused")
    void twoApproversOneWins(String kind) throws Exception {
        ManualClock clock = ManualClock.at(T0);
        MemoryAccessDirectory dir = directory();
        try (TestDatabase db = kind.equals("postgresql") ? TestDatabase.postgres() : TestDatabase.h2()) {
            db.migrate();
            try (EntityManagerFactory emf = db.entityManagerFactory()) {
                ApprovalStore store = JpaStores.approvals(emf);
                AccessControl pdp = Access.decisionPoint(dir, store, AccessPolicy.baseline(), e -> { });
                ApprovalService approvals = Access.approvals(dir, store, pdp, e -> { }, clock);
                for (int round = 0; round < 5; round++) {
                    Approval a = approvals.request(viewDraft());
                    CyclicBarrier start = new CyclicBarrier(2);
                    ExecutorService pool = Executors.newFixedThreadPool(2);
                    try {
                        List<Future<Object>> futures = new ArrayList<>();
                        for (var approver : List.of(APPROVER, APPROVER_2)) {
                            futures.add(pool.submit(() -> {
                                start.await(30, TimeUnit.SECONDS);
                                try {
                                    return approvals.approve(a.id(), approver);
                                } catch (ConflictException e) {
                                    return e;
                                }
                            }));
                        }
                        List<Object> outcomes = new ArrayList<>();
                        for (Future<Object> f : futures) {
                            outcomes.add(f.get(60, TimeUnit.SECONDS));
                        }
                        assertThat(outcomes).filteredOn(Approval.class::isInstance).singleElement();
                        assertThat(outcomes).filteredOn(ConflictException.class::isInstance).singleElement()
                                .satisfies(e -> assertThat(((ConflictException) e).code())
                                        .isEqualTo(ErrorCode.APPROVAL_STATE));
                        assertThat(store.approval(a.id())).satisfies(x -> {
                            assertThat(x.status()).isEqualTo(ApprovalStatus.APPROVED);
                            assertThat(x.approvers()).hasSize(1);
                        });
                    } finally {
                        pool.shutdownNow();
                    }
                }
            }
        }
    }
}

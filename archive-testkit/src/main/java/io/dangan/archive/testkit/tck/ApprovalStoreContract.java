package io.dangan.archive.testkit.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ArchiveException;
import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.ApprovalStore;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.UnitId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The conformance contract of {@link ApprovalStore} (审批存储): what every store of approvals must do, written once
 * and run against the in-memory store, H2 and PostgreSQL. An implementation's whole test is a subclass with one hook:
 * <pre>{@code
 * class MyApprovalStoreTest extends ApprovalStoreContract {
 *     @Override protected ApprovalStore emptyStore() { return MyApprovalStore.fresh(); }
 * }
 * }</pre>
 * The concurrency tests use real threads: two approvers deciding one request at once must not both win, and
 * concurrent signatures must not be lost.
 */
public abstract class ApprovalStoreContract {
    /** A moment inside every fixture approval's window. */
    protected static final Instant T0 = Instant.parse("2026-06-01T02:00:00.123456789Z");
    /** The issuing unit of the fixtures. */
    protected static final UnitId COUNTY = UnitId.of("county-org");

    /** The store under test, fresh for each test. */
    protected ApprovalStore store;

    /**
     * Returns the store under test, holding no approvals. Called before each test; a database store may delete the
     * rows and keep its schema and connection pool.
     *
     * @return an empty store
     */
    protected abstract ApprovalStore emptyStore();

    @BeforeEach
    void createStore() {
        store = emptyStore();
        assertThat(store.approval(ApprovalId.of("A-1"))).as("emptyStore() must hold no approvals").isNull();
    }

    /**
     * A pending view approval.
     *
     * @param id the approval id
     * @param dossier the dossier id
     * @param requester the requester's id
     * @return the approval in state {@link ApprovalStatus#REQUESTED}
     */
    protected static Approval approval(String id, String dossier, String requester) {
        PrincipalId r = PrincipalId.of(requester);
        return new Approval(ApprovalId.of(id), DossierId.of(dossier), r, Set.of(r, PrincipalId.of("reader-zheng")),
                EnumSet.of(Action.VIEW, Action.EXCERPT), Set.of(), "appointment", COUNTY, List.of(),
                T0.minus(Duration.ofHours(1)), T0.plus(Duration.ofDays(7)), null, ApprovalStatus.REQUESTED, null);
    }

    /**
     * A borrow approval with every optional field set: classes, a return date, approvers, a reason.
     *
     * @param id the approval id
     * @return the approval
     */
    protected static Approval borrow(String id) {
        PrincipalId r = PrincipalId.of("reader-zhao");
        return new Approval(ApprovalId.of(id), DossierId.of("D-2018-0001"), r,
                Set.of(r, PrincipalId.of("reader-zheng"), PrincipalId.of("reader.qian@county")),
                EnumSet.of(Action.VIEW, Action.BORROW, Action.COPY), Set.of(4, 9, 1), "appointment", COUNTY,
                List.of(PrincipalId.of("approver-sun"), PrincipalId.of("approver-qian")), T0,
                T0.plus(Duration.ofDays(3)).plusNanos(7), T0.plus(Duration.ofDays(2)), ApprovalStatus.APPROVED,
                "经部务会研究同意借阅");
    }

    private static void assertCode(Throwable t, ErrorCode code) {
        assertThat(t).isInstanceOf(ArchiveException.class);
        assertThat(((ArchiveException) t).code()).isEqualTo(code);
        assertThat(t.getMessage()).isNotBlank();
    }

    /** Approves a pending approval as {@code approver}; refuses anything but a pending one. */
    private static Approval approveAs(Approval a, String approver) {
        if (a.status() != ApprovalStatus.REQUESTED) {
            throw new ConflictException(ErrorCode.APPROVAL_STATE, "approval " + a.id(),
                    "approval " + a.id() + " is " + a.status() + ", expected REQUESTED");
        }
        List<PrincipalId> signers = new ArrayList<>(a.approvers());
        signers.add(PrincipalId.of(approver));
        return a.with(ApprovalStatus.APPROVED, signers, null);
    }

    @Nested
    @DisplayName("Storage (存取)")
    class Storage {
        @Test
        @DisplayName("a stored approval reads back equal, every field and instant exact")
        void roundTrip() {
            Approval plain = approval("A-1", "D-2018-0001", "reader-zhao");
            Approval full = borrow("A-2");
            store.insert(plain);
            store.insert(full);
            assertThat(store.approval(plain.id())).isEqualTo(plain);
            assertThat(store.approval(full.id())).isEqualTo(full);
            assertThat(store.approval(ApprovalId.of("A-9"))).isNull();
        }

        @Test
        @DisplayName("approvals of a requester and of a dossier come in id order, and only theirs")
        void lookups() {
            store.insert(approval("A-3", "D-1", "reader-zhao"));
            store.insert(approval("A-1", "D-2", "reader-zhao"));
            store.insert(approval("A-2", "D-1", "reader-wu"));
            store.insert(approval("A-10", "D-1", "reader-zhao"));
            assertThat(store.byRequester(PrincipalId.of("reader-zhao"))).extracting(a -> a.id().value())
                    .containsExactly("A-1", "A-10", "A-3");
            assertThat(store.byDossier(DossierId.of("D-1"))).extracting(a -> a.id().value())
                    .containsExactly("A-10", "A-2", "A-3");
            assertThat(store.byRequester(PrincipalId.of("reader-nobody"))).isEmpty();
            assertThat(store.byDossier(DossierId.of("D-9"))).isEmpty();
        }

        @Test
        @DisplayName("a second approval with a taken id is a DUPLICATE, and the first is kept")
        void duplicate() {
            Approval first = approval("A-1", "D-1", "reader-zhao");
            store.insert(first);
            assertThatThrownBy(() -> store.insert(approval("A-1", "D-2", "reader-wu")))
                    .satisfies(e -> assertCode(e, ErrorCode.DUPLICATE));
            assertThat(store.approval(first.id())).isEqualTo(first);
            assertThat(store.byDossier(DossierId.of("D-2"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Updates (更新)")
    class Updates {
        @Test
        @DisplayName("an update applies the change to the stored state and keeps the result")
        void update() {
            Approval a = approval("A-1", "D-1", "reader-zhao");
            store.insert(a);
            Approval approved = store.update(a.id(), x -> approveAs(x, "approver-sun"));
            assertThat(approved).isEqualTo(approveAs(a, "approver-sun"));
            assertThat(store.approval(a.id())).isEqualTo(approved);
            Approval revoked = store.update(a.id(), x -> x.with(ApprovalStatus.REVOKED, x.approvers(), "调动，停止查阅"));
            assertThat(revoked).isNotNull();
            assertThat(store.approval(a.id())).isEqualTo(revoked)
                    .satisfies(x -> assertThat(x.approvers()).containsExactly(PrincipalId.of("approver-sun")));
            assertThat(store.byRequester(PrincipalId.of("reader-zhao"))).containsExactly(revoked);
        }

        @Test
        @DisplayName("updating an unknown approval returns null and stores nothing")
        void unknown() {
            assertThat(store.update(ApprovalId.of("A-9"), x -> x.with(ApprovalStatus.REVOKED, x.approvers(), "x")))
                    .isNull();
            assertThat(store.approval(ApprovalId.of("A-9"))).isNull();
        }

        @Test
        @DisplayName("an exception thrown by the change propagates and leaves the approval unchanged")
        void refusedChange() {
            Approval a = approval("A-1", "D-1", "reader-zhao");
            store.insert(a);
            store.update(a.id(), x -> approveAs(x, "approver-sun"));
            assertThatThrownBy(() -> store.update(a.id(), x -> approveAs(x, "approver-qian")))
                    .satisfies(e -> assertCode(e, ErrorCode.APPROVAL_STATE));
            assertThat(store.approval(a.id())).isEqualTo(approveAs(a, "approver-sun"));
        }

        @Test
        @DisplayName("a change that returns another approval's id is refused and changes nothing")
        void changeKeepsTheId() {
            Approval a = approval("A-1", "D-1", "reader-zhao");
            store.insert(a);
            assertThatThrownBy(() -> store.update(a.id(), x -> approval("A-2", "D-1", "reader-zhao")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(store.approval(a.id())).isEqualTo(a);
            assertThat(store.approval(ApprovalId.of("A-2"))).isNull();
        }
    }

    @Nested
    @DisplayName("Concurrent approvers (并发审批)")
    class Concurrency {
        @Test
        @Timeout(value = 60, unit = TimeUnit.SECONDS)
        @DisplayName("two approvers deciding one request at once: one wins, the other sees the decision and is refused")
        void oneWins() throws Exception {
            Approval a = approval("A-1", "D-1", "reader-zhao");
            store.insert(a);
            CountDownLatch bothInside = new CountDownLatch(2);
            CyclicBarrier start = new CyclicBarrier(2);
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<Future<Object>> outcomes = new ArrayList<>();
                for (String approver : List.of("approver-sun", "approver-qian")) {
                    Callable<Object> decide = () -> {
                        start.await(30, TimeUnit.SECONDS);
                        try {
                            return store.update(a.id(), x -> {
                                // hold both changes open together, so that they overlap wherever the store allows it
                                bothInside.countDown();
                                awaitQuietly(bothInside);
                                return approveAs(x, approver);
                            });
                        } catch (ConflictException e) {
                            return e;
                        }
                    };
                    outcomes.add(pool.submit(decide));
                }
                List<Object> results = new ArrayList<>();
                for (Future<Object> f : outcomes) {
                    results.add(f.get(60, TimeUnit.SECONDS));
                }
                List<Approval> winners = results.stream().filter(Approval.class::isInstance).map(Approval.class::cast)
                        .toList();
                assertThat(winners).hasSize(1);
                assertThat(results).filteredOn(ConflictException.class::isInstance).singleElement()
                        .satisfies(e -> assertCode((Throwable) e, ErrorCode.APPROVAL_STATE));
                Approval stored = store.approval(a.id());
                assertThat(stored).isEqualTo(winners.get(0));
                assertThat(stored.approvers()).hasSize(1);
            } finally {
                pool.shutdownNow();
            }
        }

        @Test
        @Timeout(value = 120, unit = TimeUnit.SECONDS)
        @DisplayName("signatures added by eight threads at once are all kept (no lost update)")
        void noLostUpdate() throws Exception {
            Approval a = approval("A-1", "D-1", "reader-zhao");
            store.insert(a);
            int threads = 8;
            CyclicBarrier start = new CyclicBarrier(threads);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<@Nullable Approval>> futures = new ArrayList<>();
                for (int i = 0; i < threads; i++) {
                    PrincipalId signer = PrincipalId.of("approver-" + i);
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return store.update(a.id(), x -> {
                            List<PrincipalId> signers = new ArrayList<>(x.approvers());
                            signers.add(signer);
                            return x.with(x.status(), signers, null);
                        });
                    }));
                }
                for (Future<@Nullable Approval> f : futures) {
                    assertThat(f.get(120, TimeUnit.SECONDS)).isNotNull();
                }
                assertThat(store.approval(a.id()).approvers()).hasSize(threads)
                        .containsExactlyInAnyOrderElementsOf(java.util.stream.IntStream.range(0, threads)
                                .mapToObj(i -> PrincipalId.of("approver-" + i)).toList());
            } finally {
                pool.shutdownNow();
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(500, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

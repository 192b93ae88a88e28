package io.dangan.archive.core.internal.access;

import static io.dangan.archive.testkit.access.AccessWorld.APPROVER;
import static io.dangan.archive.testkit.access.AccessWorld.APPROVER_2;
import static io.dangan.archive.testkit.access.AccessWorld.ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.BORROW_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.COUNTY;
import static io.dangan.archive.testkit.access.AccessWorld.PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.PURPOSE;
import static io.dangan.archive.testkit.access.AccessWorld.READER;
import static io.dangan.archive.testkit.access.AccessWorld.READERS_OWN;
import static io.dangan.archive.testkit.access.AccessWorld.READER_2;
import static io.dangan.archive.testkit.access.AccessWorld.TRANSFER_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_PLAIN;
import static io.dangan.archive.testkit.access.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.groups.Tuple.tuple;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessGuard;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.GuardedArchive;
import io.dangan.archive.access.Obligation;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.Resource;
import io.dangan.archive.audit.AuditQuery;
import io.dangan.archive.audit.AuditRecord;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.GuardedArchives;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.testkit.RecordingEventSink;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayName("Authorising a borrow, a transfer or a destruction (授权借阅、转递、销毁)")
class AuthoriseTest {
    final GuardedWorld w = new GuardedWorld();
    final GuardedArchive guarded = w.guarded;
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThePool() throws InterruptedException {
        pool.shutdownNow();
        assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Stores an approved approval for {@code dossier} in the directory and returns its id. */
    ApprovalId approved(String id, DossierId dossier, PrincipalId requester, Set<PrincipalId> readers, Action action,
            List<PrincipalId> approvers, Instant from, Instant to, Instant returnBy) {
        ApprovalId a = ApprovalId.of(id);
        w.directory.approval(new Approval(a, dossier, requester, readers, EnumSet.of(action), Set.of(), PURPOSE, COUNTY,
                approvers, from, to, returnBy, ApprovalStatus.APPROVED, null));
        return a;
    }

    ApprovalId transferApproval(String id) {
        return approved(id, PLAIN, ARCHIVIST, Set.of(ARCHIVIST), Action.TRANSFER, List.of(APPROVER, APPROVER_2),
                GuardedWorld.T0.minusSeconds(60), GuardedWorld.T0.plus(Duration.ofDays(7)), null);
    }

    static AccessDeniedException denied(ThrowingCallable call) {
        Throwable t = catchThrowable(call);
        assertThat(t).isInstanceOf(AccessDeniedException.class);
        return (AccessDeniedException) t;
    }

    ApprovalStatus status(ApprovalId id) {
        return w.approvals.find(id).orElseThrow().status();
    }

    List<AuditRecord> recordsAfter(long size) {
        return w.log.query(AuditQuery.all()).stream().filter(r -> r.sequence() > size).toList();
    }

    @Nested
    @DisplayName("a borrow (借阅)")
    class Borrow {
        @Test
        void isPermittedWithItsReturnDateRegisterAndSupervisionAndIsAudited() {
            long before = w.log.size();
            Decision d = guarded.authorise(READER, Action.BORROW, PLAIN, BORROW_PLAIN, PURPOSE);
            assertThatDecision(d).isPermitted().hasReasons(ReasonCode.PERMIT_APPROVAL)
                    .obliges(ObligationKind.AUDIT, ObligationKind.SUPERVISED, ObligationKind.REGISTER,
                            ObligationKind.RETURN_BY);
            Approval a = w.approvals.find(BORROW_PLAIN).orElseThrow();
            assertThat(d.obligations()).contains(new Obligation(ObligationKind.RETURN_BY, String.valueOf(a.returnBy())),
                    new Obligation(ObligationKind.SUPERVISED, "2"));
            assertThat(recordsAfter(before)).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo("access.permit");
                assertThat(r.action()).isEqualTo("borrow");
                assertThat(r.actor()).isEqualTo(READER.value());
                assertThat(r.requestHash()).isEqualTo(d.requestHash());
            });
        }

        @Test
        void doesNotSpendItsApprovalWhichServesAgainInsideItsWindow() {
            guarded.authorise(READER, Action.BORROW, PLAIN, BORROW_PLAIN, PURPOSE);
            assertThat(status(BORROW_PLAIN)).isEqualTo(ApprovalStatus.APPROVED);
            assertThatDecision(guarded.authorise(READER_2, Action.BORROW, PLAIN, BORROW_PLAIN, PURPOSE)).isPermitted();
            assertThat(w.log.query(AuditQuery.all().action("borrow"))).extracting(AuditRecord::type)
                    .containsExactly("access.permit", "access.permit");
        }

        @Test
        void beyondTheMaximumLoanPeriodIsDeniedAndAudited() {
            Instant from = GuardedWorld.T0.minusSeconds(60);
            ApprovalId tooLong = approved("A-BORROW-LONG", PLAIN, READER, Set.of(READER, READER_2), Action.BORROW,
                    List.of(APPROVER), from, from.plus(Duration.ofDays(30)), from.plus(Duration.ofDays(14)).plusSeconds(1));
            long before = w.log.size();
            AccessDeniedException e = denied(() -> guarded.authorise(READER, Action.BORROW, PLAIN, tooLong, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.LOAN_TOO_LONG);
            assertThat(recordsAfter(before)).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo("access.deny");
                assertThat(r.reasons()).containsExactly("LOAN_TOO_LONG");
            });
            ApprovalId maximal = approved("A-BORROW-14D", PLAIN, READER, Set.of(READER, READER_2), Action.BORROW,
                    List.of(APPROVER), from, from.plus(Duration.ofDays(30)), from.plus(Duration.ofDays(14)));
            assertThatDecision(guarded.authorise(READER, Action.BORROW, PLAIN, maximal, PURPOSE)).isPermitted();
        }

        @Test
        void withoutAnApprovalServiceIsStillDecided() {
            GuardedArchive plain = GuardedArchives.builder(w.archive, w.control, w.guard).labels(GuardedWorld::label)
                    .build();
            assertThatDecision(plain.authorise(READER, Action.BORROW, PLAIN, BORROW_PLAIN, PURPOSE)).isPermitted();
        }
    }

    @Nested
    @DisplayName("a transfer or a destruction (转递、销毁)")
    class SingleUse {
        @Test
        void spendsTheApprovalInTheSameStepAndASecondUseIsDeniedAndAudited() {
            long before = w.log.size();
            Decision d = guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE);
            assertThatDecision(d).isPermitted().hasReasons(ReasonCode.PERMIT_MANAGEMENT_AUTHORITY)
                    .obliges(ObligationKind.AUDIT);
            assertThat(status(TRANSFER_PLAIN)).isEqualTo(ApprovalStatus.USED);
            assertThat(recordsAfter(before)).extracting(AuditRecord::type, AuditRecord::actor).containsExactly(
                    tuple("approval.used", ARCHIVIST.value()),
                    tuple("access.permit", ARCHIVIST.value()));

            long spent = w.log.size();
            AccessDeniedException e = denied(() -> guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.APPROVAL_USED);
            assertThat(recordsAfter(spent)).singleElement().satisfies(r -> {
                assertThat(r.type()).isEqualTo("access.deny");
                assertThat(r.action()).isEqualTo("transfer");
                assertThat(r.reasons()).containsExactly("APPROVAL_USED");
            });
        }

        @Test
        void aDestructionNeedsTwoDistinctApproversAndADenialSpendsNothing() {
            ApprovalId once = approved("A-DESTROY-ONE", PLAIN, ARCHIVIST, Set.of(ARCHIVIST), Action.DESTROY,
                    List.of(APPROVER), GuardedWorld.T0.minusSeconds(60), GuardedWorld.T0.plus(Duration.ofDays(7)), null);
            AccessDeniedException e = denied(() -> guarded.authorise(ARCHIVIST, Action.DESTROY, PLAIN, once, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.TWO_APPROVERS_REQUIRED);
            assertThat(status(once)).isEqualTo(ApprovalStatus.APPROVED);
            ApprovalId twice = approved("A-DESTROY-TWO", PLAIN, ARCHIVIST, Set.of(ARCHIVIST), Action.DESTROY,
                    List.of(APPROVER, APPROVER_2), GuardedWorld.T0.minusSeconds(60),
                    GuardedWorld.T0.plus(Duration.ofDays(7)), null);
            assertThatDecision(guarded.authorise(ARCHIVIST, Action.DESTROY, PLAIN, twice, PURPOSE)).isPermitted();
            assertThat(status(twice)).isEqualTo(ApprovalStatus.USED);
        }

        @Test
        void replayedForAnotherDossierIsDeniedAndTheApprovalIsNotSpent() {
            AccessDeniedException e = denied(() -> guarded.authorise(ARCHIVIST, Action.TRANSFER, READERS_OWN, TRANSFER_PLAIN, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReason(ReasonCode.APPROVAL_OTHER_DOSSIER);
            assertThat(status(TRANSFER_PLAIN)).isEqualTo(ApprovalStatus.APPROVED);
            assertThatDecision(guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE)).isPermitted();
        }

        @Test
        void outsideItsWindowIsDeniedAndNotSpent() {
            w.clock.advance(Duration.ofDays(7));
            AccessDeniedException e = denied(() -> guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.APPROVAL_EXPIRED);
            assertThat(status(TRANSFER_PLAIN)).isEqualTo(ApprovalStatus.APPROVED);
        }

        @Test
        void aRevokedApprovalIsDeniedWithItsOwnReason() {
            w.approvals.revoke(TRANSFER_PLAIN, APPROVER, "调动取消");
            AccessDeniedException e = denied(() -> guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.APPROVAL_REVOKED);
            assertThat(status(TRANSFER_PLAIN)).isEqualTo(ApprovalStatus.REVOKED);
        }

        @Test
        void presentedByManyThreadsAtOnceIsPermittedExactlyOnce() throws Exception {
            for (int round = 0; round < 25; round++) {
                ApprovalId a = transferApproval("A-RACE-" + round);
                long before = w.log.size();
                int threads = 8;
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Decision>> tries = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    Callable<Decision> attempt = () -> {
                        start.await();
                        try {
                            return guarded.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, a, PURPOSE);
                        } catch (AccessDeniedException e) {
                            return e.decision();
                        }
                    };
                    tries.add(pool.submit(attempt));
                }
                start.countDown();
                List<Decision> decisions = new ArrayList<>();
                for (Future<Decision> f : tries) {
                    decisions.add(f.get(30, TimeUnit.SECONDS));
                }
                assertThat(decisions).filteredOn(Decision::permitted).as("round %d", round).hasSize(1);
                assertThat(decisions).filteredOn(d -> !d.permitted())
                        .allSatisfy(d -> assertThat(d.reasons()).containsExactly(ReasonCode.APPROVAL_USED));
                assertThat(status(a)).isEqualTo(ApprovalStatus.USED);
                List<AuditRecord> audited = recordsAfter(before);
                assertThat(audited).filteredOn(r -> r.type().equals("access.permit")).hasSize(1);
                assertThat(audited).filteredOn(r -> r.type().equals("access.deny")).hasSize(threads - 1);
                assertThat(audited).filteredOn(r -> r.type().equals("approval.used")).hasSize(1);
            }
        }

        @Test
        void isAWiringErrorWithoutAnApprovalServiceRaisedBeforeAnyDecision() {
            GuardedArchive plain = GuardedArchives.builder(w.archive, w.control, w.guard).labels(GuardedWorld::label)
                    .build();
            long before = w.log.size();
            assertThatThrownBy(() -> plain.authorise(ARCHIVIST, Action.TRANSFER, PLAIN, TRANSFER_PLAIN, PURPOSE))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("approvals(");
            assertThat(w.log.size()).isEqualTo(before);
            assertThat(status(TRANSFER_PLAIN)).isEqualTo(ApprovalStatus.APPROVED);
        }
    }

    @ParameterizedTest
    @EnumSource(value = Action.class, names = {"BORROW", "TRANSFER", "DESTROY"}, mode = EnumSource.Mode.EXCLUDE)
    void otherActionsHaveTheirOwnOperationsAndAreRefusedBeforeAnyDecision(Action action) {
        long before = w.log.size();
        assertThatThrownBy(() -> guarded.authorise(READER, action, PLAIN, VIEW_PLAIN, PURPOSE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(action.code());
        assertThat(w.log.size()).isEqualTo(before);
    }

    @Nested
    @DisplayName("the guard's commit step")
    class Commit {
        final RecordingEventSink sink = new RecordingEventSink();
        final AccessRequest transfer = AccessRequest.of(ARCHIVIST, Action.TRANSFER, Resource.dossier(PLAIN),
                AccessContext.withApproval(GuardedWorld.T0, TRANSFER_PLAIN, PURPOSE));

        @Test
        void aPermitThatLostItsCommitIsDecidedAgainAndOnlyTheDenialIsAudited() {
            AccessGuard guard = Access.guard(w.control, sink);
            AccessDeniedException e = denied(() -> guard.check(transfer, permit -> {
                w.approvals.markUsed(TRANSFER_PLAIN, ARCHIVIST); // another host spent it after our decision
                return false;
            }));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.APPROVAL_USED);
            assertThat(sink.ofClass(io.dangan.archive.access.AccessDecided.class)).singleElement()
                    .satisfies(r -> assertThat(r.decision()).isEqualTo(e.decision()));
        }

        @Test
        void aCommitThatNeverSticksFailsClosedAfterAFewTries() {
            AccessControl alwaysPermits = w.control;
            AtomicInteger tries = new AtomicInteger();
            AccessGuard guard = Access.guard(alwaysPermits, sink);
            AccessDeniedException e = denied(() -> guard.check(transfer, permit -> {
                tries.incrementAndGet();
                return false;
            }));
            assertThatDecision(e.decision()).isDenied().hasReasons(ReasonCode.EVALUATION_ERROR).decidedBy("fail-closed");
            assertThat(tries).hasValue(3);
            assertThat(sink.events()).hasSize(1);
        }

        @Test
        void aDenialIsNeverCommitted() {
            AccessGuard guard = Access.guard(w.control, sink);
            AtomicInteger tries = new AtomicInteger();
            AccessRequest byReader = AccessRequest.of(READER, Action.TRANSFER, Resource.dossier(PLAIN),
                    AccessContext.withApproval(GuardedWorld.T0, TRANSFER_PLAIN, PURPOSE));
            assertThatThrownBy(() -> guard.check(byReader, permit -> tries.incrementAndGet() > 0))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(tries).hasValue(0);
            assertThat(sink.events()).hasSize(1);
        }
    }
}

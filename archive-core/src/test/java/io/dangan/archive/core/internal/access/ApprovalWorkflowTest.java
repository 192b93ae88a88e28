package io.dangan.archive.core.internal.access;

import static io.dangan.archive.testkit.access.AccessWorld.APPROVER;
import static io.dangan.archive.testkit.access.AccessWorld.APPROVER_2;
import static io.dangan.archive.testkit.access.AccessWorld.ARCHIVIST;
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
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalChanged;
import io.dangan.archive.access.ApprovalDraft;
import io.dangan.archive.access.ApprovalService;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.Kinship;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.Role;
import io.dangan.archive.core.Access;
import io.dangan.archive.core.MemoryAccessDirectory;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.testkit.ManualClock;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.access.AccessWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApprovalWorkflowTest {
    private static final Instant T0 = Instant.parse("2026-06-01T02:00:00Z");
    private final ManualClock clock = ManualClock.at(T0);
    private final RecordingEventSink sink = new RecordingEventSink();
    private final MemoryAccessDirectory dir = new MemoryAccessDirectory();
    private final AccessControl pdp;
    private final ApprovalService approvals;

    ApprovalWorkflowTest() {
        AccessWorld w = AccessWorld.standard(T0);
        w.unitTree().forEach(dir::unit);
        w.principals().forEach(dir::principal);
        w.dossiers().forEach(dir::dossier);
        w.kinships().forEach(dir::kinship);
        dir.principal(new Principal(io.dangan.archive.access.PrincipalId.of("approver-jiang"), SubjectId.of("p-jiang-father"),
                Set.of(COUNTY), Set.of(Role.APPROVER), Classification.SECRET));
        dir.kinship(new Kinship(SubjectId.of("p-jiang"), SubjectId.of("p-jiang-father"), RelationKind.PARENT));
        pdp = Access.decisionPoint(dir, AccessPolicy.baseline(), sink);
        approvals = Access.approvals(dir, dir, pdp, sink, clock);
    }

    private ApprovalDraft viewDraft() {
        return new ApprovalDraft(PLAIN, READER, Set.of(READER_2), EnumSet.of(Action.VIEW), Set.of(), PURPOSE, COUNTY,
                T0, T0.plus(Duration.ofDays(3)), null);
    }

    private AccessRequest view(Approval a, Instant at) {
        return AccessRequest.of(READER, Action.VIEW, Resource.dossier(PLAIN), AccessContext.withApproval(at, a.id(), PURPOSE));
    }

    @Test
    void requestApproveUseExpire() {
        Approval requested = approvals.request(viewDraft());
        assertThat(requested.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThat(requested.readers()).containsExactlyInAnyOrder(READER, READER_2);
        assertThatDecision(pdp.decide(view(requested, T0))).isDenied().hasReasons(ReasonCode.APPROVAL_NOT_APPROVED);

        Approval approved = approvals.approve(requested.id(), APPROVER);
        assertThat(approved.status()).isEqualTo(ApprovalStatus.APPROVED);
        assertThatDecision(pdp.decide(view(approved, T0.plusSeconds(60)))).isPermitted();
        assertThatDecision(pdp.decide(view(approved, approved.validTo()))).isDenied().hasReasons(ReasonCode.APPROVAL_EXPIRED);
        assertThat(sink.ofClass(ApprovalChanged.class)).extracting(ApprovalChanged::type)
                .containsExactly("approval.requested", "approval.approved");
    }

    @Test
    void rejectionNeedsAReasonAndIsFinal() {
        Approval a = approvals.request(viewDraft());
        assertThatThrownBy(() -> approvals.reject(a.id(), APPROVER, " ")).isInstanceOf(InvalidInputException.class);
        Approval rejected = approvals.reject(a.id(), APPROVER, "用途不在范围内");
        assertThat(rejected.status()).isEqualTo(ApprovalStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("用途不在范围内");
        assertThatThrownBy(() -> approvals.approve(a.id(), APPROVER)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ArchiveException) e).code()).isEqualTo(ErrorCode.APPROVAL_STATE));
    }

    @Test
    void revokedApprovalsStopWorking() {
        Approval a = approvals.approve(approvals.request(viewDraft()).id(), APPROVER);
        clock.advance(Duration.ofHours(1));
        Approval revoked = approvals.revoke(a.id(), APPROVER, "任免程序终止");
        assertThat(revoked.status()).isEqualTo(ApprovalStatus.REVOKED);
        assertThatDecision(pdp.decide(view(revoked, clock.instant()))).isDenied().hasReasons(ReasonCode.APPROVAL_REVOKED);
    }

    @Test
    void nobodyApprovesTheirOwnRequestAndTheRefusalIsAudited() {
        Approval a = approvals.request(viewDraft());
        dir.principal(new Principal(READER, SubjectId.of("p-zhao"), Set.of(COUNTY), Set.of(Role.READER, Role.APPROVER),
                Classification.INTERNAL));
        assertThatThrownBy(() -> approvals.approve(a.id(), READER)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasons()).contains(ReasonCode.SELF_APPROVAL));
        assertThat(sink.ofClass(AccessDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.decision().permitted()).isFalse());
    }

    @Test
    void recusalBindsApprovers() {
        Approval a = approvals.request(viewDraft());
        assertThatThrownBy(() -> approvals.approve(a.id(), io.dangan.archive.access.PrincipalId.of("approver-jiang")))
                .isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasons())
                        .containsExactly(ReasonCode.RECUSAL_RELATIVE));
    }

    @Test
    void anArchivistCannotApprove() {
        Approval a = approvals.request(viewDraft());
        assertThatThrownBy(() -> approvals.approve(a.id(), ARCHIVIST)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasons()).contains(ReasonCode.ROLE_MISSING));
    }

    @Test
    void transferNeedsTwoDistinctApprovers() {
        Approval a = approvals.request(new ApprovalDraft(PLAIN, ARCHIVIST, Set.of(), EnumSet.of(Action.TRANSFER), Set.of(),
                PURPOSE, COUNTY, T0, T0.plus(Duration.ofDays(30)), null));
        Approval once = approvals.approve(a.id(), APPROVER);
        assertThat(once.status()).isEqualTo(ApprovalStatus.REQUESTED);
        assertThatThrownBy(() -> approvals.approve(a.id(), APPROVER)).isInstanceOf(ConflictException.class);
        Approval twice = approvals.approve(a.id(), APPROVER_2);
        assertThat(twice.status()).isEqualTo(ApprovalStatus.APPROVED);
        AccessRequest transfer = AccessRequest.of(ARCHIVIST, Action.TRANSFER, Resource.dossier(PLAIN),
                AccessContext.withApproval(T0.plusSeconds(5), a.id(), PURPOSE));
        assertThatDecision(pdp.decide(transfer)).isPermitted();
        assertThatThrownBy(() -> approvals.markUsed(a.id(), READER)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).code()).isEqualTo(ErrorCode.ACCESS_ACTOR_MISMATCH));
        assertThatDecision(pdp.decide(transfer)).isPermitted();
        approvals.markUsed(a.id(), ARCHIVIST);
        assertThatDecision(pdp.decide(transfer)).isDenied().hasReasons(ReasonCode.APPROVAL_USED);
        assertThat(sink.ofClass(ApprovalChanged.class)).last()
                .satisfies(c -> assertThat(c.actor()).isEqualTo(ARCHIVIST.value()));
    }

    @Test
    void badRequestsAreRefusedBeforeAnythingIsStored() {
        assertThatThrownBy(() -> approvals.request(new ApprovalDraft(PLAIN, READER, Set.of(READER_2),
                EnumSet.of(Action.BORROW), Set.of(), PURPOSE, COUNTY, T0, T0.plusSeconds(60), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("return date");
        assertThatThrownBy(() -> approvals.request(new ApprovalDraft(PLAIN, READER, Set.of(READER_2),
                EnumSet.of(Action.VIEW), Set.of(), "gossip", COUNTY, T0, T0.plusSeconds(60), null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("gossip");
        assertThatThrownBy(() -> approvals.request(new ApprovalDraft(PLAIN, READER, Set.of(READER_2),
                EnumSet.of(Action.VIEW), Set.of(), PURPOSE, COUNTY, T0, T0, null)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> approvals.request(new ApprovalDraft(io.dangan.archive.model.DossierId.of("D-none"), READER,
                Set.of(READER_2), EnumSet.of(Action.VIEW), Set.of(), PURPOSE, COUNTY, T0, T0.plusSeconds(9), null)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(approvals.byRequester(READER)).isEmpty();
        assertThat(sink.events()).isEmpty();
    }

    @Test
    void readersAndReasonsAreBoundedAsTheStoresKeepThem() {
        Set<io.dangan.archive.access.PrincipalId> many = new java.util.HashSet<>();
        for (int i = 0; i < 32; i++) {
            many.add(io.dangan.archive.access.PrincipalId.of("reader-" + i));
        }
        assertThatThrownBy(() -> approvals.request(new ApprovalDraft(PLAIN, READER, many, EnumSet.of(Action.VIEW),
                Set.of(), PURPOSE, COUNTY, T0, T0.plusSeconds(60), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.APPROVAL_INVALID);
                    assertThat(e.getMessage()).contains("33 readers", "at most 32");
                });
        Approval a = approvals.request(viewDraft());
        assertThatThrownBy(() -> approvals.reject(a.id(), APPROVER, "理".repeat(501)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.APPROVAL_INVALID));
        assertThat(approvals.find(a.id())).hasValueSatisfying(x -> assertThat(x.status()).isEqualTo(ApprovalStatus.REQUESTED));
        assertThat(approvals.reject(a.id(), APPROVER, "理".repeat(500)).status()).isEqualTo(ApprovalStatus.REJECTED);
    }

    @Test
    void anApprovalCannotBeReplayedForAnotherDossier() {
        Approval a = approvals.approve(approvals.request(viewDraft()).id(), APPROVER);
        dir.dossier(new DossierFacts(io.dangan.archive.model.DossierId.of("D-OTHER"), SubjectId.of("p-other"), COUNTY));
        AccessRequest replay = AccessRequest.of(READER, Action.VIEW, Resource.dossier(io.dangan.archive.model.DossierId.of("D-OTHER")),
                AccessContext.withApproval(T0, a.id(), PURPOSE));
        assertThatDecision(pdp.decide(replay)).isDenied().hasReasons(ReasonCode.APPROVAL_OTHER_DOSSIER);
    }
}

package io.dangan.archive.core.internal.access;

import static io.dangan.archive.testkit.access.AccessWorld.APPROVER;
import static io.dangan.archive.testkit.access.AccessWorld.ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.AUDIT_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.COUNTY;
import static io.dangan.archive.testkit.access.AccessWorld.FOREIGN;
import static io.dangan.archive.testkit.access.AccessWorld.FOREIGN_ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.OTHER_COUNTY;
import static io.dangan.archive.testkit.access.AccessWorld.PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.PURPOSE;
import static io.dangan.archive.testkit.access.AccessWorld.READER;
import static io.dangan.archive.testkit.access.AccessWorld.SECURITY_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_PLAIN;
import static io.dangan.archive.testkit.access.DecisionAssert.assertThatDecision;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dangan.archive.ConflictException;
import io.dangan.archive.ErrorCode;
import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessDecided;
import io.dangan.archive.access.AccessDeniedException;
import io.dangan.archive.access.AccessDirectory;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.Delegation;
import io.dangan.archive.access.DossierFacts;
import io.dangan.archive.access.PolicyChanged;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.Principal;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Resource;
import io.dangan.archive.access.Role;
import io.dangan.archive.access.RuleKind;
import io.dangan.archive.model.DossierId;
import io.dangan.archive.model.MaterialId;
import io.dangan.archive.model.SubjectId;
import io.dangan.archive.model.UnitId;
import io.dangan.archive.testkit.RecordingEventSink;
import io.dangan.archive.testkit.access.AccessWorld;
import io.dangan.archive.testkit.access.DecisionHarness;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PolicyDecisionPointTest {
    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    private final AccessWorld world = AccessWorld.standard(NOW);
    private final RecordingEventSink sink = new RecordingEventSink();
    private final PolicyDecisionPoint pdp = new PolicyDecisionPoint(world, AccessPolicy.baseline(), sink);
    private final DecisionHarness harness = new DecisionHarness(pdp, world);

    @Test
    void deniesUnknownPrincipalDossierApprovalAndPurpose() {
        harness.ask(PrincipalId.of("nobody"), Action.VIEW, Resource.dossier(PLAIN)).decide().isDenied()
                .hasReasons(ReasonCode.UNKNOWN_PRINCIPAL).decidedBy("input");
        harness.ask(READER, Action.VIEW, Resource.dossier(DossierId.of("D-missing"))).decide().isDenied()
                .hasReasons(ReasonCode.UNKNOWN_DOSSIER);
        harness.ask(READER, Action.VIEW, Resource.unknownMaterial(MaterialId.of("M-missing"))).with(VIEW_PLAIN, PURPOSE)
                .decide().isDenied().hasReasons(ReasonCode.UNKNOWN_MATERIAL).decidedBy("input");
        harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(ApprovalId.of("A-forged"), PURPOSE).decide()
                .isDenied().hasReasons(ReasonCode.UNKNOWN_APPROVAL);
        harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, "fishing").decide().isDenied()
                .hasReasons(ReasonCode.UNKNOWN_PURPOSE);
    }

    @Test
    void deniesAnActionOnTheWrongKindOfResource() {
        harness.ask(AUDIT_ADMIN, Action.READ_AUDIT, Resource.dossier(PLAIN)).decide().isDenied()
                .hasReasons(ReasonCode.ACTION_RESOURCE_MISMATCH);
        harness.ask(ARCHIVIST, Action.FILE, Resource.auditLog()).decide().isDenied()
                .hasReasons(ReasonCode.ACTION_RESOURCE_MISMATCH);
    }

    @Test
    void failsClosedWhenTheDirectoryThrows() {
        AccessDirectory broken = new ForwardingDirectory(world) {
            @Override
            public @Nullable DossierFacts dossier(DossierId id) {
                throw new IllegalStateException("directory offline");
            }
        };
        Decision d = new PolicyDecisionPoint(broken, AccessPolicy.baseline(), sink)
                .decide(AccessRequest.of(READER, Action.VIEW, Resource.dossier(PLAIN), AccessContext.at(NOW)));
        assertThatDecision(d).isDenied().hasReasons(ReasonCode.EVALUATION_ERROR).decidedBy("fail-closed");
    }

    @Test
    void aCustomForbidOverridesAnApprovedView() {
        List<PolicyRule> rules = new ArrayList<>(AccessPolicy.baseline().rules());
        rules.add(new PolicyRule("county.no-copy-bureau", RuleKind.FORBID, EnumSet.of(Action.COPY), Set.of(), Set.of(),
                Set.of(AccessWorld.BUREAU)));
        PolicyDecisionPoint strict = new PolicyDecisionPoint(world, AccessPolicy.baseline().withRules("county-1", rules), sink);
        DecisionHarness h = new DecisionHarness(strict, world);
        h.ask(READER, Action.COPY, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.FORBIDDEN_BY_RULE).decidedBy("county.no-copy-bureau").underPolicy("county-1");
        h.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isPermitted();
    }

    @Test
    void anApprovalsClassScopeBindsSensitiveClassesEvenWithoutTheSensitiveClassRule() {
        List<PolicyRule> rules = new ArrayList<>(AccessPolicy.baseline().rules());
        rules.removeIf(r -> r.kind() == RuleKind.SENSITIVE_CLASS);
        PolicyDecisionPoint lax = new PolicyDecisionPoint(world, AccessPolicy.baseline().withRules("no-sensitive", rules), sink);
        DecisionHarness h = new DecisionHarness(lax, world);
        Resource discipline = Resource.material(PLAIN, io.dangan.archive.model.MaterialId.of("M-8"),
                io.dangan.archive.model.MaterialCategory.ofClass(8), io.dangan.archive.access.Classification.INTERNAL);
        Resource resume = Resource.material(PLAIN, io.dangan.archive.model.MaterialId.of("M-1"),
                io.dangan.archive.model.MaterialCategory.ofClass(1), io.dangan.archive.access.Classification.INTERNAL);
        h.ask(READER, Action.VIEW, discipline).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.SENSITIVE_CLASS_NOT_NAMED);
        h.ask(READER, Action.VIEW, resume).with(VIEW_PLAIN, PURPOSE).decide().isPermitted();
    }

    @Test
    void theRelationSetIsConfiguration() {
        AccessWorld w = AccessWorld.builder().now(NOW).unit(COUNTY, null)
                .account(READER, "p-zhao", io.dangan.archive.access.Classification.INTERNAL, Set.of(COUNTY), Role.READER)
                .account(AccessWorld.READER_2, "p-zheng", io.dangan.archive.access.Classification.INTERNAL, Set.of(COUNTY), Role.READER)
                .account(APPROVER, "p-sun", io.dangan.archive.access.Classification.SECRET, Set.of(COUNTY), Role.APPROVER)
                .dossier(PLAIN, "p-cousin", COUNTY)
                .kinship("p-cousin", "p-zhao", RelationKind.COLLATERAL)
                .approval(new Approval(VIEW_PLAIN, PLAIN, READER, Set.of(READER, AccessWorld.READER_2),
                        Set.of(Action.VIEW), Set.of(), PURPOSE, COUNTY, List.of(APPROVER), NOW, NOW.plusSeconds(60), null,
                        io.dangan.archive.access.ApprovalStatus.APPROVED, null))
                .build();
        AccessPolicy close = AccessPolicy.baseline();
        AccessPolicy all = close.withRecusalRelations("all-relatives", RelationKind.all());
        new DecisionHarness(new PolicyDecisionPoint(w, close, sink), w)
                .ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isPermitted();
        new DecisionHarness(new PolicyDecisionPoint(w, all, sink), w)
                .ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.RECUSAL_RELATIVE);
    }

    @Test
    void aDelegationGrantsAuthorityOnlyInsideItsWindow() {
        AccessWorld w = AccessWorld.builder().now(NOW).unit(COUNTY, null).unit(OTHER_COUNTY, null)
                .account(FOREIGN_ARCHIVIST, "p-ma", io.dangan.archive.access.Classification.SECRET, Set.of(OTHER_COUNTY),
                        Role.ARCHIVIST)
                .dossier(PLAIN, "p-jiang", COUNTY)
                .delegation(new Delegation("DL-1", COUNTY, OTHER_COUNTY, Set.of(), NOW, NOW.plus(Duration.ofDays(30))))
                .build();
        DecisionHarness h = new DecisionHarness(new PolicyDecisionPoint(w, AccessPolicy.baseline(), sink), w);
        h.ask(FOREIGN_ARCHIVIST, Action.FILE, Resource.dossier(PLAIN)).decide().isPermitted()
                .hasReasons(ReasonCode.PERMIT_DELEGATION);
        h.ask(FOREIGN_ARCHIVIST, Action.FILE, Resource.dossier(PLAIN)).at(NOW.plus(Duration.ofDays(30))).decide()
                .isDenied().hasReasons(ReasonCode.DEFAULT_DENY);
        h.ask(FOREIGN_ARCHIVIST, Action.FILE, Resource.dossier(PLAIN)).at(NOW.minusNanos(1)).decide().isDenied();
    }

    @Test
    void anotherCountysArchivistCannotFileThere() {
        harness.ask(ARCHIVIST, Action.FILE, Resource.dossier(FOREIGN)).decide().isDenied()
                .hasReasons(ReasonCode.DEFAULT_DENY);
    }

    @Test
    void policyChangesAreAuthorisedAndAudited() {
        AccessPolicy next = AccessPolicy.baseline().withRecusalRelations("county-2", RelationKind.all());
        assertThatThrownBy(() -> pdp.changePolicy(READER, next, NOW)).isInstanceOf(AccessDeniedException.class)
                .satisfies(e -> assertThat(((AccessDeniedException) e).decision().reasons())
                        .containsExactly(ReasonCode.DEFAULT_DENY));
        assertThat(pdp.policy().version()).isEqualTo("baseline-1");
        Decision d = pdp.changePolicy(SECURITY_ADMIN, next, NOW);
        assertThatDecision(d).isPermitted().hasReasons(ReasonCode.PERMIT_SECURITY_ADMIN);
        assertThat(pdp.policy().version()).isEqualTo("county-2");
        assertThat(sink.ofClass(AccessDecided.class)).extracting(e -> e.decision().effect().name())
                .containsExactly("DENY", "PERMIT");
        assertThat(sink.ofClass(PolicyChanged.class)).singleElement()
                .satisfies(e -> assertThat(e.details()).containsEntry("from", "baseline-1").containsEntry("to", "county-2"));
        assertThatThrownBy(() -> pdp.changePolicy(SECURITY_ADMIN, next, NOW)).isInstanceOf(ConflictException.class)
                .satisfies(e -> assertThat(((ConflictException) e).code()).isEqualTo(ErrorCode.POLICY_VERSION_REUSED));
    }

    @Test
    void aPolicyChangeTheSinkRefusesNeverTakesEffect() {
        AccessPolicy next = AccessPolicy.baseline().withRecusalRelations("county-2", RelationKind.all());
        RecordingEventSink recorded = new RecordingEventSink();
        PolicyDecisionPoint refusing = new PolicyDecisionPoint(world, AccessPolicy.baseline(), event -> {
            if (event instanceof PolicyChanged) {
                throw new IllegalStateException("audit store offline");
            }
            recorded.emit(event);
        });
        assertThatThrownBy(() -> refusing.changePolicy(SECURITY_ADMIN, next, NOW))
                .isInstanceOf(IllegalStateException.class).hasMessage("audit store offline");
        assertThat(refusing.policy().version()).isEqualTo("baseline-1");
        assertThat(refusing.policy()).isEqualTo(AccessPolicy.baseline());
        assertThat(recorded.ofClass(AccessDecided.class)).singleElement()
                .satisfies(e -> assertThat(e.decision().permitted()).isTrue());
        // the policy in force still decides: the wider recusal of county-2 is not applied
        assertThat(refusing.decide(AccessRequest.of(READER, Action.VIEW, Resource.dossier(PLAIN),
                AccessContext.withApproval(NOW, VIEW_PLAIN, PURPOSE))).policyVersion()).isEqualTo("baseline-1");
    }

    @Test
    void theRequestHashNamesTheExactQuestion() {
        AccessRequest a = harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).request();
        AccessRequest b = harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE)
                .at(NOW.plusNanos(1)).request();
        assertThat(pdp.decide(a).requestHash()).isEqualTo(RequestHash.of(a)).isNotEqualTo(pdp.decide(b).requestHash());
    }

    @Test
    void anApproverWhoIsARelativeVoidsTheApproval() {
        AccessWorld w = AccessWorld.builder().now(NOW).unit(COUNTY, null)
                .account(READER, "p-zhao", io.dangan.archive.access.Classification.INTERNAL, Set.of(COUNTY), Role.READER)
                .account(AccessWorld.READER_2, "p-zheng", io.dangan.archive.access.Classification.INTERNAL, Set.of(COUNTY), Role.READER)
                .account(APPROVER, "p-sun", io.dangan.archive.access.Classification.SECRET, Set.of(COUNTY), Role.APPROVER)
                .dossier(PLAIN, "p-sun-son", COUNTY)
                .kinship("p-sun", "p-sun-son", RelationKind.CHILD)
                .approval(new Approval(VIEW_PLAIN, PLAIN, READER, Set.of(READER, AccessWorld.READER_2),
                        Set.of(Action.VIEW), Set.of(), PURPOSE, COUNTY, List.of(APPROVER), NOW, NOW.plusSeconds(60), null,
                        io.dangan.archive.access.ApprovalStatus.APPROVED, null))
                .build();
        new DecisionHarness(new PolicyDecisionPoint(w, AccessPolicy.baseline(), sink), w)
                .ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.RECUSAL_APPROVER);
    }

    @Test
    void aReaderCountBelowTheMinimumIsDenied() {
        Approval a = world.approvalOf(VIEW_PLAIN);
        world.put(new Approval(a.id(), a.dossier(), READER, Set.of(READER), a.actions(), a.classes(), a.purpose(),
                a.issuingUnit(), a.approvers(), a.validFrom(), a.validTo(), null, a.status(), null));
        harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.TOO_FEW_READERS);
    }

    @Test
    void anApprovalIssuedByAUnitWithoutAuthorityIsDenied() {
        Approval a = world.approvalOf(VIEW_PLAIN);
        world.put(new Approval(a.id(), a.dossier(), READER, a.readers(), a.actions(), a.classes(), a.purpose(),
                OTHER_COUNTY, a.approvers(), a.validFrom(), a.validTo(), null, a.status(), null));
        harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                .hasReasons(ReasonCode.APPROVAL_ISSUER_NO_AUTHORITY);
    }

    /** Delegates every lookup, so a test can break one. */
    static class ForwardingDirectory implements AccessDirectory {
        private final AccessDirectory d;

        ForwardingDirectory(AccessDirectory d) {
            this.d = d;
        }

        @Override
        public @Nullable Principal principal(PrincipalId id) {
            return d.principal(id);
        }

        @Override
        public @Nullable DossierFacts dossier(DossierId id) {
            return d.dossier(id);
        }

        @Override
        public @Nullable UnitId parent(UnitId unit) {
            return d.parent(unit);
        }

        @Override
        public @Nullable RelationKind relation(SubjectId person, SubjectId other) {
            return d.relation(person, other);
        }

        @Override
        public List<Delegation> delegationsTo(UnitId unit) {
            return d.delegationsTo(unit);
        }

        @Override
        public @Nullable Approval approval(ApprovalId id) {
            return d.approval(id);
        }
    }
}

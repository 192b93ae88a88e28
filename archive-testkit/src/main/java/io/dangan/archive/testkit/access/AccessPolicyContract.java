package io.dangan.archive.testkit.access;

import static io.dangan.archive.access.ObligationKind.AUDIT;
import static io.dangan.archive.access.ObligationKind.REGISTER;
import static io.dangan.archive.access.ObligationKind.RETURN_BY;
import static io.dangan.archive.access.ObligationKind.SUPERVISED;
import static io.dangan.archive.access.ObligationKind.WATERMARK;
import static io.dangan.archive.testkit.access.AccessWorld.ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.AUDIT_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.BORROW_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.COMBINED_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.FOREIGN_ARCHIVIST;
import static io.dangan.archive.testkit.access.AccessWorld.PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.PURPOSE;
import static io.dangan.archive.testkit.access.AccessWorld.READER;
import static io.dangan.archive.testkit.access.AccessWorld.READERS_OWN;
import static io.dangan.archive.testkit.access.AccessWorld.RELATIVES;
import static io.dangan.archive.testkit.access.AccessWorld.RELATIVE_READER;
import static io.dangan.archive.testkit.access.AccessWorld.SECURITY_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.SELF_READER;
import static io.dangan.archive.testkit.access.AccessWorld.SYSTEM_ADMIN;
import static io.dangan.archive.testkit.access.AccessWorld.TRANSFER_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_OWN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_PLAIN;
import static io.dangan.archive.testkit.access.AccessWorld.VIEW_RELATIVES;
import static org.assertj.core.api.Assertions.assertThat;

import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.Approval;
import io.dangan.archive.access.ApprovalStatus;
import io.dangan.archive.access.Classification;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.Resource;
import io.dangan.archive.model.MaterialCategory;
import io.dangan.archive.model.MaterialId;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The dossier rules as a contract (访问策略契约): run it against a decision point and a policy to show in
 * CI that the policy data still encodes them. A subclass supplies the decision point over the standard world
 * and, optionally, its own policy (default: the baseline):
 *
 * <pre>{@code
 * class OurPolicyTest extends AccessPolicyContract {
 *     protected AccessControl decisionPoint(AccessWorld world, AccessPolicy policy) {
 *         return Access.decisionPoint(world, policy, EventSink.discarding());
 *     }
 *     protected AccessPolicy policy() { return OurPolicies.load(); }
 * }
 * }</pre>
 */
public abstract class AccessPolicyContract {
    /** The reference instant of the standard world. */
    protected static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");

    /** The harness over the standard world, fresh for every test. */
    protected DecisionHarness harness;

    /**
     * @param world the standard world
     * @param policy the policy to evaluate
     * @return the decision point under test
     */
    protected abstract AccessControl decisionPoint(AccessWorld world, AccessPolicy policy);

    /** @return the policy under test; the baseline unless overridden */
    protected AccessPolicy policy() {
        return AccessPolicy.baseline();
    }

    @BeforeEach
    protected void setUpHarness() {
        AccessWorld world = AccessWorld.standard(NOW);
        harness = new DecisionHarness(decisionPoint(world, policy()), world);
    }

    private static Resource material(int classNumber, Classification label) {
        return Resource.material(PLAIN, MaterialId.of("M-" + classNumber), MaterialCategory.ofClass(classNumber), label);
    }

    @Nested
    @DisplayName("Use with an approval (查阅审批)")
    class Use {
        @Test
        @DisplayName("a reader named in a live approval views the dossier, watermarked and supervised")
        void permittedView() {
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isPermitted().hasReasons(ReasonCode.PERMIT_APPROVAL).obliges(AUDIT, WATERMARK, SUPERVISED);
        }

        @Test
        @DisplayName("a copy is registered and watermarked")
        void copyRegistered() {
            harness.ask(READER, Action.COPY, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isPermitted().obliges(AUDIT, WATERMARK, SUPERVISED, REGISTER);
        }

        @Test
        @DisplayName("a borrow is registered and must be returned by the approval's date")
        void borrowReturnBy() {
            harness.ask(READER, Action.BORROW, Resource.dossier(PLAIN)).with(BORROW_PLAIN, PURPOSE).decide()
                    .isPermitted().obliges(AUDIT, SUPERVISED, REGISTER, RETURN_BY);
        }

        @Test
        @DisplayName("without an approval a view is denied")
        void noApproval() {
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).decide().isDenied()
                    .hasReason(ReasonCode.APPROVAL_MISSING);
        }

        @Test
        @DisplayName("an approval is valid from its start inclusive to its end exclusive")
        void halfOpenWindow() {
            Approval a = harness.world().approvalOf(VIEW_PLAIN);
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).at(a.validFrom())
                    .decide().isPermitted();
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE)
                    .at(a.validFrom().minusNanos(1)).decide().isDenied().hasReasons(ReasonCode.APPROVAL_NOT_YET_VALID);
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE)
                    .at(a.validTo().minusNanos(1)).decide().isPermitted();
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).at(a.validTo())
                    .decide().isDenied().hasReasons(ReasonCode.APPROVAL_EXPIRED);
        }

        @Test
        @DisplayName("an approval replayed for another dossier is denied")
        void replayOtherDossier() {
            harness.ask(READER, Action.VIEW, Resource.dossier(AccessWorld.RELATIVES)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isDenied().hasReason(ReasonCode.APPROVAL_OTHER_DOSSIER);
        }

        @Test
        @DisplayName("an approval presented by someone it does not name is denied")
        void replayOtherRequester() {
            harness.ask(AccessWorld.RELATIVE_READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE)
                    .decide().isDenied().hasReasons(ReasonCode.APPROVAL_NOT_A_READER);
        }

        @Test
        @DisplayName("a revoked approval is denied")
        void revoked() {
            Approval a = harness.world().approvalOf(VIEW_PLAIN);
            harness.world().put(a.with(ApprovalStatus.REVOKED, a.approvers(), "用途已完成"));
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                    .hasReasons(ReasonCode.APPROVAL_REVOKED);
        }

        @Test
        @DisplayName("a purpose outside the catalogue is denied")
        void unknownPurpose() {
            harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, "curiosity").decide().isDenied()
                    .hasReasons(ReasonCode.UNKNOWN_PURPOSE);
        }

        @Test
        @DisplayName("an approval for viewing does not allow borrowing")
        void actionNotNamed() {
            harness.ask(READER, Action.BORROW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE).decide().isDenied()
                    .hasReason(ReasonCode.APPROVAL_ACTION_NOT_NAMED);
        }
    }

    @Nested
    @DisplayName("Recusal (回避) beats everything")
    class Recusal {
        @Test
        @DisplayName("nobody views their own dossier, even with an approval")
        void selfView() {
            harness.ask(SELF_READER, Action.VIEW, Resource.dossier(READERS_OWN)).with(VIEW_OWN, PURPOSE).decide()
                    .isDenied().hasFirstReason(ReasonCode.RECUSAL_SELF).decidedBy("baseline.recusal");
        }

        @Test
        @DisplayName("nobody views a spouse's dossier, even with an approval")
        void relativeView() {
            harness.ask(RELATIVE_READER, Action.VIEW, Resource.dossier(RELATIVES)).with(VIEW_RELATIVES, PURPOSE).decide()
                    .isDenied().hasFirstReason(ReasonCode.RECUSAL_RELATIVE);
        }

        @Test
        @DisplayName("a reader whose co-reader is the subject is denied too")
        void coReader() {
            harness.ask(READER, Action.VIEW, Resource.dossier(READERS_OWN)).with(VIEW_OWN, PURPOSE).decide()
                    .isDenied().hasReason(ReasonCode.RECUSAL_READER);
        }
    }

    @Nested
    @DisplayName("Materials: clearance and sensitive classes")
    class Materials {
        @Test
        @DisplayName("a material above the reader's clearance is denied")
        void clearance() {
            harness.ask(READER, Action.VIEW, material(1, Classification.SECRET)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isDenied().hasReasons(ReasonCode.CLEARANCE_INSUFFICIENT);
        }

        @Test
        @DisplayName("a discipline material (class 8) needs the approval to name class 8")
        void sensitiveClass() {
            harness.ask(READER, Action.VIEW, material(8, Classification.INTERNAL)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isDenied().hasReasons(ReasonCode.SENSITIVE_CLASS_NOT_NAMED);
            harness.ask(READER, Action.VIEW, material(1, Classification.INTERNAL)).with(VIEW_PLAIN, PURPOSE).decide()
                    .isPermitted();
        }
    }

    @Nested
    @DisplayName("Management authority and action limits")
    class Authority {
        @Test
        @DisplayName("the custodian's archivist files; another county's archivist cannot")
        void filing() {
            harness.ask(ARCHIVIST, Action.FILE, Resource.dossier(PLAIN)).decide().isPermitted()
                    .hasReasons(ReasonCode.PERMIT_MANAGEMENT_AUTHORITY);
            harness.ask(FOREIGN_ARCHIVIST, Action.FILE, Resource.dossier(PLAIN)).decide().isDenied()
                    .hasReasons(ReasonCode.DEFAULT_DENY);
        }

        @Test
        @DisplayName("a transfer signed by two distinct approvers is permitted to the archivist")
        void transfer() {
            harness.ask(ARCHIVIST, Action.TRANSFER, Resource.dossier(PLAIN)).with(TRANSFER_PLAIN, PURPOSE).decide()
                    .isPermitted();
        }

        @Test
        @DisplayName("a transfer with one approver is denied")
        void transferOneApprover() {
            Approval a = harness.world().approvalOf(TRANSFER_PLAIN);
            harness.world().put(a.with(a.status(), a.approvers().subList(0, 1), null));
            harness.ask(ARCHIVIST, Action.TRANSFER, Resource.dossier(PLAIN)).with(TRANSFER_PLAIN, PURPOSE).decide()
                    .isDenied().hasReasons(ReasonCode.TWO_APPROVERS_REQUIRED);
        }

        @Test
        @DisplayName("a loan longer than the maximum is denied")
        void loanTooLong() {
            Approval a = harness.world().approvalOf(BORROW_PLAIN);
            harness.world().put(new Approval(a.id(), a.dossier(), a.requester(), a.readers(), a.actions(), a.classes(),
                    a.purpose(), a.issuingUnit(), a.approvers(), a.validFrom(), a.validTo(),
                    a.validFrom().plus(harness.control().policy().maxLoan()).plus(Duration.ofDays(1)), a.status(), null));
            harness.ask(READER, Action.BORROW, Resource.dossier(PLAIN)).with(BORROW_PLAIN, PURPOSE).decide().isDenied()
                    .hasReasons(ReasonCode.LOAN_TOO_LONG);
        }
    }

    @Nested
    @DisplayName("Three administrators (三员分立)")
    class Administrators {
        @Test
        @DisplayName("the audit administrator reads the log but no dossier")
        void auditAdmin() {
            harness.ask(AUDIT_ADMIN, Action.READ_AUDIT, Resource.auditLog()).decide().isPermitted();
            harness.ask(AUDIT_ADMIN, Action.VIEW, Resource.dossier(PLAIN)).decide().isDenied()
                    .hasReason(ReasonCode.ADMIN_NO_DOSSIER_ACCESS);
        }

        @Test
        @DisplayName("combined administrator roles are denied everything")
        void combined() {
            harness.ask(COMBINED_ADMIN, Action.READ_AUDIT, Resource.auditLog()).decide().isDenied()
                    .hasReasons(ReasonCode.ADMIN_ROLES_COMBINED);
            harness.ask(COMBINED_ADMIN, Action.ADMINISTER_POLICY, Resource.policy()).decide().isDenied();
        }

        @Test
        @DisplayName("only the security administrator administers the policy")
        void policyAdmin() {
            harness.ask(SECURITY_ADMIN, Action.ADMINISTER_POLICY, Resource.policy()).decide().isPermitted();
            harness.ask(SYSTEM_ADMIN, Action.ADMINISTER_POLICY, Resource.policy()).decide().isDenied();
            harness.ask(AUDIT_ADMIN, Action.ADMINISTER_POLICY, Resource.policy()).decide().isDenied();
        }
    }

    @Test
    @DisplayName("every decision carries the policy version and a 64-hex request hash, and is stable")
    public void decisionsAreStable() {
        var q = harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, PURPOSE);
        assertThat(q.decision()).isEqualTo(q.decision());
        assertThat(q.decision().requestHash()).matches("[0-9a-f]{64}");
        assertThat(q.decision().policyVersion()).isEqualTo(harness.control().policy().version());
    }
}

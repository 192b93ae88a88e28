package io.dangan.archive.testkit.access;

import io.dangan.archive.access.AccessContext;
import io.dangan.archive.access.AccessControl;
import io.dangan.archive.access.AccessRequest;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.ApprovalId;
import io.dangan.archive.access.Decision;
import io.dangan.archive.access.PrincipalId;
import io.dangan.archive.access.Resource;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Asks a decision point questions about a world in one line each and asserts the answers (决定测试工具):
 *
 * <pre>{@code
 * harness.ask(READER, Action.VIEW, Resource.dossier(PLAIN)).with(VIEW_PLAIN, "appointment")
 *        .decide().isPermitted().obliges(AUDIT, WATERMARK, SUPERVISED);
 * }</pre>
 */
public final class DecisionHarness {
    private final AccessControl control;
    private final AccessWorld world;

    /**
     * @param control the decision point under test, built over {@code world}
     * @param world the world it reads
     */
    public DecisionHarness(AccessControl control, AccessWorld world) {
        this.control = Objects.requireNonNull(control, "control");
        this.world = Objects.requireNonNull(world, "world");
    }

    /** @return the world */
    public AccessWorld world() {
        return world;
    }

    /** @return the decision point */
    public AccessControl control() {
        return control;
    }

    /**
     * Starts a question at the world's reference instant, without approval or purpose.
     *
     * @param principal who asks
     * @param action what
     * @param resource on what
     * @return the question, to refine and decide
     */
    public Question ask(PrincipalId principal, Action action, Resource resource) {
        return new Question(principal, action, resource, world.now(), null, null);
    }

    /** One question under construction; immutable. */
    public final class Question {
        private final PrincipalId principal;
        private final Action action;
        private final Resource resource;
        private final Instant at;
        private final @Nullable ApprovalId approval;
        private final @Nullable String purpose;

        private Question(PrincipalId principal, Action action, Resource resource, Instant at,
                @Nullable ApprovalId approval, @Nullable String purpose) {
            this.principal = principal;
            this.action = action;
            this.resource = resource;
            this.at = at;
            this.approval = approval;
            this.purpose = purpose;
        }

        /**
         * @param id the approval presented
         * @param purposeCode the purpose
         * @return the question presenting them
         */
        public Question with(ApprovalId id, String purposeCode) {
            return new Question(principal, action, resource, at, id, purposeCode);
        }

        /**
         * @param instant when the action happens
         * @return the question at that instant
         */
        public Question at(Instant instant) {
            return new Question(principal, action, resource, instant, approval, purpose);
        }

        /** @return the request this question makes */
        public AccessRequest request() {
            return AccessRequest.of(principal, action, resource, new AccessContext(at, approval, purpose));
        }

        /** @return the raw decision */
        public Decision decision() {
            return control.decide(request());
        }

        /** @return assertions on the decision */
        public DecisionAssert decide() {
            return DecisionAssert.assertThatDecision(decision());
        }
    }
}

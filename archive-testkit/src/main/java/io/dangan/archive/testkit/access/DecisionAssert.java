package io.dangan.archive.testkit.access;

import io.dangan.archive.access.Decision;
import io.dangan.archive.access.Effect;
import io.dangan.archive.access.ObligationKind;
import io.dangan.archive.access.ReasonCode;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractAssert;

/** AssertJ assertions on an access {@link Decision} (决定断言). */
public final class DecisionAssert extends AbstractAssert<DecisionAssert, Decision> {
    private DecisionAssert(Decision actual) {
        super(actual, DecisionAssert.class);
    }

    /**
     * @param actual a decision
     * @return assertions on it
     */
    public static DecisionAssert assertThatDecision(Decision actual) {
        return new DecisionAssert(actual);
    }

    /** @return this, after checking the decision permits */
    public DecisionAssert isPermitted() {
        isNotNull();
        if (actual.effect() != Effect.PERMIT) {
            failWithMessage("expected a permit but was %s", actual.summary());
        }
        return this;
    }

    /** @return this, after checking the decision denies */
    public DecisionAssert isDenied() {
        isNotNull();
        if (actual.effect() != Effect.DENY) {
            failWithMessage("expected a denial but was %s", actual.summary());
        }
        return this;
    }

    /**
     * @param reasons the reasons expected, exactly and in order
     * @return this
     */
    public DecisionAssert hasReasons(ReasonCode... reasons) {
        isNotNull();
        if (!actual.reasons().equals(List.of(reasons))) {
            failWithMessage("expected reasons %s but was %s", Arrays.toString(reasons), actual.summary());
        }
        return this;
    }

    /**
     * @param reason a reason expected among the reasons
     * @return this
     */
    public DecisionAssert hasReason(ReasonCode reason) {
        isNotNull();
        if (!actual.reasons().contains(reason)) {
            failWithMessage("expected reason %s but was %s", reason, actual.summary());
        }
        return this;
    }

    /**
     * @param reason a reason that must be the first
     * @return this
     */
    public DecisionAssert hasFirstReason(ReasonCode reason) {
        isNotNull();
        if (actual.reasons().isEmpty() || actual.reasons().get(0) != reason) {
            failWithMessage("expected first reason %s but was %s", reason, actual.summary());
        }
        return this;
    }

    /**
     * @param ruleId a rule id expected among the deciding rules
     * @return this
     */
    public DecisionAssert decidedBy(String ruleId) {
        isNotNull();
        if (!actual.rules().contains(ruleId)) {
            failWithMessage("expected rule %s among the deciding rules but was %s", ruleId, actual.summary());
        }
        return this;
    }

    /**
     * @param kinds obligations expected, exactly, in order
     * @return this
     */
    public DecisionAssert obliges(ObligationKind... kinds) {
        isNotNull();
        List<ObligationKind> got = actual.obligations().stream().map(o -> o.kind()).toList();
        if (!got.equals(List.of(kinds))) {
            failWithMessage("expected obligations %s but was %s", Arrays.toString(kinds), actual.summary());
        }
        return this;
    }

    /**
     * @param version the policy version expected
     * @return this
     */
    public DecisionAssert underPolicy(String version) {
        isNotNull();
        if (!actual.policyVersion().equals(version)) {
            failWithMessage("expected policy version %s but was %s", version, actual.policyVersion());
        }
        return this;
    }
}

package io.dangan.archive.access;

import java.util.List;
import java.util.Objects;

/**
 * The decision point's answer (决定): an effect, the reasons in rule order, the ids of the rules that
 * decided, the obligations (always {@code AUDIT}; for a permit also watermark, supervision, register and
 * return as the action needs), the policy version and a hash of the request, so the audit record and the
 * caller can name the exact question.
 *
 * @param effect permit or deny
 * @param reasons the reasons, in rule order; never empty
 * @param rules the ids of the deciding rules, in rule order
 * @param obligations what the caller must do
 * @param policyVersion the version of the policy that decided
 * @param requestHash lower-case hex SHA-256 of the request's canonical form
 */
public record Decision(Effect effect, List<ReasonCode> reasons, List<String> rules, List<Obligation> obligations,
        String policyVersion, String requestHash) {
    public Decision {
        Objects.requireNonNull(effect, "effect");
        reasons = List.copyOf(reasons);
        rules = List.copyOf(rules);
        obligations = List.copyOf(obligations);
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(requestHash, "requestHash");
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("decision without reason");
        }
    }

    /** @return true for a permit */
    public boolean permitted() {
        return effect == Effect.PERMIT;
    }

    /**
     * @param kind an obligation kind
     * @return true when the decision carries it
     */
    public boolean obliges(ObligationKind kind) {
        for (Obligation o : obligations) {
            if (o.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    /** @return a one-line summary: {@code DENY [RECUSAL_SELF] by [baseline.recusal]} */
    public String summary() {
        return effect + " " + reasons + " by " + rules + (obligations.isEmpty() ? "" : " obliging " + obligations);
    }
}

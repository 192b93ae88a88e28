package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.ReasonCode;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import io.dangan.archive.access.RuleKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * A policy prepared for evaluation: its rules indexed by action, sets as bit masks, and the immutable lists a
 * decision hands out (each rule id alone, each reason alone) made once, so a typical decision allocates none.
 */
final class CompiledPolicy {
    /** Each reason code as a one-element list, by ordinal. */
    private static final List<List<ReasonCode>> REASON_LISTS;

    static {
        ReasonCode[] all = ReasonCode.values();
        List<List<ReasonCode>> lists = new ArrayList<>(all.length);
        for (ReasonCode r : all) {
            lists.add(List.of(r));
        }
        REASON_LISTS = List.copyOf(lists);
    }

    final AccessPolicy policy;
    final Rule[][] byAction;
    /** Each rule's id as a one-element list, by the rule's index in the policy. */
    final List<List<String>> ruleIds;
    final int relationMask;
    final int sensitiveMask;
    /** Per action: whether a sensitive-class rule applies; without one the approval rule guards sensitive classes. */
    final boolean[] sensitiveRuled;
    final java.util.Set<String> purposes;

    /**
     * One rule with its role and class sets as bit masks.
     *
     * @param source the rule
     * @param kind its kind
     * @param id its id
     * @param roleMask its roles
     * @param classMask its material classes
     * @param ruleIndex its index in the policy's rules
     */
    record Rule(PolicyRule source, RuleKind kind, String id, int roleMask, int classMask, int ruleIndex) {
    }

    CompiledPolicy(AccessPolicy policy) {
        this.policy = policy;
        Action[] actions = Action.values();
        byAction = new Rule[actions.length][];
        sensitiveRuled = new boolean[actions.length];
        for (Action a : actions) {
            List<Rule> rs = new ArrayList<>();
            List<PolicyRule> rules = policy.rules();
            for (int i = 0; i < rules.size(); i++) {
                PolicyRule r = rules.get(i);
                if (r.actions().contains(a)) {
                    sensitiveRuled[a.ordinal()] |= r.kind() == RuleKind.SENSITIVE_CLASS;
                    rs.add(new Rule(r, r.kind(), r.id(), roleMask(EnumSet.copyOf(r.roles().isEmpty() ? EnumSet.noneOf(Role.class) : r.roles())),
                            classMask(r.classes()), i));
                }
            }
            byAction[a.ordinal()] = rs.toArray(new Rule[0]);
        }
        List<List<String>> ids = new ArrayList<>();
        for (PolicyRule r : policy.rules()) {
            ids.add(List.of(r.id()));
        }
        ruleIds = List.copyOf(ids);
        int rm = 0;
        for (RelationKind k : policy.recusalRelations()) {
            rm |= 1 << k.ordinal();
        }
        relationMask = rm;
        sensitiveMask = classMask(policy.sensitiveClasses());
        purposes = java.util.Set.copyOf(policy.purposes().keySet());
    }

    /**
     * @param reason a reason
     * @return the reason alone as an immutable list, the same instance every time
     */
    static List<ReasonCode> reasonList(ReasonCode reason) {
        return REASON_LISTS.get(reason.ordinal());
    }

    static int roleMask(Iterable<Role> roles) {
        int m = 0;
        for (Role r : roles) {
            m |= 1 << r.ordinal();
        }
        return m;
    }

    static int classMask(Iterable<Integer> classes) {
        int m = 0;
        for (Integer c : classes) {
            m |= 1 << c;
        }
        return m;
    }
}

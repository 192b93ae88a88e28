package io.dangan.archive.core.internal.access;

import io.dangan.archive.access.AccessPolicy;
import io.dangan.archive.access.Action;
import io.dangan.archive.access.PolicyRule;
import io.dangan.archive.access.RelationKind;
import io.dangan.archive.access.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/** A policy prepared for evaluation: its rules indexed by action, sets as bit masks. */
final class CompiledPolicy {
    final AccessPolicy policy;
    final Rule[][] byAction;
    final int relationMask;
    final int sensitiveMask;
    final java.util.Set<String> purposes;

    /** One rule with its role and class sets as bit masks. */
    record Rule(PolicyRule source, int roleMask, int classMask, int ruleIndex) {
    }

    CompiledPolicy(AccessPolicy policy) {
        this.policy = policy;
        Action[] actions = Action.values();
        byAction = new Rule[actions.length][];
        for (Action a : actions) {
            List<Rule> rs = new ArrayList<>();
            List<PolicyRule> rules = policy.rules();
            for (int i = 0; i < rules.size(); i++) {
                PolicyRule r = rules.get(i);
                if (r.actions().contains(a)) {
                    rs.add(new Rule(r, roleMask(EnumSet.copyOf(r.roles().isEmpty() ? EnumSet.noneOf(Role.class) : r.roles())),
                            classMask(r.classes()), i));
                }
            }
            byAction[a.ordinal()] = rs.toArray(new Rule[0]);
        }
        int rm = 0;
        for (RelationKind k : policy.recusalRelations()) {
            rm |= 1 << k.ordinal();
        }
        relationMask = rm;
        sensitiveMask = classMask(policy.sensitiveClasses());
        purposes = java.util.Set.copyOf(policy.purposes().keySet());
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

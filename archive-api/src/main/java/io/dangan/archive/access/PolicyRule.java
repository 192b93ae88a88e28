package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import io.dangan.archive.model.UnitId;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One rule of a policy, as data.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code POLICY_INVALID} naming the rule and field.
 *
 * @param id a stable id, reported in decisions (e.g. {@code baseline.recusal}): letters, digits, {@code . _ -}
 * @param kind what it checks
 * @param actions the actions it applies to; never empty
 * @param roles for granting kinds the roles that are granted; for {@code FORBID} the roles it matches
 *     (empty: any); ignored by other kinds and must then be empty
 * @param classes for {@code FORBID} the material classes it matches (empty: any); otherwise empty
 * @param units for {@code FORBID} the principal units it matches (empty: any); otherwise empty
 */
public record PolicyRule(String id, RuleKind kind, Set<Action> actions, Set<Role> roles, Set<Integer> classes,
        Set<UnitId> units) {
    public PolicyRule {
        Objects.requireNonNull(id, "id");
        if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "rule '" + id + "'/id",
                    "rule id '%s' is malformed, expected 1-64 letters, digits, '.', '_' or '-'".formatted(id));
        }
        Objects.requireNonNull(kind, "kind");
        actions = Set.copyOf(actions);
        roles = Set.copyOf(roles);
        classes = Set.copyOf(classes);
        units = Set.copyOf(units);
        String where = "rule " + id;
        if (actions.isEmpty()) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/actions",
                    "rule %s names no action, expected at least one".formatted(id));
        }
        boolean rolesMeaningful = kind.grants() && kind != RuleKind.APPROVAL || kind == RuleKind.FORBID;
        if (!rolesMeaningful && !roles.isEmpty()) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/roles",
                    "rule %s of kind %s takes no roles, found %s".formatted(id, kind.code(), roles));
        }
        if (rolesMeaningful && kind != RuleKind.FORBID && roles.isEmpty()) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/roles",
                    "rule %s of kind %s grants to nobody, expected at least one role".formatted(id, kind.code()));
        }
        if (kind != RuleKind.FORBID && (!classes.isEmpty() || !units.isEmpty())) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + (classes.isEmpty() ? "/units" : "/classes"),
                    "rule %s of kind %s takes no classes or units, only forbid rules do".formatted(id, kind.code()));
        }
        for (Integer c : classes) {
            if (c < 1 || c > 10) {
                throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/classes",
                        "rule %s names material class %d, expected 1-10".formatted(id, c));
            }
        }
        if (kind == RuleKind.AUDIT_READER && !actions.equals(Set.of(Action.READ_AUDIT))) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/actions",
                    "rule %s of kind audit-reader applies to %s, expected exactly [READ_AUDIT]".formatted(id, actions));
        }
        if (kind == RuleKind.POLICY_ADMIN && !actions.equals(Set.of(Action.ADMINISTER_POLICY))) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/actions",
                    "rule %s of kind policy-admin applies to %s, expected exactly [ADMINISTER_POLICY]".formatted(id, actions));
        }
        if (kind == RuleKind.MANAGEMENT_AUTHORITY || kind == RuleKind.APPROVAL) {
            for (Action a : actions) {
                if (!a.onDossier()) {
                    throw new InvalidInputException(ErrorCode.POLICY_INVALID, where + "/actions",
                            "rule %s of kind %s applies to %s, which is not a dossier action".formatted(id, kind.code(), a.code()));
                }
            }
        }
    }

    /**
     * @param id the rule id
     * @param kind the kind
     * @param actions the actions
     * @return a rule without roles, classes or units
     */
    public static PolicyRule of(String id, RuleKind kind, Set<Action> actions) {
        return new PolicyRule(id, kind, actions, Set.of(), Set.of(), Set.of());
    }

    /**
     * @param id the rule id
     * @param kind a granting kind
     * @param actions the actions
     * @param roles the roles granted
     * @return a granting rule
     */
    public static PolicyRule granting(String id, RuleKind kind, Set<Action> actions, Set<Role> roles) {
        return new PolicyRule(id, kind, actions, roles, Set.of(), Set.of());
    }

    /** @return every action on a dossier */
    public static Set<Action> dossierActions() {
        EnumSet<Action> s = EnumSet.allOf(Action.class);
        s.remove(Action.READ_AUDIT);
        s.remove(Action.ADMINISTER_POLICY);
        return s;
    }
}

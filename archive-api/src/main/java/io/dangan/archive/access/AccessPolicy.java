package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An access policy (访问策略) as data: its settings and its rules, evaluated deny-overrides with default
 * deny. {@link #baseline()} encodes the dossier rules; an integrator changes the settings or adds forbid
 * rules and loads the result from JSON.
 *
 * <p>Construction throws {@link InvalidInputException} with code {@code POLICY_INVALID} naming the
 * field or rule: a policy must keep a recusal rule over every dossier action and a separation-of-duties rule,
 * so no configuration can switch them off.
 *
 * @param version the policy's version, reported in every decision
 * @param recusalRelations the relations that trigger recusal (亲属 / 直系亲属 / 近亲属: configurable)
 * @param minReaders the number of readers a use approval must name (two or more)
 * @param maxLoan the longest loan (借阅期限) from the approval's validFrom to its return date
 * @param purposes the purpose catalogue (利用目的): code to Chinese name
 * @param sensitiveClasses material classes an approval must name explicitly (e.g. 5 political review, 8 discipline)
 * @param authorityThroughAncestors true when a unit's ancestors in the unit tree share its management authority
 * @param rules the rules, in evaluation order
 */
public record AccessPolicy(String version, Set<RelationKind> recusalRelations, int minReaders, Duration maxLoan,
        SortedMap<String, String> purposes, Set<Integer> sensitiveClasses, boolean authorityThroughAncestors,
        List<PolicyRule> rules) {
    public AccessPolicy {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > 64) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "version",
                    "policy version '%s' is blank or longer than 64 characters".formatted(version));
        }
        recusalRelations = Set.copyOf(recusalRelations);
        if (recusalRelations.isEmpty()) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "recusalRelations",
                    "policy %s: recusalRelations is empty, expected at least SPOUSE, PARENT and CHILD".formatted(version));
        }
        if (minReaders < 2 || minReaders > 10) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "minReaders",
                    "policy %s: minReaders is %d, expected 2 to 10 (the rules require two or more readers)"
                            .formatted(version, minReaders));
        }
        Objects.requireNonNull(maxLoan, "maxLoan");
        if (maxLoan.isNegative() || maxLoan.isZero() || maxLoan.compareTo(Duration.ofDays(366)) > 0) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "maxLoan",
                    "policy %s: maxLoan is %s, expected more than zero and at most 366 days".formatted(version, maxLoan));
        }
        purposes = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(purposes));
        if (purposes.isEmpty()) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "purposes",
                    "policy %s: the purpose catalogue is empty".formatted(version));
        }
        for (Map.Entry<String, String> e : purposes.entrySet()) {
            if (!e.getKey().matches("[a-z0-9][a-z0-9-]{0,63}") || e.getValue().isBlank()) {
                throw new InvalidInputException(ErrorCode.POLICY_INVALID, "purposes/" + e.getKey(),
                        "policy %s: purpose '%s' must be lower-case letters, digits and '-' with a non-blank name"
                                .formatted(version, e.getKey()));
            }
        }
        sensitiveClasses = Set.copyOf(sensitiveClasses);
        for (Integer c : sensitiveClasses) {
            if (c < 1 || c > 10) {
                throw new InvalidInputException(ErrorCode.POLICY_INVALID, "sensitiveClasses",
                        "policy %s: sensitive class %d is outside 1-10".formatted(version, c));
            }
        }
        rules = List.copyOf(rules);
        Set<String> ids = new HashSet<>();
        Set<Action> recused = EnumSet.noneOf(Action.class);
        boolean separation = false;
        for (int i = 0; i < rules.size(); i++) {
            PolicyRule r = rules.get(i);
            if (!ids.add(r.id())) {
                throw new InvalidInputException(ErrorCode.POLICY_INVALID, "rules[" + i + "] " + r.id() + "/id",
                        "policy %s: rule id %s appears twice".formatted(version, r.id()));
            }
            if (r.kind() == RuleKind.RECUSAL) {
                recused.addAll(r.actions());
            }
            separation |= r.kind() == RuleKind.SEPARATION_OF_DUTIES;
        }
        if (!recused.containsAll(PolicyRule.dossierActions())) {
            Set<Action> missing = PolicyRule.dossierActions();
            missing.removeAll(recused);
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "rules",
                    "policy %s: no recusal rule covers %s; recusal must apply to every dossier action".formatted(version, missing));
        }
        if (!separation) {
            throw new InvalidInputException(ErrorCode.POLICY_INVALID, "rules",
                    "policy %s has no separation-of-duties rule; the three administrators must stay apart".formatted(version));
        }
    }

    /**
     * The built-in baseline (基线策略) encoding the dossier rules: recusal over close relatives (近亲属),
     * two readers, loans of at most 14 days, classes 5 and 8 sensitive, authority through the unit tree.
     * The relation set, loan limit and purposes are [unverified] local practice: change them as data.
     *
     * @return the baseline, version {@code baseline-1}
     */
    public static AccessPolicy baseline() {
        Set<Action> use = EnumSet.of(Action.VIEW, Action.EXCERPT, Action.COPY, Action.BORROW);
        Set<Action> approved = EnumSet.copyOf(use);
        approved.add(Action.TRANSFER);
        approved.add(Action.DESTROY);
        Set<Action> all = EnumSet.allOf(Action.class);
        List<PolicyRule> rules = List.of(
                PolicyRule.of("baseline.recusal", RuleKind.RECUSAL, PolicyRule.dossierActions()),
                PolicyRule.of("baseline.separation-of-duties", RuleKind.SEPARATION_OF_DUTIES, all),
                PolicyRule.of("baseline.clearance", RuleKind.CLEARANCE, PolicyRule.dossierActions()),
                PolicyRule.of("baseline.use-approval", RuleKind.APPROVAL, approved),
                PolicyRule.of("baseline.reader-count", RuleKind.READER_COUNT, use),
                PolicyRule.of("baseline.sensitive-class", RuleKind.SENSITIVE_CLASS, use),
                PolicyRule.of("baseline.loan-limit", RuleKind.LOAN_LIMIT, EnumSet.of(Action.BORROW)),
                PolicyRule.of("baseline.two-approvers", RuleKind.TWO_APPROVERS, EnumSet.of(Action.TRANSFER, Action.DESTROY)),
                PolicyRule.of("baseline.no-self-approval", RuleKind.NO_SELF_APPROVAL, approved),
                PolicyRule.granting("baseline.management-authority", RuleKind.MANAGEMENT_AUTHORITY,
                        EnumSet.of(Action.FILE, Action.AMEND, Action.TRANSFER, Action.DESTROY), EnumSet.of(Role.ARCHIVIST)),
                PolicyRule.granting("baseline.audit-reader", RuleKind.AUDIT_READER, EnumSet.of(Action.READ_AUDIT),
                        EnumSet.of(Role.AUDIT_ADMIN)),
                PolicyRule.granting("baseline.policy-admin", RuleKind.POLICY_ADMIN, EnumSet.of(Action.ADMINISTER_POLICY),
                        EnumSet.of(Role.SECURITY_ADMIN)));
        return new AccessPolicy("baseline-1", RelationKind.close(), 2, Duration.ofDays(14), baselinePurposes(),
                Set.of(5, 8), true, rules);
    }

    /** @return the purpose catalogue listed in the 2018 rules (利用目的), code to name */
    public static SortedMap<String, String> baselinePurposes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("political-review", "政治审查");
        p.put("party-management", "党员管理");
        p.put("recruitment", "录用、聘用");
        p.put("appraisal", "考察考核");
        p.put("appointment", "任免");
        p.put("promotion", "职务职级晋升");
        p.put("professional-title", "职称评审");
        p.put("award", "表彰奖励");
        p.put("pay", "工资待遇");
        p.put("civil-service-registration", "公务员登记");
        p.put("retirement", "退休");
        p.put("social-insurance", "社会保险");
        p.put("inspection-discipline", "巡视巡察、纪律审查");
        p.put("history-writing", "经批准的编史修志");
        return new TreeMap<>(p);
    }

    /**
     * @param newVersion the version of the changed policy
     * @param newRules the rules
     * @return a copy with other rules
     */
    public AccessPolicy withRules(String newVersion, List<PolicyRule> newRules) {
        return new AccessPolicy(newVersion, recusalRelations, minReaders, maxLoan, purposes, sensitiveClasses,
                authorityThroughAncestors, newRules);
    }

    /**
     * @param newVersion the version of the changed policy
     * @param relations the relations that trigger recusal
     * @return a copy with another relation set
     */
    public AccessPolicy withRecusalRelations(String newVersion, Set<RelationKind> relations) {
        return new AccessPolicy(newVersion, relations, minReaders, maxLoan, purposes, sensitiveClasses,
                authorityThroughAncestors, rules);
    }
}

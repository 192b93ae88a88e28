package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Locale;

/**
 * The kinds of rule a policy is made of. Each kind either forbids (a deny check, evaluated for every
 * request it applies to; any deny wins) or grants (a permit, needed because the default is deny).
 */
public enum RuleKind {
    /** Forbids acting on one's own or a relative's dossier, for the principal, readers and approvers (回避). */
    RECUSAL(false),
    /** Forbids combined administrator roles and administrators acting on dossiers (三员分立). */
    SEPARATION_OF_DUTIES(false),
    /** Forbids materials labelled above the principal's clearance (密级). */
    CLEARANCE(false),
    /** Forbids use actions without a live, matching approval; grants the use when the approval holds (审批). */
    APPROVAL(true),
    /** Forbids approvals naming fewer readers than the policy's minimum (两人以上). */
    READER_COUNT(false),
    /** Forbids sensitive classes the approval does not name (discipline, political review). */
    SENSITIVE_CLASS(false),
    /** Forbids loans without a return date or longer than the policy's maximum (借阅期限). */
    LOAN_LIMIT(false),
    /** Forbids transfer and destruction without two distinct approvers (双人审批). */
    TWO_APPROVERS(false),
    /** Forbids approvals approved by their requester or a reader (不得自批). */
    NO_SELF_APPROVAL(false),
    /** Grants the actions to holders of the rule's roles in a unit with management authority (管理权限). */
    MANAGEMENT_AUTHORITY(true),
    /** Grants reading the audit log to the rule's roles (审计). */
    AUDIT_READER(true),
    /** Grants changing the policy to the rule's roles. */
    POLICY_ADMIN(true),
    /** A custom forbid: matches the rule's actions, roles, classes and units (each empty means any). */
    FORBID(false);

    private final boolean grants;

    RuleKind(boolean grants) {
        this.grants = grants;
    }

    /** @return true when a rule of this kind can permit */
    public boolean grants() {
        return grants;
    }

    /** @return the code used in policy data, e.g. {@code management-authority} */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param code a code such as {@code recusal} or {@code two-approvers}
     * @param location where the code was read, for the error
     * @return the kind
     * @throws InvalidInputException with code {@code POLICY_INVALID} when unknown
     */
    public static RuleKind of(String code, String location) {
        for (RuleKind k : values()) {
            if (k.code().equals(code)) {
                return k;
            }
        }
        throw new InvalidInputException(ErrorCode.POLICY_INVALID, location,
                "rule kind '%s' is unknown, expected one of recusal, separation-of-duties, clearance, approval, reader-count, sensitive-class, loan-limit, two-approvers, no-self-approval, management-authority, audit-reader, policy-admin, forbid"
                        .formatted(code));
    }
}

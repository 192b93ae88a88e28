package io.dangan.archive.access;

import io.dangan.archive.ErrorCode;
import io.dangan.archive.InvalidInputException;
import java.util.Locale;
import java.util.Objects;

/** What a principal wants to do (操作). */
public enum Action {
    /** Consult the dossier or a material (查阅). */
    VIEW("view"),
    /** Take an extract (摘抄), checked and countersigned by the archivist. */
    EXCERPT("excerpt"),
    /** Photograph or copy (复制). */
    COPY("copy"),
    /** Take the dossier out of the archive on a time-limited loan (借阅). */
    BORROW("borrow"),
    /** File a material into the dossier (归档). */
    FILE("file"),
    /** Correct the dossier record (修改). */
    AMEND("amend"),
    /** Transfer the dossier to another unit (转递). */
    TRANSFER("transfer"),
    /** Destroy a material or the dossier (销毁). */
    DESTROY("destroy"),
    /** Read the audit log (查阅审计日志). */
    READ_AUDIT("read-audit"),
    /** Change the access policy (策略管理). */
    ADMINISTER_POLICY("administer-policy");

    private final String code;

    Action(String code) {
        this.code = code;
    }

    /** @return the stable lower-case code, e.g. {@code read-audit} */
    public String code() {
        return code;
    }

    /** @return true for the use actions (利用): view, excerpt, copy and borrow */
    public boolean isUse() {
        return this == VIEW || this == EXCERPT || this == COPY || this == BORROW;
    }

    /**
     * @return true for the actions whose approval is single-use (一次性审批): transfer and destroy. Authorising one
     *     through {@link GuardedArchive#authorise} spends the approval ({@link ApprovalStatus#USED}), so it cannot be
     *     presented again; the use actions may present their approval as often as its window allows.
     */
    public boolean spendsApproval() {
        return this == TRANSFER || this == DESTROY;
    }

    /** @return true for actions on a dossier or its materials (every action except read-audit and administer-policy) */
    public boolean onDossier() {
        return this != READ_AUDIT && this != ADMINISTER_POLICY;
    }

    /**
     * Parses a code ({@code view}, {@code read-audit}, ...) or a constant name.
     *
     * @param code the text
     * @return the action
     * @throws InvalidInputException with code {@code ACCESS_UNKNOWN_ACTION} naming the known codes
     */
    public static Action of(String code) {
        Objects.requireNonNull(code, "code");
        String s = code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Action a : values()) {
            if (a.code.equals(s)) {
                return a;
            }
        }
        throw new InvalidInputException(ErrorCode.ACCESS_UNKNOWN_ACTION, "action",
                "action '%s' is unknown, expected one of view, excerpt, copy, borrow, file, amend, transfer, destroy, read-audit, administer-policy"
                        .formatted(code));
    }
}

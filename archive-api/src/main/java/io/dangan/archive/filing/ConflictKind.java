package io.dangan.archive.filing;

/** Kinds of conflict the special audit (专审) finds. Each is documented in {@code docs/codes.md}. */
public enum ConflictKind {
    /** Materials state different values for the same fact (材料记载不一致). */
    MATERIALS_DISAGREE("材料记载不一致"),
    /** The dossier record (subject) differs from the determined value (档案记载与认定不符). */
    RECORD_DIFFERS("档案记载与认定结果不符"),
    /** The deciding material for a fact is missing (缺少认定依据材料). */
    AUTHORITY_MISSING("缺少认定依据材料"),
    /** The deciding material states one value and other materials another (与认定依据不一致). */
    AUTHORITY_DISAGREES("其他材料与认定依据不一致"),
    /** Dates are implausible together, e.g. work before the minimum age (时间逻辑矛盾). */
    CHRONOLOGY("时间逻辑矛盾"),
    /** The recorded highest education is not supported by any education material (学历无依据). */
    EDUCATION_UNSUPPORTED("学历无材料支撑"),
    /** A work-history entry begins before the determined work-start date (经历早于参加工作时间). */
    WORK_HISTORY_BEFORE_WORK_START("工作经历早于参加工作时间");

    private final String label;

    ConflictKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }
}

package io.dangan.archive.filing;

/** The facts of the special audit (三龄二历一身份). */
public enum FactKind {
    /** 出生日期 (年龄). */
    BIRTH_DATE("出生日期"),
    /** 参加工作时间 (工龄). */
    WORK_START_DATE("参加工作时间"),
    /** 入党时间 (党龄). */
    PARTY_JOIN_DATE("入党时间"),
    /** 学历 (学历). */
    EDUCATION("学历"),
    /** 工作经历 (经历). */
    WORK_HISTORY("工作经历"),
    /** 干部身份. */
    CADRE_STATUS("干部身份");

    private final String label;

    FactKind(String label) {
        this.label = label;
    }

    /** @return the Chinese label */
    public String label() {
        return label;
    }
}

package io.dangan.archive.model;

/** Highest education (学历) of a subject. */
public enum EducationLevel {
    /** 无 */
    NONE("无"),
    /** 小学 */
    PRIMARY("小学"),
    /** 初中 */
    JUNIOR_SECONDARY("初中"),
    /** 高中 */
    SENIOR_SECONDARY("高中"),
    /** 中专 */
    VOCATIONAL("中专"),
    /** 大专 */
    JUNIOR_COLLEGE("大专"),
    /** 大学本科 */
    BACHELOR("大学本科"),
    /** 硕士研究生 */
    MASTER("硕士研究生"),
    /** 博士研究生 */
    DOCTOR("博士研究生");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports and CLI summaries */
    public String label() {
        return label;
    }
}

package io.dangan.archive.model;

/** Professional title level (专业技术职务等级) of a subject. */
public enum TitleLevel {
    /** 无 */
    NONE("无"),
    /** 初级 */
    JUNIOR("初级"),
    /** 中级 */
    INTERMEDIATE("中级"),
    /** 副高级 */
    DEPUTY_SENIOR("副高级"),
    /** 正高级 */
    SENIOR("正高级");

    private final String label;

    TitleLevel(String label) {
        this.label = label;
    }

    /** @return the Chinese label used in reports and CLI summaries */
    public String label() {
        return label;
    }
}
